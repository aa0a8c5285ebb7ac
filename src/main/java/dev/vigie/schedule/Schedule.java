package dev.vigie.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When backups of a source are expected: a rule ({@code daily 02:00}, {@code cron:0 2 * * 1-5}...) in a zone, with
 * a grace period after each expected run. Local times that do not exist (spring forward) run at the first valid
 * instant after them; local times that happen twice (fall back) run at their first occurrence.
 */
public interface Schedule {

    /** The rule as the user writes it: {@code daily 02:00}, {@code weekly mon 03:00}, {@code cron:0 2 * * *}. */
    String expression();

    ZoneId zone();

    /** How long after an expected run a backup may still arrive before the source is DOWN. */
    Duration grace();

    /** True when Vigie guessed the schedule from the backups it saw, rather than being told it. */
    boolean inferred();

    /**
     * True when the schedule is the layout's default rather than read from backups (none, or too few, were seen):
     * WhatsApp's nightly 02:00, an iPhone's weekly run, a folder's daily 02:00. Always {@link #inferred()} too.
     */
    default boolean layoutDefault() {
        return false;
    }

    /** The usual time between two runs (an hour, a day, a week, a month...), for tolerances and gaps. */
    Duration nominalPeriod();

    /** The expected runs in {@code [from, to]}, in order. */
    List<Instant> slots(Instant from, Instant to);

    /** The latest expected run at or before {@code t}. */
    Optional<Instant> lastSlotAtOrBefore(Instant t);

    /** The first expected run strictly after {@code t}. */
    Instant nextSlotAfter(Instant t);
}
