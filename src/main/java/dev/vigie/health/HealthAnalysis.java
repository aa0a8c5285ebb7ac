package dev.vigie.health;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a source's backups against its schedule at one moment: freshness, missed runs, gaps, coverage, anomalies.
 *
 * <h2>Which backup counts for which expected run</h2>
 * A backup counts for an expected run (a slot) when it was made within {@code [slot - tolerance, slot + grace]}.
 * The tolerance is half the schedule's nominal period. A backup made early still counts (a manual run in the
 * evening for the 02:00 run, a NAS whose clock is a few minutes fast), but one made for the previous run does not:
 * half a period is exactly where the previous run's backups end and this run's begin, so with a grace of at most
 * half a period each backup falls in one window only. Each run counts one backup and each backup counts for one run:
 * first every backup goes to the run nearest to it when it lies in that run's window, closest pairs first; then a
 * run still without a backup takes the earliest backup left over in its window (a late backup, when the grace is
 * longer than half a period). Nearest first matters: a greedy "each run takes the first backup in its window" would,
 * after one missed run with a long grace, take every later backup for the run before it and report LATE for ever.
 * A backup later than its run's grace counts for no run: that run is missed.
 *
 * <h2>Which runs are judged</h2>
 * Runs from the start of the record, the earlier of {@code watchedSince} and the first backup, up to now; a run
 * before that start is judged only when a backup counts for it. A run without a backup is missed once its grace has
 * run out; until then it is pending, neither missed nor covered. The analysis looks at most
 * {@value #MAX_SLOTS} nominal periods back (57 years of hourly runs) so that a wild date or a one-minute cron
 * cannot exhaust memory. Backups dated more than an hour in the future count for nothing (a clock that wrong says
 * nothing about the runs) and are reported as {@link Anomalies#FUTURE_TIME}.
 *
 * <h2>States</h2>
 * NEW without any backup; otherwise UP when the latest judged run up to now has its backup (or no run is due yet),
 * LATE when the runs since the last covered one are all still within their grace, DOWN when the oldest of them is
 * past its grace (at {@code slot + grace} exactly, the grace has run out).
 */
public final class HealthAnalysis {

    static final int MAX_SLOTS = 500_000;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);
    private static final Duration QUARTER = Duration.ofDays(90);
    /** Pass-one keys pack a backup's index into the low bits under its distance to its run. */
    private static final int INDEX_BITS = 22;
    private static final long MAX_DISTANCE = (1L << (63 - INDEX_BITS)) - 1;

    private HealthAnalysis() {
    }

    /**
     * The health of one source now.
     *
     * @param backups      every backup set ever seen in the source (its history), in any order
     * @param schedule     when backups are expected
     * @param watchedSince when Vigie started watching the source (registered, or first scanned)
     * @param now          the moment of judgement
     */
    public static HealthReport analyse(List<BackupSet> backups, Schedule schedule, Instant watchedSince,
                                       Instant now) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(watchedSince, "watchedSince");
        Objects.requireNonNull(now, "now");
        // Times alone, sorted as primitives: sorting 87,600 sets by (time, name) costs more than the analysis.
        long[] times = new long[backups.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = millis(backups.get(i).time());
        }
        Arrays.sort(times);
        List<BackupSet> tail = tailForAnomalies(backups, times, now.minus(Duration.ofDays(Anomalies.RECENT_DAYS)));
        Optional<Instant> latest = tail.isEmpty() ? Optional.empty() : Optional.of(tail.get(tail.size() - 1).time());
        List<Finding> findings = Anomalies.find(tail, now, schedule.zone());
        Instant nextExpected = schedule.nextSlotAfter(now);
        boolean firstSlotPassed = !schedule.nextSlotAfter(watchedSince.minusNanos(1)).plus(schedule.grace())
                .isAfter(now);

        Record record = new Record(times, schedule, watchedSince, now);
        HealthStatus status = backups.isEmpty() ? HealthStatus.NEW : record.status();
        MissedRuns missed = new MissedRuns(record.missedSince(now.minus(WEEK)), record.missedSince(now.minus(MONTH)),
                record.missedSince(now.minus(QUARTER)));
        return new HealthReport(status, schedule, latest, nextExpected, firstSlotPassed, missed, record.gaps(),
                backups.isEmpty() ? 0.0 : record.coverageSince(now.minus(MONTH)), findings);
    }

    /** The runs of the record, in epoch milliseconds, and which backup counts for each. */
    private static final class Record {
        private final long now;
        private final long grace;
        private final Instant origin;
        private final Instant nowInstant;
        /** Backups that can count, oldest first. */
        private final long[] backups;
        private final long[] slots;
        private final boolean[] covered;
        /** Slots at or before now that are judged: covered, or at or after the start of the record. */
        private final boolean[] judged;
        private final int dueCount;

        Record(long[] sortedTimes, Schedule schedule, Instant watchedSince, Instant nowInstant) {
            this.nowInstant = nowInstant;
            this.now = millis(nowInstant);
            this.grace = schedule.grace().toMillis();
            long tolerance = schedule.nominalPeriod().dividedBy(2).toMillis();
            long futureLimit = millis(nowInstant.plus(Anomalies.FUTURE_TOLERANCE));
            this.backups = Arrays.copyOf(sortedTimes, upperBound(sortedTimes, futureLimit));
            this.origin = backups.length > 0 && Instant.ofEpochMilli(backups[0]).isBefore(watchedSince)
                    ? Instant.ofEpochMilli(backups[0]) : watchedSince;

            Instant horizon = nowInstant.minus(schedule.nominalPeriod().multipliedBy(MAX_SLOTS));
            Instant from = origin.minusMillis(tolerance);
            if (from.isBefore(horizon)) {
                from = horizon;
            }
            long judgedFrom = Math.max(millis(origin), millis(from));
            // Runs up to half a period ahead, so that a backup made early for the next run is not taken as late
            // for the previous one.
            List<Instant> expected = schedule.slots(from, nowInstant.plusMillis(tolerance));
            this.slots = new long[expected.size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = millis(expected.get(i));
            }
            this.covered = new boolean[slots.length];
            boolean[] used = new boolean[backups.length];
            matchNearest(tolerance, used);
            matchLeftovers(tolerance, used);

            this.judged = new boolean[slots.length];
            int due = 0;
            while (due < slots.length && slots[due] <= now) {
                judged[due] = covered[due] || slots[due] >= judgedFrom;
                due++;
            }
            this.dueCount = due;
        }

        /** Pass one: each backup to its nearest run when inside that run's window, closest pairs first. */
        private void matchNearest(long tolerance, boolean[] used) {
            if (slots.length == 0) {
                return;
            }
            long[] keys = new long[backups.length];
            int[] target = new int[backups.length];
            int count = 0;
            for (int i = 0; i < backups.length; i++) {
                long b = backups[i];
                int k = lowerBound(slots, b);
                int j;
                if (k == slots.length) {
                    j = k - 1;
                } else if (k == 0) {
                    j = 0;
                } else {
                    j = b - slots[k - 1] < slots[k] - b ? k - 1 : k;
                }
                if (b >= slots[j] - tolerance && b <= slots[j] + grace) {
                    target[i] = j;
                    keys[count++] = Math.min(Math.abs(b - slots[j]), MAX_DISTANCE) << INDEX_BITS | i;
                }
            }
            if (backups.length < 1 << INDEX_BITS) {
                Arrays.sort(keys, 0, count);
                for (int n = 0; n < count; n++) {
                    claim((int) (keys[n] & ((1L << INDEX_BITS) - 1)), target, used);
                }
            } else {
                // More backups than the packed key holds: no source has that many, but stay correct if one does.
                Integer[] order = new Integer[count];
                for (int n = 0; n < count; n++) {
                    order[n] = (int) (keys[n] & ((1L << INDEX_BITS) - 1));
                }
                Arrays.sort(order, Comparator.comparingLong(i -> Math.abs(backups[i] - slots[target[i]])));
                for (Integer i : order) {
                    claim(i, target, used);
                }
            }
        }

        private void claim(int backup, int[] target, boolean[] used) {
            int slot = target[backup];
            if (!covered[slot]) {
                covered[slot] = true;
                used[backup] = true;
            }
        }

        /** Pass two: a run still without a backup takes the earliest unused one in its window. */
        private void matchLeftovers(long tolerance, boolean[] used) {
            int start = 0;
            for (int j = 0; j < slots.length && slots[j] <= now; j++) {
                if (covered[j]) {
                    continue;
                }
                while (start < backups.length && backups[start] < slots[j] - tolerance) {
                    start++;
                }
                for (int q = start; q < backups.length && backups[q] <= slots[j] + grace; q++) {
                    if (!used[q]) {
                        used[q] = true;
                        covered[j] = true;
                        break;
                    }
                }
            }
        }

        HealthStatus status() {
            int oldestUncovered = -1;
            for (int j = dueCount - 1; j >= 0 && judged[j] && !covered[j]; j--) {
                oldestUncovered = j;
            }
            if (oldestUncovered < 0) {
                return HealthStatus.UP;
            }
            return now >= slots[oldestUncovered] + grace ? HealthStatus.DOWN : HealthStatus.LATE;
        }

        private boolean missed(int j) {
            return judged[j] && !covered[j] && now >= slots[j] + grace;
        }

        int missedSince(Instant since) {
            long from = millis(since);
            int count = 0;
            for (int j = lowerBound(slots, from); j < dueCount; j++) {
                if (missed(j)) {
                    count++;
                }
            }
            return count;
        }

        double coverageSince(Instant since) {
            long from = millis(since);
            int due = 0;
            int withBackup = 0;
            for (int j = lowerBound(slots, from); j < dueCount; j++) {
                if (!judged[j] || (!covered[j] && !missed(j))) {
                    continue; // before the record, or still within its grace
                }
                due++;
                if (covered[j]) {
                    withBackup++;
                }
            }
            return due == 0 ? 1.0 : (double) withBackup / due;
        }

        /** Runs of missed slots with no backup between them, each from the backup before to the backup after. */
        List<Gap> gaps() {
            List<Gap> gaps = new ArrayList<>();
            int first = -1;
            int last = -1;
            int count = 0;
            for (int j = 0; j < dueCount; j++) {
                if (covered[j] || (first >= 0 && missed(j) && backupIn(slots[last], slots[j]))) {
                    if (first >= 0) {
                        gaps.add(gap(first, last, count));
                        first = -1;
                        count = 0;
                    }
                }
                if (missed(j)) {
                    if (first < 0) {
                        first = j;
                    }
                    last = j;
                    count++;
                }
            }
            if (first >= 0) {
                gaps.add(gap(first, last, count));
            }
            return gaps;
        }

        private Gap gap(int first, int last, int missedSlots) {
            int before = upperBound(backups, slots[first]) - 1;
            int after = upperBound(backups, slots[last]);
            Instant from = before >= 0 ? Instant.ofEpochMilli(backups[before]) : origin;
            Instant to = after < backups.length ? Instant.ofEpochMilli(backups[after]) : nowInstant;
            return new Gap(from, to, missedSlots);
        }

        /** Whether a backup was made in {@code (from, to]}. */
        private boolean backupIn(long from, long to) {
            int i = upperBound(backups, from);
            return i < backups.length && backups[i] <= to;
        }
    }

    /**
     * The sets anomalies are looked for in, oldest first (by time, then name): every set from the seventh before
     * the first recent one on, so that each recent set has the seven before it that its usual size is measured on, and
     * the latest has them too when nothing is recent. Sets dated in the future are the newest, so they are in it.
     */
    private static List<BackupSet> tailForAnomalies(List<BackupSet> backups, long[] sortedTimes, Instant recentFrom) {
        if (backups.isEmpty()) {
            return List.of();
        }
        int firstRecent = lowerBound(sortedTimes, millis(recentFrom));
        long cutoff = sortedTimes[Math.max(0, Math.min(firstRecent, sortedTimes.length - 1) - Anomalies.SIZE_BASELINE)];
        return backups.stream().filter(b -> millis(b.time()) >= cutoff)
                .sorted(Comparator.comparing(BackupSet::time).thenComparing(BackupSet::name)).toList();
    }

    /** The first index whose value is at least {@code v}. */
    private static int lowerBound(long[] sorted, long v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index whose value is more than {@code v}. */
    private static int upperBound(long[] sorted, long v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Milliseconds since the epoch, saturating for instants no clock can show. */
    private static long millis(Instant t) {
        try {
            return t.toEpochMilli();
        } catch (ArithmeticException e) {
            return t.isBefore(Instant.EPOCH) ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
    }
}
