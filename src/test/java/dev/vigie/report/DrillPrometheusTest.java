package dev.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillKind;
import dev.vigie.drill.DrillOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillPrometheusTest {

    private static final Instant START = Instant.parse("2026-08-19T07:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void lastRestoreTestIsExposedWithItsEndAndDuration() {
        String text = DrillPrometheus.render(Map.of("nas", drill("nas", Duration.ofSeconds(192, 500_000_000))));

        assertThat(text).contains(
                "vigie_restore_test_last_timestamp_seconds{source=\"nas\"} " + START.plusSeconds(192).getEpochSecond(),
                "vigie_restore_test_duration_seconds{source=\"nas\"} 192.500");
    }

    @Test
    void promtoolAcceptsTheWholeFileWithTheCheckSeries() throws Exception {
        assumeTrue(onPath("promtool"), "promtool is not installed: the exposition format is not checked by it");
        Map<String, Drill> last = new LinkedHashMap<>();
        last.put("nas", drill("nas", Duration.ofMinutes(3)));
        last.put("caisse \"2\"", drill("caisse \"2\"", Duration.ofMillis(1500)));
        String text = PrometheusText.render(List.of(new CheckOutcome.Unknown("nas", "offline")))
                + DrillPrometheus.render(last);
        Path file = Files.writeString(tmp.resolve("vigie.prom"), text);

        Process check = new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isZero();
    }

    private static Drill drill(String source, Duration duration) {
        return new Drill(source, DrillKind.AUTOMATIC, false, "b.zip", "camille", START, duration,
                DrillOutcome.RESTORED, 4, 1000, List.of(), "");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
