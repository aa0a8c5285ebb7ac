package dev.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Opening the window where there is no display says so in one line, instead of JavaFX's stack trace. */
class NoDisplayTest {

    @Test
    void onLinuxADisplayMustBeNamed() {
        assertThat(Main.hasDisplay(Map.of(), "Linux")).isFalse();
        assertThat(Main.hasDisplay(Map.of("DISPLAY", ":0"), "Linux")).isTrue();
        assertThat(Main.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isTrue();
        assertThat(Main.hasDisplay(Map.of(), "Windows 11")).isTrue();
    }

    @Test
    void withoutArgumentsOrDisplayVigieSaysSoInOneLineAndHowToUseTheCommandLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), "dev.vigie.Main"));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("No display here").contains("vigie --help").doesNotContain("Exception");
    }
}
