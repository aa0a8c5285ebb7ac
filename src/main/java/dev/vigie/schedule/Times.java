package dev.vigie.schedule;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Times as users write them, on the command line and in the files they give both faces (a CSV of events). */
public final class Times {

    private Times() {
    }

    /**
     * Reads a time as ISO-8601: an instant ({@code 2026-11-21T09:00:00Z}), a time with an offset, a local date-time
     * or a date (both then in {@code zone}; a date means its start).
     *
     * @throws InputProblem {@code error.time} when it is none of those
     */
    public static Instant parse(String text, ZoneId zone) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the local forms
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputProblem("error.time", text);
        }
    }
}
