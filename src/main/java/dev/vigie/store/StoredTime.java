package dev.vigie.store;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * How the database writes instants: UTC ISO-8601 text with exactly three fraction digits. A fixed width makes text
 * order time order, so SQL can sort and compare them; text keeps the file readable with the sqlite3 shell.
 */
final class StoredTime {

    private static final DateTimeFormatter FORMAT =
            new DateTimeFormatterBuilder().appendInstant(3).toFormatter(Locale.ROOT);

    private StoredTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
