package dev.vigie.ui.common;

import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Formats;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

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

    /**
     * Date pickers show the language's one date format ({@code 20 Nov 2026}) and read it back, or ISO and the
     * short numeric form people also type; a text that does not read leaves the picker empty.
     */
    public static void showDates(DatePicker picker, Formats formats) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return formats.parseDate(text).orElse(null);
            }
        });
    }

    /** A time of day as the time fields show it. */
    public static String text(LocalTime time) {
        return SHOWN.format(time);
    }
}
