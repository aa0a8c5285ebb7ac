package dev.vigie.report;

import dev.vigie.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run every day at one local time, just enough of a schedule to build health reports by hand: the real parser is
 * not the renderers' business. Ignores daylight-saving subtleties, which the fixtures avoid.
 */
record DailySchedule(LocalTime at, ZoneId zone, Duration grace, boolean inferred) implements Schedule {

    @Override
    public String expression() {
        return "daily " + at;
    }

    @Override
    public Duration nominalPeriod() {
        return Duration.ofDays(1);
    }

    @Override
    public List<Instant> slots(Instant from, Instant to) {
        List<Instant> slots = new ArrayList<>();
        for (Instant slot = nextSlotAfter(from.minusNanos(1)); !slot.isAfter(to); slot = nextSlotAfter(slot)) {
            slots.add(slot);
        }
        return slots;
    }

    @Override
    public Optional<Instant> lastSlotAtOrBefore(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(at).atZone(zone);
        return Optional.of((today.isAfter(local) ? today.minusDays(1) : today).toInstant());
    }

    @Override
    public Instant nextSlotAfter(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(at).atZone(zone);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
