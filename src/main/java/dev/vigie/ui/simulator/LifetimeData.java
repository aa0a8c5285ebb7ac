package dev.vigie.ui.simulator;

import dev.vigie.simulation.BackupLifetime;
import dev.vigie.simulation.Timeline;
import java.util.Arrays;
import java.util.List;

/**
 * A timeline's backups as the lifetime canvas draws them, prepared off the FX thread: creation and pruning times as
 * arrays (pruning {@link #KEPT} when kept beyond the horizon), and a lane for each so that bars never overlap.
 */
final class LifetimeData {

    /** The pruning time of a backup still kept at the horizon. */
    static final long KEPT = Long.MAX_VALUE;

    static final LifetimeData EMPTY = new LifetimeData(new long[0], new long[0], 0, 0);

    private final long[] created;
    private final long[] pruned;
    private final int observed;
    private final long horizon;
    private final int[] lanes;
    private final int laneCount;

    LifetimeData(long[] created, long[] pruned, int observed, long horizon) {
        this.created = created;
        this.pruned = pruned;
        this.observed = observed;
        this.horizon = horizon;
        this.lanes = new int[created.length];
        this.laneCount = pack(created, pruned, lanes);
    }

    static LifetimeData of(Timeline timeline) {
        List<BackupLifetime> all = timeline.lifetimes();
        long[] created = new long[all.size()];
        long[] pruned = new long[all.size()];
        for (int i = 0; i < created.length; i++) {
            BackupLifetime b = all.get(i);
            created[i] = b.created().toEpochMilli();
            pruned[i] = b.prunedAt().map(p -> p.toEpochMilli()).orElse(KEPT);
        }
        return new LifetimeData(created, pruned, timeline.observedCount(), timeline.horizon().toEpochMilli());
    }

    /**
     * Each bar in the lowest lane whose last bar ended strictly before it starts: a backup pruned by the next run
     * then sits one lane down from it, a staircase that shows each bar's own start and end.
     */
    private static int pack(long[] created, long[] pruned, int[] lanes) {
        long[] ends = new long[8];
        int count = 0;
        for (int i = 0; i < created.length; i++) {
            int lane = 0;
            while (lane < count && ends[lane] >= created[i]) {
                lane++;
            }
            if (lane == count) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                count++;
            }
            ends[lane] = pruned[i];
            lanes[i] = lane;
        }
        return count;
    }

    int size() {
        return created.length;
    }

    long created(int i) {
        return created[i];
    }

    long pruned(int i) {
        return pruned[i];
    }

    boolean observed(int i) {
        return i < observed;
    }

    int lane(int i) {
        return lanes[i];
    }

    int laneCount() {
        return laneCount;
    }

    long horizon() {
        return horizon;
    }

    /** The first backup made at or after {@code millis}; {@link #size()} when none. */
    int firstAtOrAfter(long millis) {
        int i = Arrays.binarySearch(created, millis);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && created[i - 1] == millis) {
            i--;
        }
        return i;
    }

    /** How many backups exist right after run {@code run}: made by it and not removed by then. */
    int keptAfter(int run) {
        int kept = 0;
        for (int i = 0; i <= run; i++) {
            if (pruned[i] > created[run]) {
                kept++;
            }
        }
        return kept;
    }

    /** How many backups run {@code run} removed. */
    int removedAt(int run) {
        int removed = 0;
        for (int i = 0; i < run; i++) {
            if (pruned[i] == created[run]) {
                removed++;
            }
        }
        return removed;
    }
}
