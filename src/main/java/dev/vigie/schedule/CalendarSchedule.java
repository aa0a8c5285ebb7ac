package dev.vigie.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A schedule of local wall-clock times on chosen days; every rule Vigie knows (hourly, daily, weekly, monthly,
 * every N, cron) is one of these, so daylight saving is handled in one place.
 *
 * <p>Slots are computed per local date: the days the rule keeps, times the times of day it lists, each local time
 * turned into an instant with the zone's offset before any transition at that time. That is the documented rule of
 * {@link Schedule}: a local time in a spring-forward gap moves forward by the gap's length (02:30 becomes 03:30 in
 * Paris, as {@code ZonedDateTime.ofLocal} does), and a local time that happens twice runs at its first occurrence.
 * Two local times that land on the same instant that way make one slot.
 */
final class CalendarSchedule implements Schedule {

    /** Which local dates have runs. */
    @FunctionalInterface
    interface Days {
        boolean include(LocalDate date);
    }

    /**
     * How far next/last searches look, in days: the sparsest rule is a cron for 29 February, which can wait eight
     * years across a skipped leap year (2096 to 2104).
     */
    private static final int SEARCH_DAYS = 8 * 366 + 31;
    private static final int SECONDS_PER_DAY = 86_400;

    private final String expression;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final Duration grace;
    private final boolean inferred;
    private boolean layoutDefault;
    private final Duration nominalPeriod;
    private final Days days;
    private final int[] secondsOfDay;

    CalendarSchedule(String expression, ZoneId zone, Duration grace, boolean inferred, Duration nominalPeriod,
                     Days days, int[] secondsOfDay) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rules = zone.getRules();
        this.grace = Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("A grace period cannot be negative: " + grace);
        }
        this.inferred = inferred;
        this.nominalPeriod = Objects.requireNonNull(nominalPeriod, "nominalPeriod");
        this.days = Objects.requireNonNull(days, "days");
        this.secondsOfDay = secondsOfDay.clone();
        Arrays.sort(this.secondsOfDay);
        if (this.secondsOfDay.length == 0) {
            throw new IllegalArgumentException("A schedule needs at least one time of day");
        }
    }

    /** The same rule, zone and grace, marked as guessed by Vigie. */
    CalendarSchedule asInferred() {
        return new CalendarSchedule(expression, zone, grace, true, nominalPeriod, days, secondsOfDay);
    }

    /** The same rule, marked as the layout's default: guessed by Vigie without backups to read it from. */
    CalendarSchedule asLayoutDefault() {
        CalendarSchedule fallback = asInferred();
        fallback.layoutDefault = true;
        return fallback;
    }

    @Override
    public boolean layoutDefault() {
        return layoutDefault;
    }

    @Override
    public String expression() {
        return expression;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Duration grace() {
        return grace;
    }

    @Override
    public boolean inferred() {
        return inferred;
    }

    @Override
    public Duration nominalPeriod() {
        return nominalPeriod;
    }

    @Override
    public List<Instant> slots(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        // Slots are whole seconds: one at or after `from` is at or after from's next whole second.
        long fromSecond = from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
        long toSecond = to.getEpochSecond();
        // One day either side: a shifted local time can cross midnight, and the zone's offset moves the dates.
        long firstDay = localEpochDay(from) - 1;
        long lastDay = localEpochDay(to) + 1;
        long[] found = new long[64];
        int count = 0;
        boolean ordered = true;
        for (long day = firstDay; day <= lastDay; day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            if (!days.include(date)) {
                continue;
            }
            long dayLocal = day * SECONDS_PER_DAY;
            int offsetAtMidnight = offsetSeconds(dayLocal);
            boolean steady = offsetAtMidnight == offsetSeconds(dayLocal + SECONDS_PER_DAY - 1);
            for (int second : secondsOfDay) {
                long epoch = dayLocal + second - (steady ? offsetAtMidnight : offsetSeconds(dayLocal + second));
                if (epoch < fromSecond || epoch > toSecond) {
                    continue;
                }
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                if (count > 0 && epoch <= found[count - 1]) {
                    ordered = false;
                }
                found[count++] = epoch;
            }
        }
        if (!ordered) {
            Arrays.sort(found, 0, count);
            count = dropRepeats(found, count);
        }
        return new EpochSeconds(found, count);
    }

    @Override
    public Optional<Instant> lastSlotAtOrBefore(Instant t) {
        long limit = t.getEpochSecond();
        long start = localEpochDay(t) + 1;
        for (long day = start; day >= start - SEARCH_DAYS; day--) {
            long best = latestAtOrBefore(day, limit);
            if (best != Long.MIN_VALUE) {
                // A shifted time of the day before could still come later: look at it too.
                return Optional.of(Instant.ofEpochSecond(Math.max(best, latestAtOrBefore(day - 1, limit))));
            }
        }
        return Optional.empty();
    }

    @Override
    public Instant nextSlotAfter(Instant t) {
        long limit = t.getEpochSecond();
        long start = localEpochDay(t) - 1;
        for (long day = start; day <= start + SEARCH_DAYS; day++) {
            long best = earliestAfter(day, limit);
            if (best != Long.MAX_VALUE) {
                return Instant.ofEpochSecond(Math.min(best, earliestAfter(day + 1, limit)));
            }
        }
        throw new IllegalStateException("No run of '" + expression + "' within " + SEARCH_DAYS + " days of " + t);
    }

    private long latestAtOrBefore(long day, long limit) {
        long best = Long.MIN_VALUE;
        if (days.include(LocalDate.ofEpochDay(day))) {
            for (int second : secondsOfDay) {
                long epoch = toEpochSecond(day * SECONDS_PER_DAY + second);
                if (epoch <= limit && epoch > best) {
                    best = epoch;
                }
            }
        }
        return best;
    }

    /** The earliest slot of that day strictly after {@code limit} (nanoseconds of t count as after its second). */
    private long earliestAfter(long day, long limit) {
        long best = Long.MAX_VALUE;
        if (days.include(LocalDate.ofEpochDay(day))) {
            for (int second : secondsOfDay) {
                long epoch = toEpochSecond(day * SECONDS_PER_DAY + second);
                if (epoch > limit && epoch < best) {
                    best = epoch;
                }
            }
        }
        return best;
    }

    private long localEpochDay(Instant t) {
        return Math.floorDiv(t.getEpochSecond() + rules.getOffset(t).getTotalSeconds(), SECONDS_PER_DAY);
    }

    private long toEpochSecond(long localSecond) {
        return localSecond - offsetSeconds(localSecond);
    }

    /**
     * The offset for a local time: the only valid one, or in a gap or an overlap the one before the transition,
     * which moves a missing time forward by the gap and picks the first of a repeated time.
     */
    private int offsetSeconds(long localSecond) {
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        return rules.getOffset(LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC)).getTotalSeconds();
    }

    private static int dropRepeats(long[] sorted, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarSchedule other && expression.equals(other.expression) && zone.equals(other.zone)
                && grace.equals(other.grace) && inferred == other.inferred;
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression, zone, grace, inferred);
    }

    @Override
    public String toString() {
        return expression + " (" + zone + ", grace " + Durations.format(grace) + (inferred ? ", inferred)" : ")");
    }

    /** Slots as a list without one object per slot until asked: an hourly decade is 87,600 of them. */
    private static final class EpochSeconds extends AbstractList<Instant> implements RandomAccess {
        private final long[] seconds;
        private final int size;

        EpochSeconds(long[] seconds, int size) {
            this.seconds = seconds;
            this.size = size;
        }

        @Override
        public Instant get(int index) {
            Objects.checkIndex(index, size);
            return Instant.ofEpochSecond(seconds[index]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
