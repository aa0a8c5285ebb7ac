package dev.vigie.store;

import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Reads the identifiers the database holds back into the core's enums. An identifier this Vigie does not know
 * can only come from a later Vigie that wrote it without changing the schema, which is a fault of that Vigie.
 */
final class StoredValues {

    private StoredValues() {
    }

    static Layout layout(String id) {
        return Layout.fromId(id).orElseThrow(() -> unknown("layout", id));
    }

    static TimeSource timeSource(String id) {
        try {
            return TimeSource.fromId(id);
        } catch (IllegalArgumentException e) {
            throw unknown("time source", id);
        }
    }

    static WarningCode warningCode(String id) {
        try {
            return WarningCode.fromId(id);
        } catch (IllegalArgumentException e) {
            throw unknown("warning code", id);
        }
    }

    static MediaKind mediaKind(String id) {
        return MediaKind.fromId(id).orElseThrow(() -> unknown("media kind", id));
    }

    /** Also fails when this Java's time-zone data is older than that of the Java that stored the zone. */
    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw unknown("time zone", id);
        }
    }

    private static StoreException unknown(String what, String id) {
        return new StoreException("The database holds the " + what + " '" + id + "', which this Vigie does not know");
    }
}
