package dev.vigie.ui.common;

import dev.vigie.backup.InputProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A time as the window's forms take it: a date picker and an {@code HH:mm} field. */
public final class TimeFields {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private TimeFields() {
    }

    /**
     * A local date and a time of day typed as {@code HH:mm}.
     *
     * @throws InputProblem {@code error.simulator.date} without a date, {@code error.simulator.time} when the time
     *                      does not read
     */
    public static LocalDateTime dateTime(LocalDate date, String time) {
        if (date == null) {
            throw new InputProblem("error.simulator.date");
        }
        String t = time == null ? "" : time.strip();
        try {
            return date.atTime(LocalTime.parse(t, HOURS_MINUTES));
        } catch (DateTimeParseException e) {
            throw new InputProblem("error.simulator.time", t);
        }
    }

    /** A time of day as the time fields show it. */
    public static String text(LocalTime time) {
        return SHOWN.format(time);
    }
}
