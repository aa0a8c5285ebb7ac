package dev.vigie.source.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.TimeSource;
import dev.vigie.testing.TreeBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericReaderTest {

    @TempDir
    Path dir;

    @Test
    void eachTopLevelEntryIsASetTimedByTheNewestFileInIt() {
        Path root = TreeBuilder.in(dir.resolve("exports"))
                .file("compta/janvier.csv", 100, Instant.parse("2026-11-01T10:00:00Z"))
                .file("compta/fevrier.csv", 150, Instant.parse("2026-11-03T10:00:00Z"))
                .file("clients.xlsx", 70, Instant.parse("2026-11-02T10:00:00Z"))
                .folder("compta", Instant.parse("2026-10-01T00:00:00Z"))
                .build();

        Inventory inv = new LocalScanner().scan(root, Optional.empty(), ZoneId.of("UTC"),
                Instant.parse("2026-11-21T00:00:00Z"), ScanProgress.NONE);

        assertThat(inv.layout()).isEqualTo(Layout.GENERIC);
        assertThat(inv.backups()).extracting(BackupSet::name).containsExactly("clients.xlsx", "compta");
        BackupSet compta = inv.backups().get(1);
        assertThat(compta.time()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(compta.sizeBytes()).isEqualTo(250);
        assertThat(compta.fileCount()).isEqualTo(2);
        assertThat(compta.paths()).containsExactly("compta");
        assertThat(compta.timeSource()).isEqualTo(TimeSource.MTIME);
        assertThat(inv.filesSeen()).isEqualTo(3);
    }
}
