package dev.vigie.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillCancelledException;
import dev.vigie.drill.DrillKind;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.drill.DrillProgress;
import dev.vigie.drill.DrillSample;
import dev.vigie.restore.DrillBackups;
import dev.vigie.restore.DrillRunner;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveScanner;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Borg;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.testing.TreeHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore drills on real restic and borg repositories made by the test: {@code restic restore --target} and
 * {@code borg extract} into the sandbox, every file checked against the tool's listing, the repository unchanged.
 */
class RepositoryDrillsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant OLDER = Instant.parse("2026-11-19T01:00:00Z");
    private static final Instant NEWER = Instant.parse("2026-11-20T01:00:00Z");

    @TempDir
    Path dir;

    private Workspace workspace() {
        return new Workspace(dir.resolve("vigie"), new LocalScanner(),
                new DriveScanner(DriveEndpoint.of(dir.resolve("vigie"), Map.of(), Optional.empty())),
                TestRepositories.setup(dir.resolve("cache")), Clock.fixed(NOW, UTC), "camille");
    }

    private static RepositoryAccess password(Path file) {
        return new RepositoryAccess(Optional.of(file.toString()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The office's documents: the older backup holds two files, the newer one four, a database among them. */
    private Path documents(boolean newer, byte[] database) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("invoices.txt"), newer ? "invoices of November" : "invoices of October");
        Files.write(Files.createDirectories(docs.resolve("payroll")).resolve("salaries [2026].csv"),
                DrillBackups.random(40_000, 7));
        if (newer) {
            Files.write(docs.resolve("clients.db"), database);
            Files.write(docs.resolve("payroll").resolve("bonus*.csv"), DrillBackups.random(3_000, 8));
        }
        return docs;
    }

    private Restic resticRepo(byte[] database) throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path passwordFile = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Restic repo = Restic.init(dir.resolve("restic-repo"), passwordFile);
        repo.backup(documents(false, database), OLDER, "office");
        repo.backup(documents(true, database), NEWER, "office");
        return repo;
    }

    private Borg borgRepo(byte[] database) throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.BORG);
        Borg repo = Borg.init(dir.resolve("borg-repo"));
        repo.create("office-older", OLDER, documents(false, database));
        repo.create("office-newer", NEWER, documents(true, database));
        return repo;
    }

    private Workspace withSource(String location) throws IOException {
        Workspace workspace = workspace();
        workspace.addRepository("office", location,
                password(TestRepositories.passwordFile(dir, TestRepositories.PASSWORD)));
        return workspace;
    }

    @Test
    void resticDrillRestoresAndChecksTheNewestSnapshotAndLeavesTheRepositoryUnchanged() throws Exception {
        Restic repo = resticRepo(DrillBackups.sqlite());
        Workspace workspace = withSource("restic:" + repo.repo());
        BackupSet newest = workspace.scanSource(workspace.find("office").orElseThrow(), Optional.empty(), UTC, NOW,
                ScanProgress.NONE).latest().orElseThrow();
        String before = TreeHash.of(repo.repo());

        Drill drill = workspace.drills().run("office", Drills.Request.latestWhole(), UTC, NOW, DrillProgress.NONE);

        assertThat(drill.backup()).isEqualTo(newest.name());
        assertThat(newest.time()).isEqualTo(NEWER);
        assertThat(drill.kind()).isEqualTo(DrillKind.AUTOMATIC);
        assertThat(drill.outcome()).isEqualTo(DrillOutcome.RESTORED);
        assertThat(drill.findings()).isEmpty();
        assertThat(drill.filesRestored()).as("the newer snapshot's four files").isEqualTo(4);
        assertThat(drill.bytesRestored()).isEqualTo(Files.size(dir.resolve("docs/clients.db")) + 40_000 + 3_000
                + "invoices of November".length());
        assertThat(workspace.drills().list("office")).containsExactly(drill);
        assertThat(TreeHash.of(repo.repo())).as("repository byte for byte unchanged").isEqualTo(before);
        assertThat(sandboxes()).as("sandbox deleted").isEmpty();
    }

    @Test
    void borgDrillExtractsAndChecksTheNewestArchiveAndLeavesTheRepositoryUnchanged() throws Exception {
        Borg repo = borgRepo(DrillBackups.sqlite());
        Workspace workspace = withSource("borg:" + repo.repo());
        String before = TreeHash.of(repo.repo());

        Drill drill = workspace.drills().run("office", Drills.Request.latestWhole(), UTC, NOW, DrillProgress.NONE);

        assertThat(drill.backup()).isEqualTo("office-newer");
        assertThat(drill.outcome()).isEqualTo(DrillOutcome.RESTORED);
        assertThat(drill.findings()).isEmpty();
        assertThat(drill.filesRestored()).isEqualTo(4);
        assertThat(workspace.drills().list("office")).containsExactly(drill);
        assertThat(TreeHash.of(repo.repo())).as("repository byte for byte unchanged").isEqualTo(before);
        assertThat(sandboxes()).as("sandbox deleted").isEmpty();
    }

    @Test
    void resticSampleRestoresOnlyTheChosenFiles() throws Exception {
        Restic repo = resticRepo(DrillBackups.sqlite());
        Workspace workspace = withSource("restic:" + repo.repo());

        // restic lists a folder's files by name; the sample must hold the name restic would read as a pattern.
        List<String> listed = List.of("docs/clients.db", "docs/invoices.txt", "docs/payroll/bonus*.csv",
                "docs/payroll/salaries [2026].csv");
        long seed = 0;
        while (!DrillSample.choose(listed, 50, seed).contains("docs/payroll/salaries [2026].csv")) {
            seed++;
        }

        Drill drill = workspace.drills().run("office",
                new Drills.Request(Optional.empty(), 50, Optional.empty(), seed), UTC, NOW, DrillProgress.NONE);

        // restic restoring more or fewer than the two --include'd files would be a finding.
        assertThat(drill.findings()).isEmpty();
        assertThat(drill.filesRestored()).isEqualTo(2);
        assertThat(drill.outcome()).isEqualTo(DrillOutcome.RESTORED);
    }

    @Test
    void borgSampleExtractsOnlyTheChosenFiles() throws Exception {
        Borg repo = borgRepo(DrillBackups.sqlite());
        Workspace workspace = withSource("borg:" + repo.repo());

        Drill drill = workspace.drills().run("office", new Drills.Request(Optional.empty(), 50, Optional.empty(), 3),
                UTC, NOW, DrillProgress.NONE);

        assertThat(drill.findings()).isEmpty();
        assertThat(drill.filesRestored()).isEqualTo(2);
        assertThat(drill.outcome()).isEqualTo(DrillOutcome.RESTORED);
    }

    @Test
    void aDamagedDatabaseInsideASnapshotIsFoundByTheIntegrityCheck() throws Exception {
        byte[] database = damagedDatabase();
        Restic restic = resticRepo(database);
        Workspace workspace = withSource("restic:" + restic.repo());

        Drill drill = workspace.drills().run("office", Drills.Request.latestWhole(), UTC, NOW, DrillProgress.NONE);

        assertThat(drill.findings()).extracting(Finding::code).containsExactly(DrillRunner.SQLITE_DAMAGED);
        assertThat(drill.findings().get(0).path()).endsWith("clients.db");
        assertThat(drill.filesRestored()).isEqualTo(3);
    }

    @Test
    void aDamagedDatabaseInsideAnArchiveIsFoundByTheIntegrityCheck() throws Exception {
        Borg borg = borgRepo(damagedDatabase());
        Workspace workspace = withSource("borg:" + borg.repo());

        Drill drill = workspace.drills().run("office", Drills.Request.latestWhole(), UTC, NOW, DrillProgress.NONE);

        assertThat(drill.findings()).extracting(Finding::code).containsExactly(DrillRunner.SQLITE_DAMAGED);
        assertThat(drill.outcome()).isNotEqualTo(DrillOutcome.RESTORED);
    }

    @Test
    void aDamagedResticPackMakesTheDrillFailAndTheRepositoryIsStillUntouched() throws Exception {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path passwordFile = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Restic repo = Restic.init(dir.resolve("restic-repo"), passwordFile);
        repo.backup(TestRepositories.randomData(dir, "photos", 300_000), NEWER, "office");
        Path biggest;
        try (Stream<Path> files = Files.walk(repo.repo().resolve("data"))) {
            biggest = files.filter(Files::isRegularFile).max(Comparator.comparingLong(RepositoryDrillsTest::size))
                    .orElseThrow();
        }
        TestRepositories.damage(biggest);
        Workspace workspace = withSource("restic:" + repo.repo());
        String before = TreeHash.of(repo.repo());

        Drill drill = workspace.drills().run("office", Drills.Request.latestWhole(), UTC, NOW, DrillProgress.NONE);

        assertThat(drill.outcome()).isEqualTo(DrillOutcome.NOT_RESTORED);
        assertThat(drill.findings()).isNotEmpty();
        assertThat(drill.filesRestored()).isZero();
        assertThat(TreeHash.of(repo.repo())).isEqualTo(before);
    }

    @Test
    void aCancelledRepositoryDrillRecordsNothingAndLeavesNoSandbox() throws Exception {
        Borg repo = borgRepo(DrillBackups.sqlite());
        Workspace workspace = withSource("borg:" + repo.repo());
        AtomicBoolean cancelled = new AtomicBoolean();
        DrillProgress cancelAtFirstCheck = new DrillProgress() {
            @Override
            public void checking(String file) {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        assertThatThrownBy(() -> workspace.drills().run("office", Drills.Request.latestWhole(), UTC, NOW,
                cancelAtFirstCheck)).isInstanceOf(DrillCancelledException.class);

        assertThat(workspace.drills().list("office")).isEmpty();
        assertThat(sandboxes()).isEmpty();
    }

    @Test
    void aSandboxInsideALocalRepositoryIsRefused() throws Exception {
        Restic repo = resticRepo(DrillBackups.sqlite());
        Workspace workspace = withSource("restic:" + repo.repo());
        String before = TreeHash.of(repo.repo());

        assertThatThrownBy(() -> workspace.drills().run("office",
                new Drills.Request(Optional.empty(), 100, Optional.of(repo.repo().resolve("data")), 0), UTC, NOW,
                DrillProgress.NONE)).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.drill.intoSource");
        assertThat(TreeHash.of(repo.repo())).isEqualTo(before);
    }

    private static byte[] damagedDatabase() throws IOException, SQLException {
        byte[] database = DrillBackups.sqlite();
        int at = (int) DrillBackups.sqliteSecondPage(database);
        database[at] = (byte) (database[at] ^ 0xff);
        return database;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private List<Path> sandboxes() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("vigie").resolve(Drills.SANDBOX_FOLDER))) {
            return list.toList();
        }
    }
}
