package dev.vigie.simulation;

import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small retention policies written from their definition, to test the simulator apart from any engine. */
final class TestPolicies {

    private TestPolicies() {
    }

    /** Keeps the {@code n} newest snapshots. */
    static RetentionPolicy keepLast(int n) {
        return new RetentionPolicy() {
            @Override
            public RetentionDecision apply(List<Snapshot> snapshots) {
                List<Snapshot> newestFirst = newestFirst(snapshots);
                List<Snapshot> keep = newestFirst.subList(0, Math.min(n, newestFirst.size()));
                return decision(keep, newestFirst.subList(keep.size(), newestFirst.size()));
            }

            @Override
            public String describe() {
                return "keep-last " + n;
            }
        };
    }

    /** Keeps the newest snapshot of each of the {@code n} newest local dates that have one. */
    static RetentionPolicy keepDaily(int n) {
        return new RetentionPolicy() {
            @Override
            public RetentionDecision apply(List<Snapshot> snapshots) {
                List<Snapshot> keep = new ArrayList<>();
                List<Snapshot> remove = new ArrayList<>();
                Set<LocalDate> days = new HashSet<>();
                for (Snapshot s : newestFirst(snapshots)) {
                    LocalDate day = s.time().toLocalDate();
                    if (!days.contains(day) && days.size() < n) {
                        days.add(day);
                        keep.add(s);
                    } else {
                        remove.add(s);
                    }
                }
                return decision(keep, remove);
            }

            @Override
            public String describe() {
                return "keep-daily " + n;
            }
        };
    }

    private static List<Snapshot> newestFirst(List<Snapshot> snapshots) {
        List<Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(Comparator.comparing((Snapshot s) -> s.time().toInstant()).reversed());
        return sorted;
    }

    private static RetentionDecision decision(List<Snapshot> keep, List<Snapshot> remove) {
        return new RetentionDecision(keep, remove,
                keep.stream().map(s -> new RetentionDecision.Reason(s, List.of("kept"), Map.of())).toList());
    }
}
