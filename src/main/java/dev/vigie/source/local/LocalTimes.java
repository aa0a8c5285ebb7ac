package dev.vigie.source.local;

import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Turns a local time read from a name into an instant, saying so when the zone's clocks jumped at that time:
 * a time in a daylight-saving gap is moved forward by the gap, a time in an overlap takes the earlier offset.
 */
final class LocalTimes {

    /** An instant and, when the local time was ambiguous or missing, the warning that says how it was read. */
    record Resolved(Instant instant, Optional<ScanWarning> warning) {
    }

    private LocalTimes() {
    }

    static Resolved resolve(LocalDateTime local, ZoneId zone, String path) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return new Resolved(local.atOffset(offsets.get(0)).toInstant(), Optional.empty());
        }
        if (offsets.isEmpty()) {
            ZonedDateTime shifted = ZonedDateTime.ofLocal(local, zone, null);
            return new Resolved(shifted.toInstant(), Optional.of(ScanWarning.of(WarningCode.DST_GAP, path,
                    local.toString(), shifted.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))));
        }
        ZonedDateTime earlier = ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap();
        return new Resolved(earlier.toInstant(), Optional.of(ScanWarning.of(WarningCode.DST_OVERLAP, path,
                local.toString(), earlier.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))));
    }
}
