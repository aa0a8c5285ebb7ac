package dev.vigie.backup;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one way Vigie reads a time a person wrote: ISO-8601 as an instant ({@code 2026-11-21T09:00:00Z}), a date-time
 * with an offset, a local date-time or a date (both in the user's zone; a date means its start, midnight).
 */
public final class IsoTime {

    private IsoTime() {
    }

    /** The earliest time Vigie takes: 1970-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest: the end of 9999 in UTC. Later times break stored text order and overflow durations. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    /**
     * @throws InputProblem ({@code error.time}) when the text is none of the forms, ({@code error.time.range}) when
     *                      it falls outside the years 1970 to 9999 (UTC)
     */
    public static Instant parse(String text, ZoneId zone) {
        Instant time = read(text, zone).orElseThrow(() -> new InputProblem("error.time", text));
        if (!inRange(time)) {
            throw new InputProblem("error.time.range", text);
        }
        return time;
    }

    /** Whether the time falls in the years Vigie handles, 1970 to 9999 (UTC). */
    public static boolean inRange(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }

    /** The time, or empty when the text is none of the forms (or too far out to place in the zone). */
    public static Optional<Instant> read(String text, ZoneId zone) {
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeException ignored) {
            // not with an offset: try the local forms
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeException ignored) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
