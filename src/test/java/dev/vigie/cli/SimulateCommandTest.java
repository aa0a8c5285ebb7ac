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

/** {@code vigie simulate} over restic snapshots taken every night at 02:00 Paris, seen on 18 November at noon. */
class SimulateCommandTest {

    @TempDir
    Path tmp;

    private Path snapshots;
    private CliRunner cli;

    @BeforeEach
    void nightlySnapshots() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (LocalDate night = LocalDate.of(2026, 11, 1); !night.isAfter(LocalDate.of(2026, 11, 18));
             night = night.plusDays(1)) {
            json.append(json.length() > 1 ? "," : "").append("{\"time\": \"").append(night)
                    .append("T02:00:05.123+01:00\", \"short_id\": \"s").append(night.getDayOfMonth()).append("\"}");
        }
        snapshots = Files.writeString(tmp.resolve("snapshots.json"), json.append("]").toString());
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
    }

    @Test
    void aMessageDeletedWednesdayIsRecoverableUntilThursdayAsJson() throws IOException {
        CliRunner.Result run = cli.run("simulate", "--snapshots", snapshots.toString(), "--schedule", "daily 02:00",
                "--keep-last", "1", "--created", "2026-11-16T15:00", "--deleted", "2026-11-18T10:00",
                "--now", "2026-11-18T12:00", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode event = Json.mapper().readTree(run.out()).get("events").get(0);
        assertThat(event.get("kind").asText()).isEqualTo("message");
        assertThat(event.get("captured").asBoolean()).isTrue();
        assertThat(event.get("capturedBy").get(0).asText()).isEqualTo("2026-11-17T02:00:05+01:00");
        assertThat(event.get("recoverableUntil").asText()).isEqualTo("2026-11-19T02:00:00+01:00");
        assertThat(event.get("timeLeftSeconds").asLong()).isEqualTo(14 * 3600);
        assertThat(event.get("lost").isNull()).isTrue();
        assertThat(event.get("advice").asText()).startsWith("Copy s18 somewhere safe before");
        assertThat(Json.mapper().readTree(run.out()).get("summary").get("recoverableNow").asInt()).isEqualTo(1);
    }

    @Test
    void aBatchAnswersEveryLineAndSaysWhyOneWasNeverCaptured() throws IOException {
        Path events = Files.writeString(tmp.resolve("events.csv"), "label,created,deleted\n"
                + "kept,2026-11-16T15:00,2026-11-18T10:00\n"
                + "too quick,2026-11-18T03:00,2026-11-18T10:00\n"
                + "stolen,2026-11-18T10:00\n");

        CliRunner.Result run = cli.run("simulate", "--snapshots", snapshots.toString(), "--schedule", "daily 02:00",
                "--keep-last", "1", "--events", events.toString(), "--now", "2026-11-18T12:00");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(run.out()).contains("too quick: No backup ever held it. It was deleted before the next run",
                "stolen: The last backup before the loss was made on",
                "3 events: 2 recoverable now, 1 never captured, 0 lost since.");
    }

    @Test
    void aMalformedLineIsNamedAndNothingIsAnswered() throws IOException {
        Path events = Files.writeString(tmp.resolve("events.csv"), "a,2026-11-16T15:00,2026-11-18T10:00\n"
                + "b,yesterday,2026-11-18T10:00\n");

        CliRunner.Result run = cli.run("simulate", "--snapshots", snapshots.toString(), "--keep-last", "1",
                "--events", events.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Line 2 of " + events + ": cannot read 'yesterday' as a time.");
    }

    @Test
    void withoutAPolicyItSaysWhichOptionsGiveOne() {
        CliRunner.Result run = cli.run("simulate", "--snapshots", snapshots.toString(), "--deleted", "2026-11-18");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--keep-last N, --keep-daily N");
    }

    @Test
    void inFrenchTheVerdictIsInFrench() {
        CliRunner.Result run = new CliRunner(tmp.resolve("home"), Locale.FRENCH).run("simulate", "--snapshots",
                snapshots.toString(), "--keep-last", "1", "--schedule", "daily 02:00", "--created",
                "2026-11-18T03:00", "--deleted", "2026-11-18T10:00", "--now", "2026-11-18T12:00");

        assertThat(run.out()).contains("Aucune sauvegarde ne l'a jamais contenu.",
                "Il a été supprimé avant la sauvegarde suivante");
    }
}
