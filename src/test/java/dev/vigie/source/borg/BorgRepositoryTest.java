package dev.vigie.source.borg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Borg;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.verify.VerifyDepth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BorgRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T01:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-17T01:00:00Z");

    @TempDir
    Path dir;

    private BorgRepository borg;

    @BeforeEach
    void setUp() {
        TestRepositories.assumeInstalled(ToolVersions.BORG);
        borg = new BorgRepository(TestRepositories.setup(dir.resolve("cache")));
    }

    @Test
    void eachArchiveIsOneBackupSetAtItsTimestampWithTheNewestsSize() throws IOException {
        Borg repo = Borg.init(dir.resolve("repo"))
                .create("web-tuesday", TUESDAY, TestRepositories.data(dir, "b", "twelve bytes"))
                .create("web-monday", MONDAY, TestRepositories.data(dir, "a", "hello"));

        Inventory inventory = borg.scan(location(repo), withPassword(TestRepositories.PASSWORD), ScanProgress.NONE);

        assertThat(inventory.layout()).isEqualTo(Layout.BORG_REPOSITORY);
        assertThat(inventory.backups()).extracting(BackupSet::name).containsExactly("web-monday", "web-tuesday");
        assertThat(inventory.backups()).extracting(BackupSet::time).containsExactly(MONDAY, TUESDAY);
        BackupSet newest = inventory.backups().get(1);
        assertThat(newest.sizeBytes()).isEqualTo("twelve bytes".length());
        assertThat(newest.fileCount()).isEqualTo(1);
        assertThat(newest.sizeKnown()).isTrue();
        assertThat(inventory.backups().get(0).sizeKnown()).isFalse();
        assertThat(newest.details()).containsKeys("id", "hostname", "username");
    }

    @Test
    void aPrefixWatchesOnlyTheArchivesNamedSo() throws IOException {
        Path data = TestRepositories.data(dir, "a", "hello");
        Borg repo = Borg.init(dir.resolve("repo")).create("web-1", MONDAY, data).create("db-1", TUESDAY, data);
        RepositoryAccess webOnly = new RepositoryAccess(Optional.of(passwordFile(TestRepositories.PASSWORD)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("web-"));

        Inventory inventory = borg.scan(location(repo), webOnly, ScanProgress.NONE);

        assertThat(inventory.backups()).extracting(BackupSet::name).containsExactly("web-1");
    }

    @Test
    void aWrongPassphraseIsOneClearProblem() throws IOException {
        Borg repo = Borg.init(dir.resolve("repo")).create("a", MONDAY, TestRepositories.data(dir, "a", "x"));

        assertThatThrownBy(() -> borg.scan(location(repo), withPassword("wrong"), ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.repo.password"));
    }

    @Test
    void aPasswordCommandIsRunByBorg() throws IOException {
        Borg repo = Borg.init(dir.resolve("repo")).create("a", MONDAY, TestRepositories.data(dir, "a", "x"));
        Path file = Path.of(passwordFile(TestRepositories.PASSWORD));
        RepositoryAccess command = new RepositoryAccess(Optional.empty(), Optional.of("cat " + file),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(borg.scan(location(repo), command, ScanProgress.NONE).backups()).hasSize(1);
    }

    @Test
    void aMissingRepositoryIsSaidToBeMissing() {
        RepositoryLocation nowhere = RepositoryLocation.parse("borg:" + dir.resolve("nowhere")).orElseThrow();

        assertThatThrownBy(() -> borg.scan(nowhere, withPassword(TestRepositories.PASSWORD), ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.repo.notFound"));
    }

    @Test
    void aDamagedSegmentMakesItsArchiveUnreadableToADryRunExtract() throws IOException {
        Borg repo = Borg.init(dir.resolve("repo"))
                .create("monday", MONDAY, TestRepositories.randomData(dir, "a", 64 * 1024));
        Path mondaySegment = biggestSegment(repo.repo());
        repo.create("tuesday", TUESDAY, TestRepositories.randomData(dir, "b", 32 * 1024));
        TestRepositories.damage(mondaySegment);
        RepositoryAccess access = withPassword(TestRepositories.PASSWORD);
        List<BackupSet> archives = borg.scan(location(repo), access, ScanProgress.NONE).backups();

        List<Finding> full = borg.verify(location(repo), access, archives, VerifyDepth.FULL, TUESDAY,
                ScanProgress.NONE);

        assertThat(full).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("archive-unreadable");
            assertThat(f.backup()).contains("monday");
            assertThat(f.args().get(0)).contains("integrity");
        });
        assertThat(borg.verify(location(repo), access, archives, VerifyDepth.QUICK, TUESDAY, ScanProgress.NONE))
                .isEmpty();
    }

    @Test
    void scanningAndCheckingLeaveEveryFileOfTheRepositoryUnchanged() throws IOException {
        Borg repo = Borg.init(dir.resolve("repo"))
                .create("monday", MONDAY, TestRepositories.data(dir, "a", "a"))
                .create("tuesday", TUESDAY, TestRepositories.data(dir, "b", "b"));
        Map<String, String> before = TestRepositories.hashes(repo.repo());
        RepositoryAccess access = withPassword(TestRepositories.PASSWORD);

        List<BackupSet> archives = borg.scan(location(repo), access, ScanProgress.NONE).backups();
        for (VerifyDepth depth : List.of(VerifyDepth.QUICK, VerifyDepth.FULL, VerifyDepth.sample(50))) {
            assertThat(borg.verify(location(repo), access, archives, depth, TUESDAY, ScanProgress.NONE)).isEmpty();
        }

        assertThat(TestRepositories.hashes(repo.repo())).isEqualTo(before);
    }

    private RepositoryAccess withPassword(String password) throws IOException {
        return new RepositoryAccess(Optional.of(passwordFile(password)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private String passwordFile(String password) throws IOException {
        return TestRepositories.passwordFile(dir, password).toString();
    }

    private static RepositoryLocation location(Borg repo) {
        return RepositoryLocation.parse("borg:" + repo.repo()).orElseThrow();
    }

    private static Path biggestSegment(Path repo) throws IOException {
        try (Stream<Path> files = Files.walk(repo.resolve("data"))) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow();
        }
    }
}
