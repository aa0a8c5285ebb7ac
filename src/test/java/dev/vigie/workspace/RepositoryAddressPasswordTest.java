package dev.vigie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SourceRef;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveScanner;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolRunner;
import dev.vigie.source.tool.ToolSetup;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.testing.DatabaseBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restic REST server address with a password in it ({@code rest:https://anna:secret@host/}): restic is given the
 * whole address, and the password is nowhere else: not in the database (nor its free pages), the audit log, the
 * listing of sources, or the messages. restic here is a stand-in that checks it was given the whole address, then runs
 * the real restic on a local repository made by the test.
 */
class RepositoryAddressPasswordTest {

    private static final String SECRET = "S3cret-Pa55word";
    private static final String ADDRESS = "rest:http://anna:" + SECRET + "@127.0.0.1:1/office";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void thePasswordInAnAddressReachesResticAndNothingElse() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path passwordFile = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Restic restic = Restic.init(dir.resolve("repo"), passwordFile);
        restic.backup(TestRepositories.data(dir, "docs", "invoices"), NOW.minusSeconds(3600), "office-pc");
        Path seen = dir.resolve("addresses-seen.txt");
        Path standIn = dir.resolve("restic");
        Files.writeString(standIn, "#!/bin/sh\necho \"$RESTIC_REPOSITORY\" >> " + seen + "\n"
                + "if [ \"$RESTIC_REPOSITORY\" = '" + ADDRESS + "' ]; then RESTIC_REPOSITORY=" + restic.repo()
                + "; export RESTIC_REPOSITORY; fi\nexec restic \"$@\"\n");
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwx------"));
        Path data = dir.resolve("vigie");
        Workspace workspace = new Workspace(data, new LocalScanner(),
                new DriveScanner(DriveEndpoint.of(data, Map.of(), Optional.empty())),
                new ToolSetup(Map.of(), dir.resolve("cache"), Map.of("restic", standIn.toString()),
                        new ToolRunner(Duration.ofMinutes(5))), Clock.fixed(NOW, ZoneOffset.UTC), "camille");
        RepositoryAccess access = new RepositoryAccess(Optional.of(passwordFile.toString()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        SourceRef added = workspace.addRepository("office", "restic:" + ADDRESS, access);

        assertThat(added.location()).isEqualTo("restic:rest:http://anna@127.0.0.1:1/office");
        assertThat(workspace.scan("office", Optional.empty(), ZoneOffset.UTC, NOW, ScanProgress.NONE).backups())
                .hasSize(1);
        workspace.rename("office", "bureau");
        assertThat(workspace.scan("bureau", Optional.empty(), ZoneOffset.UTC, NOW, ScanProgress.NONE).source())
                .doesNotContain(SECRET);
        // Every run on the repository had the whole address (the version check runs without one).
        assertThat(Files.readAllLines(seen).stream().filter(a -> !a.isEmpty())).isNotEmpty()
                .allSatisfy(a -> assertThat(a).isEqualTo(ADDRESS));
        Path kept = data.resolve(Workspace.ADDRESSES_FOLDER).resolve("bureau.address");
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(kept.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(workspace.sources()).allSatisfy(s -> assertThat(s.source().location()).doesNotContain(SECRET));
        assertThat(DatabaseBytes.in(data)).doesNotContain(SECRET);

        assertThat(workspace.remove("bureau")).isTrue();
        assertThat(kept).doesNotExist();
        assertThat(DatabaseBytes.in(data)).doesNotContain(SECRET);
    }

    @Test
    void anAddressWithoutAPasswordIsKeptAsItIsAndAWrongOneIsEchoedWithoutIt() {
        assertThat(RepositoryLocation.withoutPassword("rest:https://anna:p@ss:w0rd@backup.example:8000/office"))
                .isEqualTo("rest:https://anna@backup.example:8000/office");
        for (String plain : List.of("sftp:anna@nas:/srv/restic", "s3:https://s3.example/bucket",
                "rest:https://anna@backup.example/office", "/srv/restic", "ssh://anna@nas:22/./borg")) {
            assertThat(RepositoryLocation.withoutPassword(plain)).isEqualTo(plain);
        }
        RepositoryLocation parsed = RepositoryLocation.parse("restic:" + ADDRESS).orElseThrow();
        assertThat(parsed.hasPassword()).isTrue();
        assertThat(parsed.repository()).isEqualTo(ADDRESS);
        assertThat(parsed.location()).doesNotContain(SECRET);
    }
}
