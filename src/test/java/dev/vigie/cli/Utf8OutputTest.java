package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line writes UTF-8 even where the locale says ASCII ({@code LANG=C}), so French keeps its accents. */
class Utf8OutputTest {

    @TempDir
    Path tmp;

    @Test
    void frenchHelpKeepsItsAccentsUnderTheCLocale() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Duser.language=fr", "-Duser.country=FR",
                "-Dsun.stdout.encoding=US-ASCII", "-Dsun.stderr.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII",
                "-cp", System.getProperty("java.class.path"), "dev.vigie.Main", "--data-dir",
                tmp.resolve("data").toString(), "--help"));
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(text).contains("Vigie vérifie que les sauvegardes").doesNotContain("v?rifie");
    }
}
