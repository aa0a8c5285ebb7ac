package dev.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredTimeTest {

    @Test
    void readsBackEveryInstantItWrites() {
        Random random = new Random(16);
        long from = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochMilli(from + (long) (random.nextDouble() * (to - from)));
            assertEquals(instant, StoredTime.parse(StoredTime.format(instant)), StoredTime.format(instant));
        }
        for (String edge : new String[] {"2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00.000Z",
                "1970-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-12-31T12:00:00.001Z"}) {
            assertEquals(Instant.parse(edge), StoredTime.parse(edge), edge);
        }
    }

    @Test
    void readsOtherIsoFormsLikeInstantParse() {
        assertEquals(Instant.parse("2026-01-10T10:00:00Z"), StoredTime.parse("2026-01-10T10:00:00Z"));
        assertEquals(Instant.parse("2026-01-10T10:00:00.123456Z"), StoredTime.parse("2026-01-10T10:00:00.123456Z"));
    }

    @Test
    void refusesImpossibleDatesAsInstantParseDoes() {
        for (String bad : new String[] {"2025-02-29T10:00:00.000Z", "2026-13-01T10:00:00.000Z",
                "2026-04-31T10:00:00.000Z", "2026-01-10T10:60:00.000Z",
                "2026-01-1xT10:00:00.000Z"}) {
            assertThrows(DateTimeParseException.class, () -> StoredTime.parse(bad), bad);
        }
    }
}
