package dev.vigie.simulation;

import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.Snapshot;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keep-last, keep-daily, keep-weekly and keep-monthly with restic's counting, written apart from the restic engine:
 * the simulator's property tests run on it so that a fault in the engine and one in the simulator cannot hide each
 * other (the engine has its own tests and restic's 40 vectors).
 *
 * <p>As restic's {@code forget}: snapshots are walked newest first; each rule with a count left keeps a snapshot
 * whose bucket (itself for keep-last, its local date, ISO week or month, read from the wall-clock fields of its time)
 * differs from the last one that rule kept, and counts it. A snapshot no rule keeps is removed.
 */
public final class SimplePolicies {

    private SimplePolicies() {
    }

    /** The newest {@code n} snapshots. */
    public static RetentionPolicy keepLast(int n) {
        return rules(n, 0, 0, 0);
    }

    /** The newest snapshot of each of the {@code n} newest days that have one. */
    public static RetentionPolicy keepDaily(int n) {
        return rules(0, n, 0, 0);
    }

    /**
     * The four rules together; a count of 0 leaves a rule out.
     *
     * @throws IllegalArgumentException when a count is negative or all are 0 (restic then keeps everything, which
     *                                  is no policy to simulate)
     */
    public static RetentionPolicy rules(int last, int daily, int weekly, int monthly) {
        if (last < 0 || daily < 0 || weekly < 0 || monthly < 0 || last + daily + weekly + monthly == 0) {
            throw new IllegalArgumentException("keep counts must be positive: " + last + "/" + daily + "/" + weekly
                    + "/" + monthly);
        }
        return new Rules(new int[] {last, daily, weekly, monthly});
    }

    private static final class Rules implements RetentionPolicy {

        private static final String[] NAMES = {"last", "daily", "weekly", "monthly"};
        private static final String[] MATCHES = {"last snapshot", "daily snapshot", "weekly snapshot",
            "monthly snapshot"};

        private static final Comparator<Snapshot> NEWEST_FIRST =
                Comparator.comparing(Snapshot::time, OffsetDateTime.timeLineOrder()).reversed();

        private final int[] counts;

        Rules(int[] counts) {
            this.counts = counts;
        }

        @Override
        public RetentionDecision apply(List<Snapshot> snapshots) {
            List<Snapshot> newestFirst = new ArrayList<>(snapshots);
            newestFirst.sort(NEWEST_FIRST);
            int[] left = counts.clone();
            long[] lastBucket = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
            List<Snapshot> keep = new ArrayList<>();
            List<Snapshot> remove = new ArrayList<>();
            List<RetentionDecision.Reason> reasons = new ArrayList<>();
            for (int position = 0; position < newestFirst.size(); position++) {
                Snapshot snapshot = newestFirst.get(position);
                List<String> matches = new ArrayList<>(1);
                for (int rule = 0; rule < counts.length; rule++) {
                    long bucket = bucket(rule, snapshot.time(), position);
                    if (left[rule] > 0 && bucket != lastBucket[rule]) {
                        lastBucket[rule] = bucket;
                        left[rule]--;
                        matches.add(MATCHES[rule]);
                    }
                }
                if (matches.isEmpty()) {
                    remove.add(snapshot);
                } else {
                    keep.add(snapshot);
                    reasons.add(new RetentionDecision.Reason(snapshot, matches, counters(left)));
                }
            }
            return new RetentionDecision(keep, remove, reasons);
        }

        private static long bucket(int rule, OffsetDateTime t, int position) {
            return switch (rule) {
                case 0 -> position;
                case 1 -> t.toLocalDate().toEpochDay();
                // Weeks from Monday to Sunday, counted from the Monday before 1970-01-01 (a Thursday): the same
                // buckets as ISO week-based year and week, for less work.
                case 2 -> Math.floorDiv(t.toLocalDate().toEpochDay() + 3, 7);
                default -> t.getYear() * 100L + t.getMonthValue();
            };
        }

        private Map<String, Integer> counters(int[] left) {
            Map<String, Integer> counters = new LinkedHashMap<>(8);
            for (int rule = 0; rule < counts.length; rule++) {
                if (counts[rule] > 0) {
                    counters.put(NAMES[rule], left[rule]);
                }
            }
            return counters;
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            for (int rule = 0; rule < counts.length; rule++) {
                if (counts[rule] > 0) {
                    parts.add("keep-" + NAMES[rule] + " " + counts[rule]);
                }
            }
            return String.join(", ", parts);
        }
    }
}
