package dev.vigie.simulation;

import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.Snapshot;
import dev.vigie.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source's backups, observed then projected from its schedule up to a horizon, each with the lifetime its
 * retention policy gives it.
 *
 * <p>The policy is applied at every run, as a backup tool does after each backup, over the backups that exist at
 * that run; what a run removes is gone for good. Each backup is shown to the policy as a {@link Snapshot} whose id
 * is its position in the timeline and whose time has the offset of the schedule's zone at that instant.
 *
 * <p>Why this is fast: since removed backups never come back, the backups that exist at a run are exactly those the
 * previous run kept plus the new one. The timeline keeps that set and applies the policy to it alone, so a run costs
 * what the policy keeps (23 snapshots for keep-daily 7, keep-weekly 4, keep-monthly 12), not the whole history:
 * linear in the number of runs for any policy that keeps a bounded number of backups. A policy that keeps an
 * unbounded number (keep everything, keep-within ten years) still pays for every backup it keeps, as it must.
 *
 * <p>Times are kept to the millisecond.
 */
public final class Timeline {

    /**
     * How far after the present (or the last backup, when later) runs are projected: 800 days, so that keep-monthly
     * 24 and a yearly rule of two can still prune what they keep within the timeline. A backup kept past the
     * horizon is reported as such, not as pruned.
     */
    public static final Duration PROJECTION = Duration.ofDays(800);

    static final long KEPT = Long.MAX_VALUE;

    private final Schedule schedule;
    private final Instant horizon;
    private final long[] created;
    private final long[] pruned;
    private final String[] names;
    private final int observedCount;
    private final long sliceMillis;
    private final int[] directory;

    private Timeline(Schedule schedule, Instant horizon, long[] created, long[] pruned, String[] names,
                     int observedCount) {
        this.schedule = schedule;
        this.horizon = horizon;
        this.created = created;
        this.pruned = pruned;
        this.names = names;
        this.observedCount = observedCount;
        this.sliceMillis = sliceMillis(created);
        this.directory = directory(created, sliceMillis);
    }

    /**
     * The observed backups, then the schedule's runs strictly after the last of them (after {@code now} when there
     * is none) up to the horizon, {@link #PROJECTION} after the later of {@code now} and the last backup; the
     * policy applied at each.
     *
     * @param observed the backups seen, in any order
     * @param now      the present of the simulation
     */
    public static Timeline build(List<ObservedBackup> observed, Schedule schedule, RetentionPolicy policy,
                                 Instant now) {
        Instant last = observed.stream().map(ObservedBackup::time).max(Comparator.naturalOrder()).orElse(now);
        return build(observed, schedule, policy, now, (last.isAfter(now) ? last : now).plus(PROJECTION), false);
    }

    /**
     * As {@link #build(List, Schedule, RetentionPolicy, Instant)}, projecting up to the horizon given; when
     * {@code fromNow}, the runs are projected after {@code now} only, as if those between the last backup and now
     * had been missed.
     */
    static Timeline build(List<ObservedBackup> observed, Schedule schedule, RetentionPolicy policy, Instant now,
                          Instant horizon, boolean fromNow) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(policy, "policy");
        List<ObservedBackup> sorted = observed.stream()
                .sorted(Comparator.comparing(ObservedBackup::time).thenComparing(ObservedBackup::name)).toList();
        Instant last = sorted.isEmpty() || fromNow && now.isAfter(sorted.get(sorted.size() - 1).time()) ? now
                : sorted.get(sorted.size() - 1).time();
        List<Instant> projected = schedule.slots(last.plusNanos(1), horizon);
        int n = sorted.size() + projected.size();
        long[] created = new long[n];
        String[] names = new String[n];
        for (int i = 0; i < sorted.size(); i++) {
            created[i] = sorted.get(i).time().toEpochMilli();
            names[i] = sorted.get(i).name();
        }
        for (int i = 0; i < projected.size(); i++) {
            created[sorted.size() + i] = projected.get(i).toEpochMilli();
        }
        long[] pruned = prune(created, schedule, policy);
        return new Timeline(schedule, horizon, created, pruned, names, sorted.size());
    }

    /** Applies the policy at each run over the backups that exist then; the run each backup is removed at. */
    private static long[] prune(long[] created, Schedule schedule, RetentionPolicy policy) {
        int n = created.length;
        long[] pruned = new long[n];
        Arrays.fill(pruned, KEPT);
        Snapshot[] snapshots = new Snapshot[n];
        int[] alive = new int[16];
        int aliveCount = 0;
        boolean[] removed = new boolean[n];
        for (int run = 0; run < n; run++) {
            snapshots[run] = snapshot(run, created[run], schedule);
            if (aliveCount == alive.length) {
                alive = Arrays.copyOf(alive, aliveCount * 2);
            }
            alive[aliveCount++] = run;
            List<Snapshot> existing = new ArrayList<>(aliveCount);
            for (int i = 0; i < aliveCount; i++) {
                existing.add(snapshots[alive[i]]);
            }
            List<Snapshot> gone = policy.removed(existing);
            if (gone.isEmpty()) {
                continue;
            }
            for (Snapshot snapshot : gone) {
                int index = Integer.parseInt(snapshot.id());
                if (pruned[index] != KEPT || index > run) {
                    throw new IllegalStateException("the policy removed a backup that does not exist: " + snapshot);
                }
                pruned[index] = created[run];
                removed[index] = true;
            }
            int kept = 0;
            for (int i = 0; i < aliveCount; i++) {
                if (!removed[alive[i]]) {
                    alive[kept++] = alive[i];
                }
            }
            aliveCount = kept;
        }
        return pruned;
    }

    static Snapshot snapshot(int index, long epochMilli, Schedule schedule) {
        Instant time = Instant.ofEpochMilli(epochMilli);
        return new Snapshot(Integer.toString(index), OffsetDateTime.ofInstant(time, schedule.zone()), List.of(),
                List.of());
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The end of the projection: what is still kept then is kept beyond the horizon. */
    public Instant horizon() {
        return horizon;
    }

    /** How many backups, observed and projected. */
    public int size() {
        return created.length;
    }

    /** How many of them were observed: the first ones. */
    public int observedCount() {
        return observedCount;
    }

    /** Every backup, oldest first: the observed ones, then the projected ones. */
    public List<BackupLifetime> lifetimes() {
        return new AbstractList<>() {
            @Override
            public BackupLifetime get(int i) {
                return lifetime(i);
            }

            @Override
            public int size() {
                return created.length;
            }
        };
    }

    BackupLifetime lifetime(int i) {
        return new BackupLifetime(Instant.ofEpochMilli(created[i]),
                pruned[i] == KEPT ? Optional.empty() : Optional.of(Instant.ofEpochMilli(pruned[i])),
                Optional.ofNullable(names[i]));
    }

    long[] createdMillis() {
        return created;
    }

    long[] prunedMillis() {
        return pruned;
    }

    Optional<String> name(int i) {
        return Optional.ofNullable(names[i]);
    }

    /**
     * The index of the first backup made at or after {@code millis}; {@link #size()} when none. A directory of equal
     * slices of time narrows the binary search to the few backups of one slice: a million lookups in a hundred
     * thousand backups would otherwise spend most of their time missing the cache.
     */
    int firstAtOrAfter(long millis) {
        int n = created.length;
        if (n == 0 || millis <= created[0]) {
            return 0;
        }
        if (millis > created[n - 1]) {
            return n;
        }
        int slice = (int) ((millis - created[0]) / sliceMillis);
        return firstAtOrAfter(created, directory[slice], directory[slice + 1], millis);
    }

    /** {@code directory[s]}: the first backup made at or after the start of slice {@code s}; one slice per backup. */
    private static int[] directory(long[] created, long sliceMillis) {
        int n = created.length;
        if (n == 0) {
            return new int[] {0, 0};
        }
        int slices = (int) ((created[n - 1] - created[0]) / sliceMillis) + 1;
        int[] directory = new int[slices + 1];
        int i = 0;
        for (int s = 0; s < slices; s++) {
            long start = created[0] + s * sliceMillis;
            while (created[i] < start) {
                i++;
            }
            directory[s] = i;
        }
        directory[slices] = n;
        return directory;
    }

    private static long sliceMillis(long[] created) {
        int n = created.length;
        return n < 2 ? 1 : Math.max(1, (created[n - 1] - created[0]) / n + 1);
    }

    static int firstAtOrAfter(long[] sorted, int from, int to, long millis) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
