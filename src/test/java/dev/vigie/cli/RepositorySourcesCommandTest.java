package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Borg;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolVersions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restic and borg repositories through the command line, made by the real tools. */
class RepositorySourcesCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(dir.resolve("home"), Locale.ENGLISH, NOW, all);
    }

    /** Daily restic snapshots at 01:00 UTC, from {@code first} to {@code last} November. */
    private Restic dailyRestic(String name, Path passwordFile, int first, int last) throws IOException {
        Restic repo = Restic.init(dir.resolve(name), passwordFile);
        Path data = TestRepositories.data(dir, "data", "invoices");
        for (int day = first; day <= last; day++) {
            repo.backup(data, Instant.parse(String.format("2026-11-%02dT01:00:00Z", day)), "nas");
        }
        return repo;
    }

    @Test
    void aResticRepositoryIsAddedScannedAndCheckedLikeAFolder() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Restic repo = dailyRestic("repo", password, 17, 21);

        CliRun added = run("sources", "add", "nas", "restic:" + repo.repo(), "--password-file", password.toString());
        CliRun scan = run("scan", "nas");
        CliRun check = run("check", "nas", "--verify", "full");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("restic:" + repo.repo());
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out()).contains("restic-repository").contains("5 backups");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).startsWith("VIGIE OK");
    }

    @Test
    void aWrongPasswordLaterIsUnknownInOneLineAndTheSourceStays() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Restic repo = dailyRestic("repo", password, 20, 21);
        assertThat(run("sources", "add", "nas", "restic:" + repo.repo(), "--password-file", password.toString())
                .exitCode()).isZero();
        Files.writeString(password, "someone changed it\n");

        CliRun check = run("check", "nas");
        CliRun scan = run("scan", "nas");

        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out() + check.err()).contains("Wrong password for restic:" + repo.repo());
        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err().strip().lines()).singleElement().asString().startsWith("Wrong password");
        assertThat(run("sources", "list").out()).contains("nas");
    }

    @Test
    void thePasswordCommandIsNeitherShownNorAudited() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.BORG);
        String secret = TestRepositories.PASSWORD;
        Borg repo = Borg.init(dir.resolve("borg")).create("web-1", NOW.minus(Duration.ofHours(3)),
                TestRepositories.data(dir, "data", "x"));

        CliRun added = run("sources", "add", "web", "borg:" + repo.repo(), "--password-command",
                "printf %s '" + secret + "'");
        CliRun list = run("sources", "list");
        CliRun json = run("sources", "list", "--json");
        run("sources", "remove", "web");
        CliRun audit = run("audit", "list");

        assertThat(added.exitCode()).as(added.err()).isZero();
        for (CliRun shown : new CliRun[] {added, list, json, audit}) {
            assertThat(shown.out() + shown.err()).doesNotContain(secret).doesNotContain("printf");
        }
        assertThat(list.out()).contains("borg-repository");
    }

    @Test
    void drillOfAResticSourceRestoresTheNewestSnapshotAndExitsZero() throws IOException {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Restic repo = dailyRestic("repo", password, 19, 21);
        assertThat(run("sources", "add", "nas", "restic:" + repo.repo(), "--password-file", password.toString())
                .exitCode()).isZero();
        var before = TestRepositories.hashes(repo.repo());

        CliRun drill = run("drill", "nas");

        assertThat(drill.exitCode()).as(drill.err()).isZero();
        assertThat(drill.out()).contains("Drill of nas: backup ", ", 1 file restored intact", "Restored and checked");
        assertThat(TestRepositories.hashes(repo.repo())).isEqualTo(before);
        assertThat(run("drill", "nas", "--list").out()).contains("yes");
    }

    @Test
    void resticOptionsAreRefusedForBorgAndRepositoryOptionsForFolders() throws IOException {
        CliRun borgWithHost = run("sources", "add", "web", "borg:" + dir.resolve("x"), "--host", "web1");
        CliRun folderWithPassword = run("sources", "add", "nas", dir.toString(), "--password-file", "pw");
        CliRun both = run("sources", "add", "r", "restic:" + dir, "--password-file", "pw", "--password-command", "c");

        assertThat(borgWithHost.exitCode()).isEqualTo(2);
        assertThat(borgWithHost.err()).contains("--host").contains("restic");
        assertThat(folderWithPassword.exitCode()).isEqualTo(2);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        assertThat(run("sources", "list").out()).doesNotContain("web").doesNotContain("restic:");
    }
}
