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

class DatedSnapshotsReaderTest {

    private static final ZoneId PARIS = Paris.ZONE;
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path dir;


    private Inventory scan(Path root) {
        return new LocalScanner().scan(root, Optional.empty(), PARIS, NOW, ScanProgress.NONE);
    }

    @Test
    void weeklyArchivesAreTimedByTheirFilesWhenTheseAreFromTheNamedDay() {
        Path root = TreeBuilder.in(dir.resolve("NAS"))
                .file("sauvegarde-2026-11-15.zip", 1000, Paris.at("2026-11-15T03:04"))
                .file("sauvegarde-2026-11-08.zip", 900, Paris.at("2026-11-08T03:02"))
                .file("sauvegarde-2026-11-01.zip", 800, Paris.at("2026-11-21T08:00")) // copied later: mtime is lost
                .build();

        Inventory inv = scan(root);

        assertThat(inv.layout()).isEqualTo(Layout.DATED_SNAPSHOTS);
        assertThat(inv.backups()).extracting(BackupSet::time).containsExactly(
                Paris.at("2026-11-01T00:00"), Paris.at("2026-11-08T03:02"), Paris.at("2026-11-15T03:04"));
        assertThat(inv.backups()).extracting(BackupSet::timeSource)
                .containsExactly(TimeSource.NAME, TimeSource.MTIME, TimeSource.MTIME);
        assertThat(inv.backups()).extracting(BackupSet::sizeBytes).containsExactly(800L, 900L, 1000L);
    }

    @Test
    void entriesNamedWithTheSameTimeMakeOneSet() {
        Path root = TreeBuilder.in(dir.resolve("db"))
                .file("db-20261120-020000.sql.gz", 700, Paris.at("2026-11-20T02:01"))
                .file("db-20261120-020000.sha256", 64, Paris.at("2026-11-20T02:01"))
                .file("db-20261121-020000.sql.gz", 710, Paris.at("2026-11-21T02:01"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.backups()).hasSize(2);
        BackupSet first = inv.backups().get(0);
        assertThat(first.time()).isEqualTo(Paris.at("2026-11-20T02:00"));
        assertThat(first.timeSource()).isEqualTo(TimeSource.NAME);
        assertThat(first.paths()).containsExactly("db-20261120-020000.sha256", "db-20261120-020000.sql.gz");
        assertThat(first.fileCount()).isEqualTo(2);
        assertThat(first.sizeBytes()).isEqualTo(764);
    }

    @Test
    void timeMachineFoldersCountEverythingInside() {
        Path root = TreeBuilder.in(dir.resolve("Backups.backupdb/mac"))
                .file("2026-11-20-021500/Macintosh HD/Users/anne/doc.txt", 100, Paris.at("2026-11-19T10:00"))
                .file("2026-11-20-021500/Macintosh HD/Users/anne/photo.jpg", 400, Paris.at("2026-11-18T10:00"))
                .file("2026-11-21-021500/Macintosh HD/Users/anne/doc.txt", 120, Paris.at("2026-11-20T10:00"))
                .file("Latest", 0, Paris.at("2026-11-21T02:16"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.backups()).extracting(BackupSet::name).containsExactly("2026-11-20-021500", "2026-11-21-021500");
        assertThat(inv.backups().get(0).fileCount()).isEqualTo(2);
        assertThat(inv.backups().get(0).sizeBytes()).isEqualTo(500);
        assertThat(inv.backups().get(0).paths()).containsExactly("2026-11-20-021500");
        assertThat(inv.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.UNMATCHED);
            assertThat(w.path()).isEqualTo("Latest");
            assertThat(w.args()).containsExactly("1");
        });
    }

    @Test
    void fileHistoryCopiesDeepInAMirroredTreeAreGroupedByTheirUtcTime() {
        String docs = "Data/C/Users/anne/Documents/";
        Path root = TreeBuilder.in(dir.resolve("FileHistory"))
                .file(docs + "report (2026_11_20 02_15_00 UTC).docx", 300, Paris.at("2026-11-20T03:15"))
                .file(docs + "budget (2026_11_20 02_15_00 UTC).xlsx", 200, Paris.at("2026-11-20T03:15"))
                .file(docs + "report (2026_11_21 02_15_00 UTC).docx", 310, Paris.at("2026-11-21T03:15"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.layout()).isEqualTo(Layout.DATED_SNAPSHOTS);
        assertThat(inv.backups()).extracting(BackupSet::time).containsExactly(
                Instant.parse("2026-11-20T02:15:00Z"), Instant.parse("2026-11-21T02:15:00Z"));
        assertThat(inv.backups().get(0).fileCount()).isEqualTo(2);
        assertThat(inv.backups().get(0).name()).isEqualTo("budget (2026_11_20 02_15_00 UTC).xlsx (+1)");
    }

    @Test
    void rsnapshotFoldersAreTimedByTheirOwnModifiedTime() {
        Path root = TreeBuilder.in(dir.resolve("snapshots"))
                .file("daily.0/etc/hosts", 10, Paris.at("2026-01-01T00:00"))
                .file("daily.1/etc/hosts", 10, Paris.at("2026-01-01T00:00"))
                .file("weekly.0/etc/hosts", 10, Paris.at("2026-01-01T00:00"))
                .folder("daily.0", Paris.at("2026-11-21T03:30"))
                .folder("daily.1", Paris.at("2026-11-20T03:30"))
                .folder("weekly.0", Paris.at("2026-11-16T04:00"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.layout()).isEqualTo(Layout.DATED_SNAPSHOTS);
        assertThat(inv.backups()).extracting(BackupSet::name).containsExactly("weekly.0", "daily.1", "daily.0");
        assertThat(inv.backups()).allSatisfy(b -> assertThat(b.timeSource()).isEqualTo(TimeSource.MTIME));
        assertThat(inv.backups().get(2).time()).isEqualTo(Paris.at("2026-11-21T03:30"));
    }

    @Test
    void aNamedTimeThatTheClocksSkippedIsMovedForwardAndSaidSo() {
        Path root = TreeBuilder.in(dir.resolve("db"))
                .file("db-2026-03-29_02-30.sql", 10, Paris.at("2026-03-29T04:00"))
                .build();

        Inventory inv = scan(root);

        assertThat(inv.backups()).singleElement()
                .satisfies(b -> assertThat(b.time()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")));
        assertThat(inv.warnings()).extracting(ScanWarning::code).containsExactly(WarningCode.DST_GAP);
    }
}
