package dev.vigie.source.restic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.health.ThreeTwoOne;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolRunner;
import dev.vigie.source.tool.ToolSetup;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.verify.VerifyDepth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResticRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T01:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-17T01:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T01:30:00Z");

    @TempDir
    Path dir;

    private Path passwordFile;
    private ResticRepository restic;

    @BeforeEach
    void setUp() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        passwordFile = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        restic = new ResticRepository(TestRepositories.setup(dir.resolve("cache")));
    }

    @Test
    void eachSnapshotIsOneBackupSetAtItsOwnTimeNamedByItsShortId() throws IOException {
        Path data = TestRepositories.data(dir, "data", "hello");
        Restic repo = Restic.init(dir.resolve("repo"), passwordFile)
                .backup(data, TUESDAY, "web1", "daily").backup(data, MONDAY, "web1");

        Inventory inventory = restic.scan(location(repo), withPasswordFile(), ScanProgress.NONE);

        assertThat(inventory.layout()).isEqualTo(Layout.RESTIC_REPOSITORY);
        assertThat(inventory.source()).isEqualTo("restic:" + repo.repo());
        assertThat(inventory.backups()).extracting(BackupSet::time).containsExactly(MONDAY, TUESDAY);
        BackupSet tuesday = inventory.backups().get(1);
        assertThat(tuesday.name()).hasSize(8).isEqualTo(tuesday.details().get("id").toString().substring(0, 8));
        assertThat(tuesday.details()).containsEntry("hostname", "web1").containsEntry("tags", "daily")
                .containsEntry("paths", data.toString()).containsKey("tree");
        assertThat(tuesday.paths()).containsExactly(data.toString());
    }

    @Test
    void twoHostsInOneRepositoryAreWatchedApartWithHost() throws IOException {
        Path data = TestRepositories.data(dir, "data", "hello");
        Restic repo = Restic.init(dir.resolve("repo"), passwordFile)
                .backup(data, MONDAY, "web1").backup(data, TUESDAY, "web2").backup(data, WEDNESDAY, "web1");

        Inventory web1 = restic.scan(location(repo), withHost("web1"), ScanProgress.NONE);
        Inventory web2 = restic.scan(location(repo), withHost("web2"), ScanProgress.NONE);

        assertThat(web1.backups()).extracting(BackupSet::time).containsExactly(MONDAY, WEDNESDAY);
        assertThat(web2.backups()).extracting(BackupSet::time).containsExactly(TUESDAY);
    }

    @Test
    void aWrongPasswordIsOneClearProblem() throws IOException {
        Restic repo = Restic.init(dir.resolve("repo"), passwordFile)
                .backup(TestRepositories.data(dir, "data", "x"), MONDAY, "web1");
        Path wrong = TestRepositories.passwordFile(dir, "not the password");
        RepositoryAccess access = new RepositoryAccess(Optional.of(wrong.toString()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> restic.scan(location(repo), access, ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.repo.password");
                    assertThat(p.args()).containsExactly("restic:" + repo.repo());
                });
    }

    @Test
    void aMissingRepositoryIsSaidToBeMissing() {
        RepositoryLocation nowhere = RepositoryLocation.parse("restic:" + dir.resolve("nowhere")).orElseThrow();

        assertThatThrownBy(() -> restic.scan(nowhere, withPasswordFile(), ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.repo.notFound"));
    }

    @Test
    void anUnreachableServerIsSaidToBeUnreachableNotMissing() {
        // Port 1 on the loopback: nothing listens, the connection is refused at once.
        RepositoryLocation server = RepositoryLocation.parse("restic:rest:http://127.0.0.1:1/").orElseThrow();

        assertThatThrownBy(() -> restic.scan(server, withPasswordFile(), ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.repo.network");
                    assertThat(p.args().get(1).toString()).contains("connection refused");
                });
    }

    @Test
    void aDamagedPackIsFoundByReadingTheDataNotByTheStructureCheck() throws IOException {
        Restic repo = Restic.init(dir.resolve("repo"), passwordFile)
                .backup(TestRepositories.randomData(dir, "data", 64 * 1024), MONDAY, "web1");
        Path biggestPack = packs(repo.repo()).max(Comparator.comparingLong(ResticRepositoryTest::size))
                .orElseThrow();
        TestRepositories.damage(biggestPack);

        List<Finding> quick = restic.verify(location(repo), withPasswordFile(), VerifyDepth.QUICK, MONDAY,
                ScanProgress.NONE);
        List<Finding> full = restic.verify(location(repo), withPasswordFile(), VerifyDepth.FULL, MONDAY,
                ScanProgress.NONE);

        assertThat(quick).isEmpty();
        assertThat(full).isNotEmpty().allSatisfy(f -> assertThat(f.code()).isEqualTo("pack-damaged"));
        assertThat(full.get(0).path()).endsWith(biggestPack.getFileName().toString());
        assertThat(full.get(0).args().get(0)).contains("Pack ID does not match");
    }

    @Test
    void aSoundRepositoryPassesEveryDepth() throws IOException {
        Restic repo = Restic.init(dir.resolve("repo"), passwordFile)
                .backup(TestRepositories.data(dir, "data", "fine"), MONDAY, "web1");

        for (VerifyDepth depth : List.of(VerifyDepth.QUICK, VerifyDepth.FULL, VerifyDepth.sample(30))) {
            assertThat(restic.verify(location(repo), withPasswordFile(), depth, MONDAY, ScanProgress.NONE))
                    .as(depth.id()).isEmpty();
        }
    }

    @Test
    void scanningAndCheckingLeaveEveryFileOfTheRepositoryUnchanged() throws IOException {
        Restic repo = Restic.init(dir.resolve("repo"), passwordFile)
                .backup(TestRepositories.data(dir, "data", "a"), MONDAY, "web1")
                .backup(TestRepositories.data(dir, "data2", "b"), TUESDAY, "web2");
        Map<String, String> before = TestRepositories.hashes(repo.repo());

        restic.scan(location(repo), withPasswordFile(), ScanProgress.NONE);
        for (VerifyDepth depth : List.of(VerifyDepth.QUICK, VerifyDepth.FULL, VerifyDepth.sample(50))) {
            restic.verify(location(repo), withPasswordFile(), depth, TUESDAY, ScanProgress.NONE);
        }

        assertThat(TestRepositories.hashes(repo.repo())).isEqualTo(before);
    }

    @Test
    void aSnapshotCopiedToAnotherRepositoryIsTheSameBackupAsItsOriginal() throws IOException {
        Restic first = Restic.init(dir.resolve("first"), passwordFile)
                .backup(TestRepositories.data(dir, "data", "a"), MONDAY, "web1");
        Restic second = Restic.init(dir.resolve("second"), passwordFile);
        first.copyTo(second.repo());

        BackupSet original = restic.scan(location(first), withPasswordFile(), ScanProgress.NONE).backups().get(0);
        BackupSet copy = restic.scan(location(second), withPasswordFile(), ScanProgress.NONE).backups().get(0);

        assertThat(copy.details().get("id")).isNotEqualTo(original.details().get("id"));
        assertThat(copy.details()).containsEntry(ResticRepository.ORIGINAL, original.details().get("id"));
        assertThat(copy.details().get(ThreeTwoOne.SAME_AS)).isEqualTo(original.details().get(ThreeTwoOne.SAME_AS))
                .isEqualTo(original.details().get("id"));
        assertThat(copy.name()).isEqualTo(copy.details().get("id").toString().substring(0, 8));
        assertThat(copy.time()).isEqualTo(original.time());
    }

    @Test
    void aMissingResticSaysHowToInstallIt() {
        ToolSetup nowhere = new ToolSetup(Map.of(), dir.resolve("cache"),
                Map.of(ToolVersions.RESTIC, dir.resolve("no-restic-here").toString()),
                new ToolRunner(Duration.ofSeconds(30)));
        RepositoryLocation repo = RepositoryLocation.parse("restic:" + dir).orElseThrow();

        assertThatThrownBy(() -> new ResticRepository(nowhere).scan(repo, withPasswordFile(), ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.tool.missing");
                    assertThat(p.args()).containsExactly("restic", ToolVersions.installHint("restic"));
                });
    }

    @Test
    void aSampleReadsARotatingGroupSoThatEveryPackIsReadWithinItsCycle() {
        assertThat(ResticRepository.subset(100, MONDAY)).isEqualTo("1/1");
        assertThat(ResticRepository.subset(30, MONDAY)).endsWith("/3");
        List<String> threeDays = Stream.of(0, 1, 2)
                .map(d -> ResticRepository.subset(30, MONDAY.plus(Duration.ofDays(d)))).toList();
        assertThat(threeDays).containsExactlyInAnyOrder("1/3", "2/3", "3/3");
    }

    private RepositoryAccess withPasswordFile() {
        return new RepositoryAccess(Optional.of(passwordFile.toString()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private RepositoryAccess withHost(String host) {
        return new RepositoryAccess(Optional.of(passwordFile.toString()), Optional.empty(), Optional.of(host),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static RepositoryLocation location(Restic repo) {
        return RepositoryLocation.parse("restic:" + repo.repo()).orElseThrow();
    }

    private static Stream<Path> packs(Path repo) throws IOException {
        return Files.walk(repo.resolve("data")).filter(Files::isRegularFile).toList().stream();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
