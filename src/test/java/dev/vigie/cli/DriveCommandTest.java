package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.source.drive.ErrorBodies;
import dev.vigie.source.drive.FakeDrive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigie drive ...} and Drive sources in the other commands, against a local Drive v3 server. */
class DriveCommandTest {

    static final String ROOT = "rootFolder0001";

    @TempDir
    Path home;

    FakeDrive drive;

    @BeforeEach
    void start() throws IOException {
        drive = new FakeDrive();
        drive.folder(ROOT, "NAS", null)
                .file("f1", "nas-2026-11-19.zip", ROOT, 5, md5("hello"), Instant.parse("2026-11-19T03:00:00Z"))
                .file("f2", "nas-2026-11-20.zip", ROOT, 5, md5("other"), Instant.parse("2026-11-20T03:00:00Z"));
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    CliRunner.Result run(Map<String, String> env, String... args) {
        CliContext context = new CliContext(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, env, "Linux", home.toString());
        context.setDriveSleeper(d -> { });
        CommandLine cli = Cli.create(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", home.resolve("data").toString(),
                "--drive-root-url", drive.rootUrl()));
        all.addAll(List.of(args));
        return new CliRunner.Result(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    CliRunner.Result run(String... args) {
        return run(Map.of("VIGIE_DRIVE_ACCESS_TOKEN", "test-token"), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://127.0.0.1/", "127.0.0.1:8080", "http://"})
    void aDriveRootUrlThatIsNotHttpIsBadInputOnOneLine(String url) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            CliRunner.Result r = new CliRunner(home, locale).run("--data-dir", home.resolve("data").toString(),
                    "--drive-root-url", url, "drive", "scan", "gdrive:" + ROOT);

            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).contains("'" + url + "'", "http");
        }
    }

    @Test
    void driveScanPrintsTheScanJsonWithAGdriveSource() {
        CliRunner.Result r = run("drive", "scan", "https://drive.google.com/drive/folders/" + ROOT, "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(compact(r.out())).contains("\"source\":\"gdrive:" + ROOT + "\"").contains("\"layout\":\"dated-snapshots\"")
                .contains("nas-2026-11-20.zip");
    }

    @Test
    void aDriveSourceIsAddedScannedCheckedAndSimulatedLikeAFolder() {
        assertThat(run("sources", "add", "nas-cloud", "gdrive:" + ROOT).code()).isZero();
        assertThat(run("sources", "list").out()).contains("gdrive:" + ROOT);
        CliRunner.Result scan = run("scan", "nas-cloud", "--json");
        assertThat(scan.code()).as(scan.err()).isZero();
        assertThat(compact(scan.out())).contains("\"source\":\"gdrive:" + ROOT + "\"");

        CliRunner.Result check = run("check", "nas-cloud", "--schedule", "daily 04:00", "--json");
        assertThat(check.err()).isEmpty();
        assertThat(compact(check.out())).contains("\"code\":\"not-verified\"");
        assertThat(check.out()).contains("metadata only");

        CliRunner.Result simulate = run("simulate", "--source", "nas-cloud", "--preset", "custom", "--keep-daily", "7",
                "--lost", "2026-11-21T07:00:00Z");
        assertThat(simulate.code()).as(simulate.err()).isIn(0, 1);
    }

    @Test
    void aFolderNotSharedIsOneLineAndExitTwo() {
        CliRunner.Result r = run("drive", "scan", "gdrive:missingFolder1");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).contains("folder not found or not shared with this account")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anExpiredTokenSaysToConnectAgain() {
        drive.script(401, "application/json", ErrorBodies.UNAUTHORISED);
        CliRunner.Result r = run("drive", "scan", ROOT);

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip())
                .isEqualTo("Google Drive access expired or was revoked: run vigie drive connect");
    }

    @Test
    void notConnectedAtAllSaysHowToConnect() {
        CliRunner.Result r = run(Map.of(), "drive", "scan", ROOT);
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("vigie drive connect");
        assertThat(run(Map.of(), "drive", "status").code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(run("drive", "status").out()).contains("VIGIE_DRIVE_ACCESS_TOKEN");
    }

    @Test
    void compareSaysWhichCloudCopiesMatch() throws IOException {
        Path local = Files.createDirectories(home.resolve("nas"));
        Files.writeString(local.resolve("nas-2026-11-19.zip"), "hello");
        Files.writeString(local.resolve("nas-2026-11-20.zip"), "hullo");
        Files.writeString(local.resolve("nas-2026-11-21.zip"), "newest");

        CliRunner.Result r = run("drive", "compare", local.toString(), "gdrive:" + ROOT);

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(r.out()).contains("nas-2026-11-19.zip: cloud copy matches (size, and MD5 of 1 file)")
                .contains("nas-2026-11-20.zip: cloud copy differs (nas-2026-11-20.zip)")
                .contains("nas-2026-11-21.zip: no copy in the cloud");
        CliRunner.Result json = run("drive", "compare", local.toString(), "gdrive:" + ROOT, "--json");
        assertThat(compact(json.out())).contains("\"state\":\"matches\"").contains("\"state\":\"differs\"");
    }

    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
