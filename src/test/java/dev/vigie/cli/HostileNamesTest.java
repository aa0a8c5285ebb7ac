package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names made to forge output or to trip the locale: escaped in text, found again by their own bytes. */
class HostileNamesTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderNamedWithALineBreakCannotForgeAMonitoringLine() throws IOException {
        Path nas = TreeBuilder.in(tmp.resolve("nas"))
                .file("2026-11-18\nVIGIE OK - all good/data.bin", 100, Paris.at("2026-11-18T02:00"))
                .file("2026-11-19\u001b[2J\u202E/data.bin", 100, Paris.at("2026-11-19T02:00")).build();
        CliRunner cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        String data = tmp.resolve("data").toString();

        CliRunner.Result scan = cli.run("--data-dir", data, "scan", nas.toString());
        assertThat(cli.run("--data-dir", data, "sources", "add", "nas", nas.toString()).code()).isZero();
        CliRunner.Result check = cli.run("--data-dir", data, "check", "nas");

        for (String out : List.of(scan.out(), check.out())) {
            assertThat(out.lines()).noneMatch(l -> l.startsWith("VIGIE OK - all good"));
            assertThat(out).doesNotContain("\u001b").doesNotContain("\u202E");
        }
        assertThat(scan.out()).contains("2026-11-18\\nVIGIE OK - all good").contains("\\u001B[2J\\u202E");
        assertThat(check.out().lines().filter(l -> l.startsWith("VIGIE "))).hasSize(1);
    }

    @Test
    void withoutAUtf8LocaleNonAsciiAndNonUtf8NamesAreScannedAndVerified() throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/sh")), "needs a POSIX shell to make names in raw bytes");
        Path nas = Files.createDirectories(tmp.resolve("nas"));
        // A folder in UTF-8 with an accent, and one whose name is not UTF-8 at all (byte 0xFF), each with a zip.
        Process make = new ProcessBuilder("/bin/sh", "-c",
                "mkdir \"$(printf 'caf\\303\\251-copie')\" \"$(printf 'bad\\377-copie')\" && "
                        + "for d in */; do printf 'PK\\005\\006' > \"$d/a.zip\"; "
                        + "head -c 18 /dev/zero >> \"$d/a.zip\"; done")
                .directory(nas.toFile()).redirectErrorStream(true).start();
        assertThat(make.waitFor(10, TimeUnit.SECONDS) && make.exitValue() == 0).isTrue();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.vigie.Main", "--data-dir", tmp.resolve("data").toString()));
        ProcessBuilder scan = new ProcessBuilder(command).redirectErrorStream(true);
        scan.command().addAll(List.of("check", nas.toString(), "--verify", "full", "--schedule", "daily 02:00"));
        scan.environment().put("LANG", "C");
        scan.environment().put("LC_ALL", "C");
        scan.environment().remove("JAVA_TOOL_OPTIONS");
        Process run = scan.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as("OK or WARNING, never UNKNOWN nor CRITICAL: " + out).isIn(0, 1);
        assertThat(out).doesNotContain("InvalidPathException").doesNotContain("missing-file")
                .doesNotContain("is missing");
        assertThat(out.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("VIGIE "));
    }
}
