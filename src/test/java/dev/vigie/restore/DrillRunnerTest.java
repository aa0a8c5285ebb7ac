package dev.vigie.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.TimeSource;
import dev.vigie.drill.DrillCancelledException;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.drill.DrillProgress;
import dev.vigie.testing.TreeHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillRunnerTest {

    private static final Instant TIME = Instant.parse("2026-11-20T01:00:00Z");

    @TempDir
    Path source;
    @TempDir
    Path sandboxes;

    private final DrillRunner runner = new DrillRunner(FreeSpace.DISK, Clock.systemUTC());

    @BeforeEach
    void nothingYet() throws IOException {
        assertThat(list(sandboxes)).isEmpty();
    }

    @Test
    void zipIsRestoredWholeAndEveryEntryChecksOut() throws Exception {
        Files.write(source.resolve("b.zip"), DrillBackups.zip(1));

        RestoreReport report = run(set("b.zip"), 100);

        assertThat(report.findings()).isEmpty();
        assertThat(report.filesChosen()).isEqualTo(4);
        assertThat(report.filesIntact()).isEqualTo(4);
        assertThat(report.bytesRestored()).isGreaterThan(20_000);
        assertThat(report.outcome()).isEqualTo(DrillOutcome.RESTORED);
        assertThat(list(sandboxes)).as("the sandbox is deleted").isEmpty();
    }

    @Test
    void damagedZipMemberIsFoundByItsCrcAndTheOthersStillRestore() throws Exception {
        byte[] zip = DrillBackups.zip(2);
        Path file = Files.write(source.resolve("b.zip"), zip);
        DrillBackups.flip(file, DrillBackups.markerOffset(zip) + 5_000);

        RestoreReport report = run(set("b.zip"), 100);

        assertThat(report.findings()).extracting(Finding::code, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DrillRunner.CRC_MISMATCH,
                        "b.zip/photos/photo.bin"));
        assertThat(report.filesIntact()).isEqualTo(3);
        assertThat(report.outcome()).isEqualTo(DrillOutcome.PARTLY);
    }

    @Test
    void tarAndGzippedTarAreRestoredAndCounted() throws Exception {
        Files.write(source.resolve("a.tar"), DrillBackups.tar(3, false));
        Files.write(source.resolve("a.tar.gz"), DrillBackups.tar(3, true));

        RestoreReport report = run(set("a.tar", "a.tar.gz"), 100);

        assertThat(report.findings()).isEmpty();
        assertThat(report.filesIntact()).isEqualTo(6);
        assertThat(report.bytesRestored()).isEqualTo(2 * (30_000 + 2L * "ligne 0\n".length() * 200));
    }

    @Test
    void gzippedTarCutShortIsNotRestoredWhole() throws Exception {
        byte[] tgz = DrillBackups.tar(4, true);
        Files.write(source.resolve("a.tgz"), java.util.Arrays.copyOf(tgz, tgz.length - 20));

        RestoreReport report = run(set("a.tgz"), 100);

        assertThat(report.findings()).isNotEmpty();
        assertThat(report.outcome()).isNotEqualTo(DrillOutcome.RESTORED);
    }

    @Test
    void datedFolderWithSqliteIsCopiedAndItsDatabasePassesIntegrityCheck() throws Exception {
        Path day = Files.createDirectories(source.resolve("2026-11-20"));
        Files.write(day.resolve("clients.db"), DrillBackups.sqlite());
        Files.writeString(Files.createDirectories(day.resolve("docs")).resolve("devis.txt"), "devis");

        RestoreReport report = run(set("2026-11-20"), 100);

        assertThat(report.findings()).isEmpty();
        assertThat(report.filesIntact()).isEqualTo(2);
    }

    @Test
    void damagedSqliteDatabaseFailsIntegrityCheckOnTheRestoredCopy() throws Exception {
        byte[] db = DrillBackups.sqlite();
        Path file = Files.write(source.resolve("shop-2026-11-20.sqlite"), db);
        DrillBackups.flip(file, DrillBackups.sqliteSecondPage(db));

        RestoreReport report = run(set("shop-2026-11-20.sqlite"), 100);

        assertThat(report.findings()).extracting(Finding::code).containsExactly(DrillRunner.SQLITE_DAMAGED);
        assertThat(report.outcome()).isEqualTo(DrillOutcome.NOT_RESTORED);
    }

    @Test
    void sampleRestoresOnlyItsShareOfTheFiles() throws Exception {
        Path day = Files.createDirectories(source.resolve("day"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(day.resolve("f" + i + ".txt"), "file " + i);
        }

        RestoreReport report = run(set("day"), 10);

        assertThat(report.filesInBackup()).isEqualTo(20);
        assertThat(report.filesChosen()).isEqualTo(2);
        assertThat(report.filesIntact()).isEqualTo(2);
    }

    @Test
    void fullDiskIsRefusedBeforeAnythingIsWritten() throws Exception {
        Files.write(source.resolve("b.zip"), DrillBackups.zip(5));
        DrillRunner tight = new DrillRunner(folder -> 1_000_000, Clock.systemUTC());

        assertThatThrownBy(() -> tight.run(new LocalRestorer(source), set("b.zip"), 100, 0, sandboxes,
                DrillProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.drill.noRoom");
                    assertThat(p.args().get(0)).isEqualTo(sandboxes.toString());
                    assertThat((Long) p.args().get(1)).as("MB needed").isGreaterThan(16L);
                    assertThat(p.args().get(2)).as("MB free").isEqualTo(1L);
                });
        assertThat(list(sandboxes)).isEmpty();
    }

    @Test
    void cancelStopsTheRestoreAndDeletesTheSandbox() throws Exception {
        Path day = Files.createDirectories(source.resolve("day"));
        for (int i = 0; i < 5; i++) {
            Files.write(day.resolve("f" + i + ".bin"), DrillBackups.random(100_000, i));
        }
        int[] restored = {0};
        DrillProgress cancelAfterFirst = new DrillProgress() {
            @Override
            public void checking(String file) {
                restored[0]++;
            }

            @Override
            public boolean isCancelled() {
                return restored[0] >= 1;
            }
        };

        assertThatThrownBy(() -> runner.run(new LocalRestorer(source), set("day"), 100, 0, sandboxes,
                cancelAfterFirst)).isInstanceOf(DrillCancelledException.class);
        assertThat(restored[0]).isEqualTo(1);
        assertThat(list(sandboxes)).isEmpty();
    }

    @Test
    void sourceIsOnlyRead() throws Exception {
        Files.write(source.resolve("b.zip"), DrillBackups.zip(6));
        Files.write(source.resolve("a.tar.gz"), DrillBackups.tar(6, true));
        Path day = Files.createDirectories(source.resolve("2026-11-20"));
        Files.write(day.resolve("clients.db"), DrillBackups.sqlite());
        String before = TreeHash.of(source);

        run(set("b.zip", "a.tar.gz", "2026-11-20"), 100);

        assertThat(TreeHash.of(source)).isEqualTo(before);
    }

    @Test
    void memberNamedToEscapeTheSandboxIsRefused() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../escaped.txt"));
            zip.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(source.resolve("evil.zip"), bytes.toByteArray());

        RestoreReport report = run(set("evil.zip"), 100);

        assertThat(report.findings()).extracting(Finding::code).containsExactly(DrillRunner.NOT_RESTORED);
        assertThat(sandboxes.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(source.getParent().resolve("escaped.txt")).doesNotExist();
    }

    private RestoreReport run(BackupSet backup, int percent) {
        return runner.run(new LocalRestorer(source), backup, percent, 42, sandboxes, DrillProgress.NONE);
    }

    private static BackupSet set(String... paths) {
        return new BackupSet(TIME, paths[0], List.of(paths), 0, paths.length, TimeSource.MTIME, Map.of());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
