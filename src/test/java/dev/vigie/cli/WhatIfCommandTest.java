package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie whatif} over restic snapshots of every night at 02:00 Paris from 1 to 11 November but the 6th. */
class WhatIfCommandTest {

    @TempDir
    Path tmp;

    private Path snapshots;
    private CliRunner cli;

    @BeforeEach
    void nightlySnapshots() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (LocalDate night = LocalDate.of(2026, 11, 1); !night.isAfter(LocalDate.of(2026, 11, 11));
             night = night.plusDays(1)) {
            if (night.getDayOfMonth() != 6) {
                json.append(json.length() > 1 ? "," : "").append("{\"time\": \"").append(night)
                        .append("T02:00:00+01:00\", \"short_id\": \"s").append(night.getDayOfMonth()).append("\"}");
            }
        }
        snapshots = Files.writeString(tmp.resolve("snapshots.json"), json.append("]").toString());
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
    }

    private CliRunner.Result whatIf(String... more) {
        String[] base = {"whatif", "--snapshots", snapshots.toString(), "--schedule", "daily 02:00", "--zone",
            "Europe/Paris", "--now", "2026-11-11T02:00", "--preset", "whatsapp-google-account"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli.run(args);
    }

    @Test
    void comparesTheCurrentPolicyWithAWeekOfCopiesAndHourlyBackupsAsJson() throws IOException {
        CliRunner.Result run = whatIf("--compare", "whatsapp-local-android",
                "--compare", "hourly | keep-hourly 24, keep-daily 7", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("from").asText()).isEqualTo("2026-11-01T02:00:00+01:00");
        assertThat(root.get("delaySeconds").asLong()).isEqualTo(24 * 3600);
        JsonNode current = root.get("scenarios").get(0);
        assertThat(current.get("label").asText()).isEqualTo("current");
        assertThat(current.get("schedule").isNull()).isTrue();
        assertThat(current.get("policy").asText()).isEqualTo("keep-last 1");
        assertThat(current.get("backups").asInt()).isEqualTo(10);
        assertThat(current.get("worstExposureSeconds").asLong()).isEqualTo(48 * 3600);
        // Only deletions on the 5th, before the missed run, survive a day: 24 h of 240.
        assertThat(current.get("recoverableAfterDelay").asDouble()).isEqualTo(0.1);
        JsonNode week = root.get("scenarios").get(1);
        assertThat(week.get("policy").asText()).isEqualTo("keep-last 1, keep-within-daily 7d");
        assertThat(week.get("recoverableAfterDelay").asDouble()).isEqualTo(1.0);
        JsonNode hourly = root.get("scenarios").get(2);
        assertThat(hourly.get("schedule").asText()).isEqualTo("hourly");
        assertThat(hourly.get("worstExposureSeconds").asLong()).isEqualTo(3600);
        assertThat(hourly.get("meanExposureSeconds").asLong()).isEqualTo(1800);
    }

    @Test
    void theTableNamesThePeriodAndTheDelay() {
        CliRunner.Result run = whatIf("--delay", "12h", "--compare", "whatsapp-local-android");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("From 1 Nov 2026, 02:00 to 11 Nov 2026, 02:00, deletions noticed 12 h later:",
                "Recoverable after 12 h", "as observed, then every day at 02:00", "100%");
    }

    @Test
    void aMisspelledRuleIsNamedAndNothingIsPrinted() {
        CliRunner.Result run = whatIf("--compare", "keep-dayly 7");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'keep-dayly'");
    }

    @Test
    void aBadDelayIsRefused() {
        CliRunner.Result run = whatIf("--delay", "soon");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("soon");
    }

    @Test
    void inFrenchTheTableIsInFrench() {
        CliRunner.Result run = new CliRunner(tmp.resolve("home"), Locale.FRENCH).run("whatif", "--snapshots",
                snapshots.toString(), "--keep-last", "1", "--now", "2026-11-11T02:00", "--zone", "Europe/Paris");

        assertThat(run.out()).contains("Exposition maximale", "suppressions remarquées 24 h plus tard");
    }
}
