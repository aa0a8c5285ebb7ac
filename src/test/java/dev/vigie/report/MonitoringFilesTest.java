package dev.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.cli.CliRun;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Prometheus rules and Grafana dashboard against what Vigie really writes: promtool checks a textfile
 * written by {@code vigie check --all --prometheus}, the rules, and the rules' own tests; every metric the rules and
 * the dashboard query is one that textfile holds (or node_exporter's own textfile time).
 */
class MonitoringFilesTest {

    private static final Path RULES = Path.of("monitoring/prometheus/vigie-alerts.yml");
    private static final Path RULE_TESTS = Path.of("monitoring/prometheus/vigie-alerts.test.yml");
    private static final Path DASHBOARD = Path.of("monitoring/grafana/vigie.json");
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Pattern METRIC = Pattern.compile("\\b((?:vigie|node)_[a-z_]+)\\b");

    @TempDir
    Path dir;

    private record Run(int code, String output) {
    }

    private static boolean promtool() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> !p.isBlank() && Files.isExecutable(Path.of(p, "promtool")));
    }

    private static Run run(Path input, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A textfile of three sources, one up, one down with a broken archive, one gone: every kind of series. */
    private Path textfile() throws IOException {
        TreeBuilder up = TreeBuilder.in(dir.resolve("up"));
        TreeBuilder down = TreeBuilder.in(dir.resolve("down"));
        for (int day = 1; day <= 21; day++) {
            String date = String.format("2026-11-%02d", day);
            up.file("backup-" + date + ".bin", 64, Paris.at(date + "T02:00"));
            if (day < 15) {
                down.file("backup-" + date + ".zip", "not a zip".getBytes(StandardCharsets.UTF_8),
                        Paris.at(date + "T02:00"));
            }
        }
        up.build();
        down.build();
        Files.createDirectories(dir.resolve("gone"));
        Path data = dir.resolve("data");
        for (String name : List.of("up", "down", "gone")) {
            assertThat(cli(data, "sources", "add", name, dir.resolve(name).toString()).exitCode()).isZero();
            cli(data, "sources", "set", name, "--schedule", "daily 02:00", "--zone", "Europe/Paris");
        }
        Files.delete(dir.resolve("gone"));
        Path prom = dir.resolve("vigie.prom");
        cli(data, "check", "--all", "--prometheus", prom.toString());
        return prom;
    }

    private CliRun cli(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.run(dir.resolve("home"), Locale.ENGLISH, NOW, all.toArray(String[]::new));
    }

    @Test
    void promtoolAcceptsTheTextfileVigieWrites() throws Exception {
        assumeTrue(promtool(), "promtool is not installed (Debian: apt-get install prometheus); skipped");
        Path prom = textfile();

        Run check = run(prom, "promtool", "check", "metrics");

        assertThat(check.code()).as(check.output()).isZero();
        assertThat(Files.readString(prom)).contains("vigie_backup_status{source=\"down\"} 2")
                .contains("vigie_backup_check_success{source=\"gone\"} 0");
    }

    @Test
    void promtoolAcceptsTheRulesAndTheirTestsFireEachRule() throws Exception {
        assumeTrue(promtool(), "promtool is not installed (Debian: apt-get install prometheus); skipped");

        Run check = run(null, "promtool", "check", "rules", RULES.toString());
        Run test = run(null, "promtool", "test", "rules", RULE_TESTS.toString());

        assertThat(check.code()).as(check.output()).isZero();
        assertThat(check.output()).contains("4 rules found");
        assertThat(test.code()).as(test.output()).isZero();
        String tests = Files.readString(RULE_TESTS);
        for (String rule : List.of("VigieBackupLate", "VigieBackupDown", "VigieCriticalFinding", "VigieCheckStale")) {
            assertThat(tests).contains("alertname: " + rule);
        }
    }

    @Test
    void theRulesAndTheDashboardQueryOnlyMetricsVigieWrites() throws Exception {
        String written = Files.readString(textfile());
        Set<String> known = new TreeSet<>();
        Matcher names = METRIC.matcher(written);
        while (names.find()) {
            known.add(names.group(1));
        }
        known.add("node_textfile_mtime_seconds");

        Set<String> used = new TreeSet<>();
        for (String line : Files.readAllLines(RULES)) {
            if (line.strip().startsWith("expr:")) {
                Matcher m = METRIC.matcher(line);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        JsonNode dashboard = Json.mapper().readTree(DASHBOARD.toFile());
        assertThat(dashboard.get("panels").size()).isGreaterThanOrEqualTo(4);
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher m = METRIC.matcher(target.get("expr").asText());
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
        assertThat(used).contains("vigie_backup_status", "vigie_backup_last_timestamp_seconds",
                "vigie_backup_missed_runs", "vigie_backup_findings");
    }
}
