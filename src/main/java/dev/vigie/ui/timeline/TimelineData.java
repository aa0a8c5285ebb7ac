package dev.vigie.ui.timeline;

import dev.vigie.health.Gap;
import java.util.Arrays;
import java.util.List;

/**
 * What a timeline draws, prepared off the FX thread: backup times and flagged backup times as sorted arrays (so a
 * frame finds its visible part by binary search), the gaps, and the expected-slot source.
 *
 * @param backups sorted epoch milliseconds of the backups
 * @param flagged sorted epoch milliseconds of backups with a finding
 * @param gaps    stretches without backups
 * @param slots   the expected runs in a range (from the schedule), or none
 */
public record TimelineData(long[] backups, long[] flagged, List<Gap> gaps, SlotSource slots) {

    /**
     * The expected runs in a range, at most {@code limit} of them: exactly {@code limit} means "too many to draw one
     * by one", so a source may answer that from the period alone, without listing them.
     */
    @FunctionalInterface
    public interface SlotSource {
        long[] between(long from, long to, int limit);
    }

    public static final TimelineData EMPTY = new TimelineData(new long[0], new long[0], List.of(),
            (from, to, limit) -> new long[0]);

    public TimelineData {
        backups = backups.clone();
        flagged = flagged.clone();
        Arrays.sort(backups);
        Arrays.sort(flagged);
        gaps = List.copyOf(gaps);
    }

    /** Index of the first value at or after {@code t} in a sorted array. */
    static int firstAtOrAfter(long[] sorted, long t) {
        int i = Arrays.binarySearch(sorted, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == t) {
            i--;
        }
        return i;
    }
}
