package dev.vigie.source.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatsAppReaderTest {

    private static final ZoneId PARIS = Paris.ZONE;
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path dir;


    private Inventory scan(Path root) {
        return new LocalScanner().scan(root, Optional.empty(), PARIS, NOW, ScanProgress.NONE);
    }

    private Inventory scan(Path root, Layout layout) {
        return new LocalScanner().scan(root, Optional.of(layout), PARIS, NOW, ScanProgress.NONE);
    }

    @Test
    void latestAndDatedCopiesAreSetsOldestFirstWithContactsJoiningTheLatest() {
        Path root = TreeBuilder.in(dir.resolve("Databases"))
                .file("msgstore.db.crypt14", 3000, Paris.at("2026-11-21T02:03:10"))
                .file("wa.db.crypt14", 500, Paris.at("2026-11-21T02:03:12"))
                .file("msgstore-2026-11-20.1.db.crypt14", 2900, Paris.at("2026-11-20T02:01:00"))
                .file("msgstore-2026-11-19.1.db.crypt14", 2800, Paris.at("2026-11-19T02:02:00"))
                .file(".nomedia", 0, Paris.at("2026-01-01T00:00:00"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.layout()).isEqualTo(Layout.WHATSAPP_ANDROID);
        assertThat(inv.backups()).extracting(BackupSet::name).containsExactly(
                "msgstore-2026-11-19.1.db.crypt14", "msgstore-2026-11-20.1.db.crypt14", "msgstore.db.crypt14");
        BackupSet latest = inv.latest().orElseThrow();
        assertThat(latest.time()).isEqualTo(Paris.at("2026-11-21T02:03:10"));
        assertThat(latest.paths()).containsExactly("msgstore.db.crypt14", "wa.db.crypt14");
        assertThat(latest.sizeBytes()).isEqualTo(3500);
        assertThat(latest.fileCount()).isEqualTo(2);
        assertThat(latest.timeSource()).isEqualTo(TimeSource.MTIME);
        assertThat(latest.details()).containsEntry("role", "latest").containsEntry("crypt", "crypt14");
        assertThat(inv.backups().get(0).details()).containsEntry("role", "dated");
        assertThat(inv.warnings()).isEmpty();
    }

    @Test
    void businessFolderIsFoundFromTheTopOfAPhoneCopy() {
        String databases = "Android/media/com.whatsapp.w4b/WhatsApp Business/Databases/";
        Path root = TreeBuilder.in(dir.resolve("phone"))
                .file(databases + "msgstore.db.crypt15", 100, Paris.at("2026-11-21T02:00:00"))
                .file("Android/data/other.app/cache.bin", 100, Paris.at("2026-11-21T02:00:00"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.layout()).isEqualTo(Layout.WHATSAPP_BUSINESS_ANDROID);
        assertThat(inv.backups()).singleElement()
                .satisfies(b -> assertThat(b.paths()).containsExactly(databases + "msgstore.db.crypt15"));
    }

    @Test
    void copiesThatAllCarryTheCopyTimeAreDatedByTheirNamesAtTwoInTheMorning() {
        Instant copyTime = Paris.at("2026-11-21T09:42:00");
        Path root = TreeBuilder.in(dir.resolve("WhatsApp/Databases"))
                .file("msgstore.db.crypt15", 300, copyTime)
                .file("msgstore-2026-11-20.1.db.crypt15", 300, copyTime.plusSeconds(1))
                .file("msgstore-2026-11-18.1.db.crypt15", 300, copyTime.plusSeconds(2))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.backups()).extracting(BackupSet::time).containsExactly(
                Paris.at("2026-11-18T02:00"), Paris.at("2026-11-20T02:00"), copyTime);
        assertThat(inv.backups()).extracting(BackupSet::timeSource)
                .containsExactly(TimeSource.NAME, TimeSource.NAME, TimeSource.MTIME);
        assertThat(inv.warnings()).extracting(ScanWarning::code).containsExactlyInAnyOrder(
                WarningCode.TIME_FROM_NAME, WarningCode.TIME_FROM_NAME, WarningCode.COPY_TIME);
        assertThat(inv.warnings()).filteredOn(w -> w.code() == WarningCode.COPY_TIME)
                .singleElement().extracting(ScanWarning::path).isEqualTo("msgstore.db.crypt15");
    }

    @Test
    void onlyTheCopyWhoseTimeDisagreesWithItsNameByMoreThanADayIsDatedByName() {
        Path root = TreeBuilder.in(dir.resolve("Databases"))
                .file("msgstore.db.crypt14", 300, Paris.at("2026-11-21T02:05"))
                .file("msgstore-2026-11-20.1.db.crypt14", 300, Paris.at("2026-11-20T02:04"))
                .file("msgstore-2026-11-15.1.db.crypt14", 300, Paris.at("2026-11-17T09:30"))
                .build();

        Inventory inv = scan(root);

        BackupSet oldest = inv.backups().get(0);
        assertThat(oldest.name()).isEqualTo("msgstore-2026-11-15.1.db.crypt14");
        assertThat(oldest.time()).isEqualTo(Paris.at("2026-11-15T02:00"));
        assertThat(oldest.timeSource()).isEqualTo(TimeSource.NAME);
        assertThat(inv.backups().get(1).timeSource()).isEqualTo(TimeSource.MTIME);
        assertThat(inv.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.TIME_FROM_NAME);
            assertThat(w.path()).isEqualTo("msgstore-2026-11-15.1.db.crypt14");
        });
    }

    @Test
    void twoInTheMorningOnTheNightClocksGoBackIsReadAsTheFirstTwoAndSaidSo() {
        Instant copyTime = Paris.at("2026-11-21T09:00");
        Path root = TreeBuilder.in(dir.resolve("Databases"))
                .file("msgstore-2026-10-25.1.db.crypt14", 300, copyTime)
                .file("msgstore-2026-03-29.1.db.crypt14", 300, copyTime)
                .build();

        Inventory inv = scan(root);

        // 25 Oct 2026, Paris: 02:00 happens twice (CEST then CET); 29 Mar 2026: 02:00 does not exist.
        assertThat(inv.backups()).extracting(BackupSet::time).containsExactly(
                Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(inv.warnings()).extracting(ScanWarning::code)
                .contains(WarningCode.DST_GAP, WarningCode.DST_OVERLAP);
    }

    @Test
    void aContactsFileFarFromAnyBackupIsReportedAndNotCounted() {
        Path root = TreeBuilder.in(dir.resolve("Databases"))
                .file("msgstore.db.crypt14", 300, Paris.at("2026-11-21T02:05"))
                .file("wa.db.crypt14", 50, Paris.at("2026-11-10T02:05"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.backups()).singleElement().satisfies(b -> assertThat(b.fileCount()).isEqualTo(1));
        assertThat(inv.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.ORPHAN_FILE);
            assertThat(w.path()).isEqualTo("wa.db.crypt14");
        });
    }

    @Test
    void withBothAppsPresentTheChosenLayoutDecidesAndTheOtherIsMentioned() {
        Path root = TreeBuilder.in(dir.resolve("media"))
                .file("com.whatsapp/WhatsApp/Databases/msgstore.db.crypt15", 100, Paris.at("2026-11-21T02:00"))
                .file("com.whatsapp.w4b/WhatsApp Business/Databases/msgstore.db.crypt15", 200,
                        Paris.at("2026-11-21T02:10"))
                .build();

        Inventory auto = scan(root);
        Inventory business = scan(root, Layout.WHATSAPP_BUSINESS_ANDROID);

        assertThat(auto.layout()).isEqualTo(Layout.WHATSAPP_ANDROID);
        assertThat(auto.latest().orElseThrow().sizeBytes()).isEqualTo(100);
        assertThat(auto.warnings()).extracting(ScanWarning::code).containsExactly(WarningCode.SEVERAL_FOLDERS);
        assertThat(business.layout()).isEqualTo(Layout.WHATSAPP_BUSINESS_ANDROID);
        assertThat(business.latest().orElseThrow().sizeBytes()).isEqualTo(200);
    }
}
