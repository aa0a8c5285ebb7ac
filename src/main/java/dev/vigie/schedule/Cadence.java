package dev.vigie.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The rhythm of a source's backups, read from when they were made: the rule a user would most likely have set.
 *
 * <ul>
 *   <li>Only the last {@value #RECENT} backups count, so that a schedule changed long ago does not weigh; times
 *       less than a minute apart count once (two sets of one run).</li>
 *   <li>The period is the median gap between them, snapped to the nearest of an hour, a day, a week and a month on
 *       a logarithmic scale: under 4.9 h hourly, under 2.6 days daily, under 14.6 days weekly, else monthly.</li>
 *   <li>The time is the median of the backups' moments within the period (minute of the hour, time of day, moment of
 *       the week), taken on a circle so that 23:50 and 00:10 give midnight, not noon, and rounded down to 5
 *       minutes: a backup is written some minutes after its run starts, and a run set a little early still finds
 *       its backup within the grace. A monthly rule takes the median day of the month.</li>
 *   <li>The grace is a quarter of the period, at most one day: 15 min, 6 h, 1 day, 1 day. Guessed times are rough,
 *       so the grace is wider than a user would set it.</li>
 *   <li>With fewer than two backups there is no rhythm: daily at the one backup's time, or 02:00.</li>
 * </ul>
 */
final class Cadence {

    static final int RECENT = 50;
    private static final long MINUTE = 60;
    private static final long HOURLY_BELOW = Math.round(Math.sqrt(1.0 * 24) * 3600);
    private static final long DAILY_BELOW = Math.round(Math.sqrt(24.0 * 24 * 7) * 3600);
    private static final long WEEKLY_BELOW = Math.round(Math.sqrt(7.0 * ChronoUnit.MONTHS.getDuration().toDays())
            * 86_400);
    private static final int ROUND_MINUTES = 5;
    private static final Duration MAX_GRACE = Duration.ofDays(1);
    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    private final List<ZonedDateTime> times;

    Cadence(List<Instant> backupTimes, ZoneId zone) {
        Instant[] sorted = backupTimes.stream().sorted().toArray(Instant[]::new);
        ZonedDateTime[] distinct = new ZonedDateTime[sorted.length];
        int count = 0;
        Instant last = null;
        for (Instant t : sorted) {
            if (last == null || Duration.between(last, t).getSeconds() >= MINUTE) {
                distinct[count++] = t.atZone(zone);
                last = t;
            }
        }
        this.times = List.of(Arrays.copyOfRange(distinct, Math.max(0, count - RECENT), count));
    }

    /** The rule for the observed rhythm: {@code hourly :MM}, {@code daily HH:MM}, {@code weekly DAY HH:MM}... */
    String expression() {
        return switch (period()) {
            case HOURLY -> {
                int minute = floor(circularMedian(minutes(t -> t.getMinute()), 60));
                yield minute == 0 ? "hourly" : String.format(Locale.ROOT, "hourly :%02d", minute);
            }
            case DAILY -> "daily " + clock(timeOfDay());
            case WEEKLY -> weeklyExpression().orElseThrow();
            case MONTHLY -> "monthly " + medianDayOfMonth() + " " + clock(timeOfDay());
        };
    }

    /** Whether enough backups were seen to read a rhythm from (two runs at least). */
    boolean hasRhythm() {
        return times.size() >= 2;
    }

    /** {@code daily HH:MM} when the backups seen run once a day; empty otherwise or with too few backups. */
    Optional<String> dailyExpression() {
        if (!hasRhythm() || period() != Period.DAILY) {
            return Optional.empty();
        }
        // A steady time of day: three backups in four within an hour of the usual one.
        int usual = timeOfDay();
        long near = times.stream().mapToInt(t -> t.getHour() * 60 + t.getMinute())
                .filter(m -> {
                    int d = Math.abs(m - usual) % MINUTES_PER_DAY;
                    return Math.min(d, MINUTES_PER_DAY - d) <= 60;
                }).count();
        return near * 4 >= times.size() * 3L ? Optional.of("daily " + clock(usual)) : Optional.empty();
    }

    Duration grace() {
        Duration period = switch (period()) {
            case HOURLY -> Duration.ofHours(1);
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
            case MONTHLY -> ChronoUnit.MONTHS.getDuration();
        };
        return graceFor(period);
    }

    /** A quarter of the period, at most a day: the grace of any schedule the user gave without one. */
    static Duration graceFor(Duration period) {
        Duration quarter = period.dividedBy(4).truncatedTo(ChronoUnit.MINUTES);
        return quarter.compareTo(MAX_GRACE) > 0 ? MAX_GRACE : quarter;
    }

    /** {@code weekly DAY HH:MM} at the backups' usual moment of the week; empty without a backup. */
    Optional<String> weeklyExpression() {
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int minuteOfWeek = floor(circularMedian(minutes(t -> (t.getDayOfWeek().getValue() - 1) * MINUTES_PER_DAY
                + t.getHour() * 60 + t.getMinute()), MINUTES_PER_WEEK));
        DayOfWeek day = DayOfWeek.of(minuteOfWeek / MINUTES_PER_DAY + 1);
        return Optional.of("weekly " + Schedules.dayName(day) + " " + clock(minuteOfWeek % MINUTES_PER_DAY));
    }

    private enum Period { HOURLY, DAILY, WEEKLY, MONTHLY }

    private Period period() {
        if (times.size() < 2) {
            return Period.DAILY;
        }
        long[] gaps = new long[times.size() - 1];
        for (int i = 1; i < times.size(); i++) {
            gaps[i - 1] = Duration.between(times.get(i - 1), times.get(i)).getSeconds();
        }
        Arrays.sort(gaps);
        long median = gaps[(gaps.length - 1) / 2];
        if (median < HOURLY_BELOW) {
            return Period.HOURLY;
        }
        if (median < DAILY_BELOW) {
            return Period.DAILY;
        }
        return median < WEEKLY_BELOW ? Period.WEEKLY : Period.MONTHLY;
    }

    /** Minutes since midnight of the usual time of day; 02:00 without a backup. */
    private int timeOfDay() {
        if (times.isEmpty()) {
            return 2 * 60;
        }
        return floor(circularMedian(minutes(t -> t.getHour() * 60 + t.getMinute()), MINUTES_PER_DAY));
    }

    private int medianDayOfMonth() {
        int[] days = times.stream().mapToInt(ZonedDateTime::getDayOfMonth).sorted().toArray();
        return days[(days.length - 1) / 2];
    }

    private int[] minutes(ToIntFunction<ZonedDateTime> of) {
        return times.stream().mapToInt(of).toArray();
    }

    /**
     * The median of values on a circle of {@code size}: cut the circle at its widest empty arc, where no value is,
     * and take the middle of what lies in order from there.
     */
    static int circularMedian(int[] values, int size) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int cut = 0;
        int widest = sorted[0] + size - sorted[n - 1];
        for (int i = 1; i < n; i++) {
            int gap = sorted[i] - sorted[i - 1];
            if (gap > widest) {
                widest = gap;
                cut = i;
            }
        }
        int middle = (cut + (n - 1) / 2) % n;
        return sorted[middle];
    }

    private static int floor(int minutes) {
        return minutes - minutes % ROUND_MINUTES;
    }

    private static String clock(int minuteOfDay) {
        return Schedules.clock(minuteOfDay * 60);
    }
}
