package dev.vigie.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryKeysTest {

    private static final Instant NOV_20_2AM_PARIS = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void aSetIsKeyedByItsUtcTimeToTheMillisecond() {
        BackupSet set = set("msgstore.db.crypt14", NOV_20_2AM_PARIS.plusNanos(123_456_789));

        assertThat(HistoryKeys.of(List.of(set))).containsExactly(Map.entry(set, "2026-11-20T01:00:00.123Z"));
    }

    @Test
    void aWholeSecondStillHasThreeFractionDigits() {
        BackupSet set = set("daily.0", NOV_20_2AM_PARIS);

        assertThat(HistoryKeys.of(List.of(set)).get(set)).isEqualTo("2026-11-20T01:00:00.000Z");
    }

    @Test
    void aRenamedBackupKeepsItsKey() {
        BackupSet beforeRotation = set("msgstore.db.crypt14", NOV_20_2AM_PARIS);
        BackupSet afterRotation = set("msgstore-2026-11-20.1.db.crypt14", NOV_20_2AM_PARIS);
        BackupSet next = set("msgstore.db.crypt14", NOV_20_2AM_PARIS.plusSeconds(86_400));

        String before = HistoryKeys.of(List.of(beforeRotation)).get(beforeRotation);
        String after = HistoryKeys.of(List.of(afterRotation, next)).get(afterRotation);

        assertThat(after).isEqualTo(before);
    }

    @Test
    void setsOfOneInventorySharingAnInstantAreToldApartByName() {
        BackupSet daily = set("daily.0", NOV_20_2AM_PARIS);
        BackupSet weekly = set("weekly.0", NOV_20_2AM_PARIS);
        BackupSet older = set("daily.1", NOV_20_2AM_PARIS.minusSeconds(86_400));

        Map<BackupSet, String> keys = HistoryKeys.of(List.of(older, daily, weekly));

        assertThat(keys).containsExactly(
                Map.entry(older, "2026-11-19T01:00:00.000Z"),
                Map.entry(daily, "2026-11-20T01:00:00.000Z|daily.0"),
                Map.entry(weekly, "2026-11-20T01:00:00.000Z|weekly.0"));
    }

    @Test
    void timesLessThanAMillisecondApartShareAnInstant() {
        BackupSet first = set("a", NOV_20_2AM_PARIS.plusNanos(100_000));
        BackupSet second = set("b", NOV_20_2AM_PARIS.plusNanos(900_000));

        assertThat(HistoryKeys.of(List.of(first, second)).values())
                .containsExactly("2026-11-20T01:00:00.000Z|a", "2026-11-20T01:00:00.000Z|b");
    }

    @Test
    void theSameSetListedTwiceIsOneBackupAndKeepsThePlainKey() {
        BackupSet set = set("daily.0", NOV_20_2AM_PARIS);

        assertThat(HistoryKeys.of(List.of(set, set))).containsExactly(Map.entry(set, "2026-11-20T01:00:00.000Z"));
    }

    @Test
    void noSetsNoKeys() {
        assertThat(HistoryKeys.of(List.of())).isEmpty();
    }

    private static BackupSet set(String name, Instant time) {
        return new BackupSet(time, name, List.of(name), 1_000, 1, TimeSource.MTIME, Map.of());
    }
}
