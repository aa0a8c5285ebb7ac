package dev.vigie.store;

import static dev.vigie.store.Fixtures.count;
import static dev.vigie.store.Fixtures.day;
import static dev.vigie.store.Fixtures.inventory;
import static dev.vigie.store.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRepositoryTest {

    private static final Instant SCAN_21 = day(21).plusSeconds(8 * 3600);
    private static final Instant SCAN_22 = day(22).plusSeconds(8 * 3600);

    @TempDir
    Path tmp;

    private Store store;
    private HistoryRepository history;

    @BeforeEach
    void open() {
        store = Fixtures.open(tmp);
        store.sources().add(Fixtures.phone(tmp));
        history = store.history();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFirstScanRecordsEverySetAsItWasFound() {
        BackupSet iphone = new BackupSet(Instant.parse("2026-11-20T01:02:03.456Z"), "00008030-001A",
                List.of("00008030-001A/Manifest.db", "00008030-001A/Info.plist"), 5_000_000_000L, 2,
                TimeSource.METADATA, Map.of("deviceName", "iPhone de Zoé", "encrypted", true, "files", 12_345));

        history.record("phone", inventory(iphone), SCAN_21);

        assertThat(history.history("phone")).containsExactly(new SeenBackup(iphone, SCAN_21, SCAN_21, true));
    }

    @Test
    void aRenamedBackupIsTheSameBackupWithItsNewNameAndItsFirstSighting() {
        history.record("phone", inventory(set("msgstore.db.crypt14", day(20), 100)), SCAN_21);
        BackupSet renamed = set("msgstore-2026-11-20.1.db.crypt14", day(20), 100);
        BackupSet next = set("msgstore.db.crypt14", day(21), 120);

        history.record("phone", inventory(renamed, next), SCAN_22);

        assertThat(history.history("phone")).containsExactly(
                new SeenBackup(renamed, SCAN_21, SCAN_22, true),
                new SeenBackup(next, SCAN_22, SCAN_22, true));
    }

    @Test
    void aBackupRotatedOffTheDeviceStaysInTheHistory() {
        BackupSet oldest = set("msgstore-2026-11-14.1.db.crypt14", day(14), 90);
        BackupSet kept = set("msgstore-2026-11-20.1.db.crypt14", day(20), 100);
        BackupSet newest = set("msgstore.db.crypt14", day(21), 120);
        history.record("phone", inventory(oldest, kept), SCAN_21);

        history.record("phone", inventory(kept, newest), SCAN_22);

        assertThat(history.history("phone")).containsExactly(
                new SeenBackup(oldest, SCAN_21, SCAN_21, false),
                new SeenBackup(kept, SCAN_21, SCAN_22, true),
                new SeenBackup(newest, SCAN_22, SCAN_22, true));
    }

    @Test
    void setsSharingATimeAreKeptApartByName() {
        BackupSet daily = set("daily.0", day(20), 100);
        BackupSet weekly = set("weekly.0", day(20), 100);

        history.record("phone", inventory(daily, weekly), SCAN_21);
        history.record("phone", inventory(daily, weekly), SCAN_22);

        assertThat(history.history("phone")).containsExactly(
                new SeenBackup(daily, SCAN_21, SCAN_22, true),
                new SeenBackup(weekly, SCAN_21, SCAN_22, true));
    }

    @Test
    void aScanRecordedLateDoesNotRewindWhatALaterScanSaw() {
        // vigie scan --now can record a scan older than the last one.
        BackupSet nowRenamed = set("msgstore-2026-11-20.1.db.crypt14", day(20), 100);
        history.record("phone", inventory(nowRenamed), SCAN_22);

        history.record("phone", inventory(set("msgstore.db.crypt14", day(20), 100)), SCAN_21);

        assertThat(history.history("phone")).containsExactly(new SeenBackup(nowRenamed, SCAN_21, SCAN_22, true));
    }

    @Test
    void theLatestScanIsSummedUpWithItsWarnings() {
        ScanWarning orphan = ScanWarning.of(WarningCode.ORPHAN_FILE, "Databases/stray.tmp");
        ScanWarning future = ScanWarning.of(WarningCode.FUTURE_TIME, "Databases/x.crypt14", "2027-01-01T00:00:00Z");
        history.record("phone", inventory(set("a.crypt14", day(19), 1)), SCAN_21);

        history.record("phone", inventory(List.of(orphan, future), set("a.crypt14", day(19), 1),
                set("b.crypt14", day(21), 2)), SCAN_22);

        assertThat(history.latestScan("phone")).contains(new RecordedScan(SCAN_22, Layout.WHATSAPP_ANDROID, 5, 2,
                Optional.of(day(21)), List.of(orphan, future)));
    }

    @Test
    void anEmptyScanIsStillTheLatestScan() {
        history.record("phone", inventory(set("a.crypt14", day(19), 1)), SCAN_21);

        history.record("phone", inventory(), SCAN_22);

        assertThat(history.latestScan("phone")).contains(
                new RecordedScan(SCAN_22, Layout.WHATSAPP_ANDROID, 3, 0, Optional.empty(), List.of()));
        assertThat(history.history("phone")).extracting(SeenBackup::inLatestScan).containsExactly(false);
    }

    @Test
    void aSourceNeverScannedHasNoHistoryAndNoLatestScan() {
        assertThat(history.history("phone")).isEmpty();
        assertThat(history.latestScan("phone")).isEmpty();
    }

    @Test
    void anUnknownSourceIsAnInputProblem() {
        Inventory inventory = inventory(set("a.crypt14", day(19), 1));

        assertThatThrownBy(() -> history.record("ghost", inventory, SCAN_21)).isInstanceOfSatisfying(
                InputProblem.class, p -> assertThat(p.messageKey()).isEqualTo("error.source.unknown"));
        assertThatThrownBy(() -> history.history("ghost")).isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> history.latestScan("ghost")).isInstanceOf(InputProblem.class);
    }

    @Test
    void aScanThatFailsHalfwayLeavesNoTraceAndTheEarlierOnesIntact() throws Exception {
        BackupSet first = set("msgstore.db.crypt14", day(20), 100);
        history.record("phone", inventory(first), SCAN_21);
        // The warnings are written last: by then the scan row, the sets and their links are already in.
        store.write(c -> {
            Transactions.execute(c, """
                    CREATE TRIGGER fail_on_warnings BEFORE INSERT ON scan_warnings
                    BEGIN SELECT RAISE(ABORT, 'simulated failure'); END""");
            return null;
        });
        Inventory second = inventory(List.of(ScanWarning.of(WarningCode.ORPHAN_FILE, "x")),
                set("msgstore-2026-11-20.1.db.crypt14", day(20), 100), set("msgstore.db.crypt14", day(21), 120));

        assertThatThrownBy(() -> history.record("phone", second, SCAN_22)).isInstanceOf(StoreException.class)
                .hasMessageContaining("simulated failure");

        assertThat(count(store.file(), "scans")).isEqualTo(1);
        assertThat(count(store.file(), "backup_sets")).isEqualTo(1);
        assertThat(count(store.file(), "scan_backups")).isEqualTo(1);
        assertThat(history.history("phone")).containsExactly(new SeenBackup(first, SCAN_21, SCAN_21, true));

        // The connection is usable again once the cause is gone.
        store.write(c -> {
            Transactions.execute(c, "DROP TRIGGER fail_on_warnings");
            return null;
        });
        history.record("phone", second, SCAN_22);
        assertThat(history.history("phone")).hasSize(2);
    }
}
