package dev.vigie.report;

import static dev.vigie.report.Reports.LAST_NIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MissedRuns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final CheckOutcome NAS = new CheckOutcome.Checked("nas", Reports.with(HealthStatus.LATE,
            Optional.of(LAST_NIGHT), true, new MissedRuns(1, 3, 7), List.of(), 0.9,
            Finding.of(Severity.CRITICAL, "corrupt-zip", "b", "a.zip"),
            Finding.of(Severity.WARNING, "size-drop", "b", "a.zip"),
            Finding.of(Severity.WARNING, "size-drop", "b", "c.zip")));

    @Test
    void everySeriesOfACheckedSourceReadsBackWithItsValue() {
        List<Sample> samples = parse(PrometheusText.render(List.of(NAS)));

        assertThat(value(samples, "vigie_backup_check_success", Map.of("source", "nas"))).isEqualTo(1);
        assertThat(value(samples, "vigie_backup_last_timestamp_seconds", Map.of("source", "nas")))
                .isEqualTo(LAST_NIGHT.getEpochSecond());
        assertThat(value(samples, "vigie_backup_status", Map.of("source", "nas"))).as("late").isEqualTo(1);
        assertThat(value(samples, "vigie_backup_missed_runs", Map.of("source", "nas", "window", "7d"))).isEqualTo(1);
        assertThat(value(samples, "vigie_backup_missed_runs", Map.of("source", "nas", "window", "30d"))).isEqualTo(3);
        assertThat(value(samples, "vigie_backup_missed_runs", Map.of("source", "nas", "window", "90d"))).isEqualTo(7);
        assertThat(value(samples, "vigie_backup_findings", Map.of("source", "nas", "severity", "critical")))
                .isEqualTo(1);
        assertThat(value(samples, "vigie_backup_findings", Map.of("source", "nas", "severity", "warning")))
                .isEqualTo(2);
        assertThat(value(samples, "vigie_backup_findings", Map.of("source", "nas", "severity", "info"))).isZero();
        assertThat(value(samples, "vigie_backup_coverage_ratio", Map.of("source", "nas", "window", "30d")))
                .isEqualTo(0.9);
        assertThat(samples).hasSize(10);
    }

    /** The README's list of series names each one with the labels it really has, besides {@code source}. */
    @Test
    void theReadmeNamesEverySeriesWithTheLabelsItIsWrittenWith() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String bullet = readme.substring(readme.indexOf("- **Prometheus**"));
        bullet = bullet.substring(0, bullet.indexOf("\n- ", 3) < 0 ? bullet.length() : bullet.indexOf("\n- ", 3));
        for (Sample sample : parse(PrometheusText.render(List.of(NAS)))) {
            java.util.Set<String> labels = new java.util.TreeSet<>(sample.labels().keySet());
            labels.remove("source");
            Matcher m = Pattern.compile("`" + sample.name() + "(\\{([a-z]+)=[^}]*})?`").matcher(bullet);
            assertThat(m.find()).as(sample.name() + " in the README").isTrue();
            java.util.Set<String> documented = m.group(2) == null ? java.util.Set.of() : java.util.Set.of(m.group(2));
            assertThat(documented).as(sample.name() + "'s labels in the README").isEqualTo(labels);
        }
    }

    @Test
    void eachFamilyHasOneHelpAndOneGaugeTypeBeforeItsSamples() {
        String text = PrometheusText.render(List.of(NAS, new CheckOutcome.Checked("phone", Reports.healthy())));

        List<String> lines = text.lines().toList();
        List<String> families = List.of("vigie_backup_check_success", "vigie_backup_last_timestamp_seconds",
                "vigie_backup_status", "vigie_backup_missed_runs", "vigie_backup_findings",
                "vigie_backup_coverage_ratio");
        for (String family : families) {
            assertThat(lines.stream().filter(l -> l.startsWith("# HELP " + family + " "))).hasSize(1);
            assertThat(lines).contains("# TYPE " + family + " gauge");
            int type = lines.indexOf("# TYPE " + family + " gauge");
            // The format wants a family's samples together, right after its TYPE line.
            List<String> own = lines.stream().filter(l -> l.startsWith(family + "{")).toList();
            assertThat(lines.subList(type + 1, type + 1 + own.size())).isEqualTo(own);
        }
        assertThat(text).endsWith("\n");
    }

    @Test
    void severalSourcesShareOneFileEachWithItsOwnLabel() {
        List<Sample> samples = parse(PrometheusText.render(List.of(NAS,
                new CheckOutcome.Checked("phone", Reports.healthy()))));

        assertThat(value(samples, "vigie_backup_status", Map.of("source", "nas"))).isEqualTo(1);
        assertThat(value(samples, "vigie_backup_status", Map.of("source", "phone"))).isZero();
        assertThat(value(samples, "vigie_backup_coverage_ratio", Map.of("source", "phone", "window", "30d")))
                .isEqualTo(1);
    }

    @Test
    void aSourceThatCouldNotBeCheckedHasOnlyAFailedCheck() {
        List<Sample> samples = parse(PrometheusText.render(List.of(new CheckOutcome.Unknown("usb", "unplugged"))));

        assertThat(samples).containsExactly(new Sample("vigie_backup_check_success", Map.of("source", "usb"), 0));
    }

    @Test
    void aSourceWithoutBackupHasNoLastTimestamp() {
        CheckOutcome fresh = new CheckOutcome.Checked("new", Reports.with(HealthStatus.NEW, Optional.empty(), false,
                new MissedRuns(0, 0, 0), List.of(), 1.0));

        List<Sample> samples = parse(PrometheusText.render(List.of(fresh)));

        assertThat(samples).noneMatch(s -> s.name().equals("vigie_backup_last_timestamp_seconds"));
        assertThat(value(samples, "vigie_backup_status", Map.of("source", "new"))).isEqualTo(3);
    }

    @Test
    void quotesBackslashesAndLineBreaksInANameAreEscapedAndReadBack() {
        String name = "Anna \"the boss\" \\ phone\nline";

        List<Sample> samples = parse(PrometheusText.render(List.of(new CheckOutcome.Unknown(name, "unplugged"))));

        assertThat(PrometheusText.escape(name)).isEqualTo("Anna \\\"the boss\\\" \\\\ phone\\nline");
        assertThat(samples).containsExactly(new Sample("vigie_backup_check_success", Map.of("source", name), 0));
    }

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(.*)} (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    /** Reads the exposition format back as a scraper would; a line it cannot read fails the test. */
    private static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                assertThat(line).matches("# (HELP|TYPE) [a-z_]+ .+");
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            Map<String, String> labels = new LinkedHashMap<>();
            Matcher l = LABEL.matcher(m.group(2));
            int end = 0;
            while (l.find() && l.start() == end) {
                labels.put(l.group(1), unescape(l.group(2)));
                end = l.end();
            }
            assertThat(end).as("labels of " + line).isEqualTo(m.group(2).length());
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return samples;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels))
                .toList();
        assertThat(found).as(name + labels).hasSize(1);
        return found.get(0).value();
    }
}
