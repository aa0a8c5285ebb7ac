package dev.vigie.i18n;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Sizes, times and ages worded for one language: "1,4 Mo", "il y a 18 h" / "1.4 MB", "18 h ago". */
public final class Formats {

    private static final String[] SIZE_KEYS = {"size.B", "size.kB", "size.MB", "size.GB", "size.TB"};

    private final Messages messages;
    private final DateTimeFormatter dateTime;

    public Formats(Messages messages) {
        this.messages = messages;
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", messages.locale());
    }

    public Messages messages() {
        return messages;
    }

    /** Decimal units (1 kB = 1000 B), as file managers on Linux and macOS show them. */
    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < SIZE_KEYS.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return messages.get(SIZE_KEYS[unit], number.format(value));
    }

    /** A local date and time, sortable and unambiguous: {@code 2026-11-20 02:00}. */
    public String dateTime(Instant instant, ZoneId zone) {
        return dateTime.format(instant.atZone(zone));
    }

    /** A long local date and time in the language's own style, for sentences. */
    public String longDateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).format(instant.atZone(zone));
    }

    /** A duration in its largest sensible unit: "45 min", "18 h", "3 d" (rounded down). */
    public String duration(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        if (minutes < 1) {
            return messages.get("duration.lessThanMinute");
        }
        if (minutes < 60) {
            return messages.get("duration.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return messages.get("duration.hours", hours);
        }
        return messages.get("duration.days", hours / 24);
    }

    /** How long ago {@code then} was, seen from {@code now}: "18 h ago", or "in 2 d" for the future. */
    public String age(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        return d.isNegative() ? messages.get("age.future", duration(d)) : messages.get("age.past", duration(d));
    }

    /**
     * A measured duration to the second, as a stopwatch says it: "3 min 12 s", "1 h 05 min", "4.2 s" (a tenth below
     * ten seconds).
     */
    public String elapsed(Duration d) {
        long millis = Math.abs(d.toMillis());
        if (millis < 10_000) {
            NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
            number.setMaximumFractionDigits(1);
            return messages.get("elapsed.seconds", number.format(millis / 1000.0));
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return messages.get("elapsed.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.get("elapsed.minutesSeconds", seconds / 60, seconds % 60);
        }
        return messages.get("elapsed.hoursMinutes", seconds / 3600, String.format("%02d", seconds / 60 % 60));
    }

    public Locale locale() {
        return messages.locale();
    }
}
