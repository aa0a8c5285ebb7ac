package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigie watch} on Linux against fake {@code systemctl} and {@code crontab} programs on the PATH (this machine has
 * no user systemd): what they are asked to do, and the files Vigie writes.
 */
class WatchCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path dir;

    private Path bin() throws IOException {
        return Files.createDirectories(dir.resolve("bin"));
    }

    private void program(String name, String script) throws IOException {
        Path file = bin().resolve(name);
        Files.writeString(file, "#!/bin/sh\necho \"" + name + " $*\" >> \"" + dir.resolve("calls.log") + "\"\n" + script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    /** A systemctl whose user manager answers (or not), and a crontab kept in a file. */
    private void fakes(boolean userSystemd) throws IOException {
        program("systemctl", userSystemd ? "exit 0\n" : "echo 'Failed to connect to bus: No medium found' >&2\nexit 1\n");
        Path tab = dir.resolve("crontab.txt");
        program("crontab", "if [ \"$1\" = \"-l\" ]; then\n"
                + "  if [ -f \"" + tab + "\" ]; then cat \"" + tab + "\"; else echo 'no crontab for anna' >&2; exit 1; fi\n"
                + "else cat > \"" + tab + "\"; fi\n");
    }

    private List<String> calls() throws IOException {
        Path log = dir.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
    }

    private CliRun run(String... args) {
        CliContext context = new CliContext(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, Map.of("PATH", dir.resolve("bin") + ":/usr/bin:/bin"), "Linux",
                dir.resolve("home").toString());
        CommandLine cli = Cli.create(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return new CliRun(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void withAUserSystemdTheTimerAndServiceAreWrittenThenEnabled() throws Exception {
        fakes(true);

        CliRun install = run("watch", "install", "--every", "2h", "--alert");

        assertThat(install.exitCode()).as(install.err()).isZero();
        Path units = dir.resolve("home/.config/systemd/user");
        assertThat(Files.readString(units.resolve("vigie-watch.timer"))).contains("OnUnitActiveSec=7200s");
        assertThat(Files.readString(units.resolve("vigie-watch.service")))
                .contains("\"--data-dir\" \"" + dir.resolve("data") + "\" \"check\" \"--all\" \"--alert\"");
        assertThat(calls()).containsExactly("systemctl --user show-environment", "systemctl --user daemon-reload",
                "systemctl --user enable --now vigie-watch.timer");
        assertThat(install.out()).contains("installed as a systemd user timer");

        CliRun status = run("watch", "status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("Installed: systemd user timer").contains("Last run: none recorded yet");

        assertThat(run("watch", "uninstall").out()).contains("The watch is removed.");
        assertThat(units.resolve("vigie-watch.timer")).doesNotExist();
        assertThat(units.resolve("vigie-watch.service")).doesNotExist();
        assertThat(calls()).contains("systemctl --user disable --now vigie-watch.timer");
        assertThat(run("watch", "status").exitCode()).isEqualTo(1);
    }

    @Test
    void withoutAUserSystemdTheCrontabLineIsPrintedAndNothingIsInstalled() throws Exception {
        fakes(false);

        CliRun install = run("watch", "install");

        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.out()).contains("No systemd user session here").contains("0 * * * * '")
                .contains("'check' '--all' # vigie watch");
        assertThat(dir.resolve("crontab.txt")).doesNotExist();
        assertThat(dir.resolve("home/.config/systemd")).doesNotExist();
    }

    @Test
    void withConsentTheLineGoesIntoTheCrontabBesideTheUsersOwnAndLeavesItAgain() throws Exception {
        fakes(false);
        Files.writeString(dir.resolve("crontab.txt"), "30 1 * * * restic backup /home/anna\n");

        CliRun install = run("watch", "install", "--crontab", "--alert", "--every", "30m");

        assertThat(install.exitCode()).as(install.err()).isZero();
        List<String> tab = Files.readAllLines(dir.resolve("crontab.txt"));
        assertThat(tab).hasSize(2);
        assertThat(tab.get(0)).isEqualTo("30 1 * * * restic backup /home/anna");
        assertThat(tab.get(1)).startsWith("*/30 * * * * ").endsWith("'--alert' # vigie watch");
        assertThat(run("watch", "status").out()).contains("Installed: crontab line");

        run("watch", "install", "--crontab", "--alert", "--every", "1h");
        assertThat(Files.readAllLines(dir.resolve("crontab.txt"))).hasSize(2);

        assertThat(run("watch", "uninstall").out()).contains("The watch is removed.");
        assertThat(Files.readAllLines(dir.resolve("crontab.txt")))
                .containsExactly("30 1 * * * restic backup /home/anna");
    }

    @Test
    void statusTellsTheLastRunOfCheckAllAlert() throws Exception {
        fakes(true);
        run("watch", "install", "--alert");
        Path nas = Files.createDirectories(dir.resolve("nas"));
        Files.writeString(nas.resolve("backup.bin"), "x");
        run("sources", "add", "nas", nas.toString());

        run("check", "--all", "--alert");

        assertThat(run("watch", "status").out()).contains("Last run: ").contains("1 source, no alert sent, none failed");
    }
}
