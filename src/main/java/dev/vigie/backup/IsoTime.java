package dev.vigie.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one way Vigie reads a time a person wrote: ISO-8601 as an instant ({@code 2026-11-21T09:00:00Z}), a date-time
 * with an offset, a local date-time or a date (both in the user's zone; a date means its start, midnight).
 */
public final class IsoTime {

    private IsoTime() {
    }

    /** @throws InputProblem ({@code error.time}) when the text is none of the forms */
    public static Instant parse(String text, ZoneId zone) {
        return read(text, zone).orElseThrow(() -> new InputProblem("error.time", text));
    }

    /** The time, or empty when the text is none of the forms. */
    public static Optional<Instant> read(String text, ZoneId zone) {
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the local forms
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
