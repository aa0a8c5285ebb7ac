package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

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

    /** A NAS folder of daily archives at 02:00 Paris time up to {@code lastDay} of November 2026, skipping some. */
    private Path nas(int lastDay, int... missing) {
        TreeBuilder tree = TreeBuilder.in(dir.resolve("nas"));
        for (int day = 1; day <= lastDay; day++) {
            final int d = day;
            if (java.util.Arrays.stream(missing).anyMatch(m -> m == d)) {
                continue;
            }
            String date = String.format("2026-11-%02d", day);
            tree.file("sauvegarde-" + date + ".zip", zip(), Paris.at(date + "T02:00"));
        }
        return tree.build();
    }

    private static byte[] zip() {
        try (var bytes = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("factures.csv"));
            zip.write("n;montant\n1;120\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEmptySourceHasNoInferredScheduleAndNoCoverageAndSaysSo() throws Exception {
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));
        assertThat(run("sources", "add", "empty", empty.toString()).exitCode()).isZero();

        CliRun check = run("check", "empty");
        CliRun json = run("check", "empty", "--json");

        assertThat(check.out()).doesNotContain("inferred from the backups seen", "100 %")
                .contains("the layout's default, not inferred", "none, no backup seen yet");
        var node = dev.vigie.report.Json.mapper().readTree(json.out());
        assertThat(node.get("coverage30Days").isNull()).isTrue();
        assertThat(node.get("schedule").get("default").asBoolean()).isTrue();
    }

    @Test
    void aFreshCompleteSourceIsOkAndSaysSoOnItsFirstLine() {
        Path nas = nas(21);
        assertThat(run("sources", "add", "nas", nas.toString(), "--layout", "dated-snapshots").exitCode()).isZero();
        run("sources", "set", "nas", "--schedule", "daily 02:00", "--zone", "Europe/Paris", "--grace", "2h");

        CliRun check = run("check", "nas");

        assertThat(check.exitCode()).isZero();
        assertThat(check.out().lines().findFirst()).hasValueSatisfying(l ->
                assertThat(l).startsWith("VIGIE OK - latest backup 8 h ago, 0 missed runs in 30 days"));
    }

    @Test
    void aMissedNightIsReportedAndTheLatestRunMissingPastItsGraceIsCritical() throws Exception {
        Path nas = nas(20, 12);
        run("sources", "add", "nas", nas.toString());

        CliRun check = run("check", "nas", "--schedule", "daily 02:00", "--zone", "Europe/Paris", "--grace", "2h",
                "--json");

        assertThat(check.exitCode()).isEqualTo(2);
        JsonNode json = Json.mapper().readTree(check.out());
        assertThat(json.get("status").asText()).isEqualTo("DOWN");
        assertThat(json.get("exitCode").asInt()).isEqualTo(2);
        assertThat(json.get("schedule").get("expression").asText()).isEqualTo("daily 02:00");
        assertThat(json.get("schedule").get("inferred").asBoolean()).isFalse();
        assertThat(json.get("schedule").get("graceSeconds").asLong()).isEqualTo(7200);
        assertThat(json.get("missedRuns").get("last30Days").asInt()).isEqualTo(2);
        assertThat(json.get("gaps")).hasSize(2);
        assertThat(json.get("latest").get("time").asText()).isEqualTo("2026-11-20T02:00:00+01:00");
    }

    @Test
    void lateWithinTheGraceIsAWarning() {
        Path nas = nas(20);
        run("sources", "add", "nas", nas.toString());

        CliRun check = run("check", "nas", "--schedule", "daily 09:00", "--zone", "Europe/Paris", "--grace", "3h",
                "--now", "2026-11-21T10:30:00+01:00");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).startsWith("VIGIE WARNING");
    }

    @Test
    void aDamagedArchiveFoundByFullVerificationIsCritical() throws Exception {
        Path nas = nas(21);
        Path damaged = nas.resolve("sauvegarde-2026-11-21.zip");
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[30 + "factures.csv".length() + 2] ^= 0x5A; // one flipped byte in the compressed data
        Files.write(damaged, bytes);
        Files.setLastModifiedTime(damaged, java.nio.file.attribute.FileTime.from(Paris.at("2026-11-21T02:00")));
        run("sources", "add", "nas", nas.toString());

        CliRun quick = run("check", "nas", "--schedule", "daily 02:00", "--zone", "Europe/Paris", "--json");
        CliRun full = run("check", "nas", "--schedule", "daily 02:00", "--zone", "Europe/Paris", "--verify", "full",
                "--json");

        assertThat(quick.exitCode()).isZero();
        assertThat(full.exitCode()).isEqualTo(2);
        JsonNode finding = Json.mapper().readTree(full.out()).get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("corrupt-archive");
        assertThat(finding.get("path").asText()).isEqualTo("sauvegarde-2026-11-21.zip");
    }

    @Test
    void theSameDamageIsFoundWhateverTheNumberOfFilesVerifiedAtOnce() throws Exception {
        Path nas = nas(21);
        for (String day : List.of("2026-11-15", "2026-11-19")) {
            Path damaged = nas.resolve("sauvegarde-" + day + ".zip");
            byte[] bytes = Files.readAllBytes(damaged);
            bytes[30 + "factures.csv".length() + 2] ^= 0x5A;
            Files.write(damaged, bytes);
            Files.setLastModifiedTime(damaged, java.nio.file.attribute.FileTime.from(Paris.at(day + "T02:00")));
        }
        run("sources", "add", "nas", nas.toString());

        List<String> found = new ArrayList<>();
        for (String jobs : List.of("1", "2", "8")) {
            CliRun full = run("check", "nas", "--schedule", "daily 02:00", "--zone", "Europe/Paris", "--verify",
                    "full", "--jobs", jobs, "--json");
            assertThat(full.exitCode()).as(jobs).isEqualTo(2);
            StringBuilder paths = new StringBuilder();
            Json.mapper().readTree(full.out()).get("findings").forEach(f -> paths.append(f.get("code").asText())
                    .append(' ').append(f.get("path").asText()).append('\n'));
            found.add(paths.toString());
        }
        assertThat(found.get(0)).contains("corrupt-archive sauvegarde-2026-11-15.zip",
                "corrupt-archive sauvegarde-2026-11-19.zip");
        assertThat(found).containsOnly(found.get(0));
    }

    @Test
    void aNumberOfFilesAtOnceBelowOneIsRefusedWithWhatToGive() {
        Path nas = nas(21);
        run("sources", "add", "nas", nas.toString());

        CliRun none = run("check", "nas", "--jobs", "0");

        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.out()).startsWith("VIGIE UNKNOWN - ").contains("--jobs", "1 to 256");
    }

    @Test
    void aSourceThatCannotBeReadIsUnknownAndSoIsBadInput() {
        Path nas = nas(21);
        run("sources", "add", "nas", nas.toString());

        CliRun missing = run("check", dir.resolve("nowhere").toString());
        CliRun badSchedule = run("check", "nas", "--schedule", "daily at two");
        CliRun badOption = run("check", "nas", "--bogus");

        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.out()).startsWith("VIGIE UNKNOWN - ").contains("no such folder");
        assertThat(badSchedule.exitCode()).isEqualTo(3);
        assertThat(badSchedule.out()).startsWith("VIGIE UNKNOWN - ");
        assertThat(badOption.exitCode()).isEqualTo(3);
    }

    @Test
    void prometheusMetricsAreWrittenForNodeExporter() throws Exception {
        Path nas = nas(21);
        run("sources", "add", "nas", nas.toString());
        Path metrics = Files.createDirectories(dir.resolve("textfile")).resolve("vigie.prom");

        CliRun check = run("check", "--all", "--schedule", "daily 02:00", "--zone", "Europe/Paris",
                "--prometheus", metrics.toString());

        assertThat(check.exitCode()).isZero();
        String text = Files.readString(metrics);
        assertThat(text).contains("vigie_backup_status{source=\"nas\"} 0",
                "vigie_backup_last_timestamp_seconds{source=\"nas\"} " + Paris.at("2026-11-21T02:00").getEpochSecond(),
                "vigie_backup_missed_runs{source=\"nas\",window=\"30d\"} 0");
        assertThat(Files.list(metrics.getParent())).containsExactly(metrics);
    }
}
