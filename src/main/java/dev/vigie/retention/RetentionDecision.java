package dev.vigie.retention;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a policy keeps and removes, and why each kept snapshot was kept.
 *
 * @param keep    kept snapshots, newest first
 * @param remove  removed snapshots, newest first
 * @param reasons one per kept snapshot, newest first: the rules it matched ({@code "daily snapshot"}, {@code "oldest
 *                daily snapshot"}, ... in restic's wording) and the counters left after it
 */
public record RetentionDecision(List<Snapshot> keep, List<Snapshot> remove, List<Reason> reasons) {

    /**
     * Why a snapshot was kept.
     *
     * @param snapshot the kept snapshot
     * @param matches  restic's wording of each rule it matched
     * @param counters what each counting rule had left after it, by restic's JSON names ({@code "daily": 6}), an
     *                 unlimited rule as -1
     */
    public record Reason(Snapshot snapshot, List<String> matches, Map<String, Integer> counters) {

        public Reason {
            Objects.requireNonNull(snapshot, "snapshot");
            matches = List.copyOf(matches);
            counters = Map.copyOf(counters);
        }
    }

    public RetentionDecision {
        keep = List.copyOf(keep);
        remove = List.copyOf(remove);
        reasons = List.copyOf(reasons);
    }
}
