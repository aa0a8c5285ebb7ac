package dev.vigie.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Local times in Europe/Paris, the zone of most fixtures: it has both a daylight-saving gap and an overlap. */
public final class Paris {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Paris() {
    }

    /** The instant of a Paris wall-clock time written as ISO-8601 without offset: {@code 2026-11-21T02:00}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }
}
