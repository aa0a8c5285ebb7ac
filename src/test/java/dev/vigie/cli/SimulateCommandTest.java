package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
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
        Path events = Files.writeString(tmp.resolve("events.csv"), "label,created,deleted,lost\n"
                + "kept,2026-11-16T15:00,2026-11-18T10:00,\n"
                + "too quick,2026-11-18T03:00,2026-11-18T10:00,\n"
                + "stolen,,,2026-11-18T10:00\n");

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
    void withoutAPolicySimulateAndWhatifFallBackOnTheSourcesUsualOneAndSaySo() throws Exception {
        CliRunner.Result run = cli.run("simulate", "--snapshots", snapshots.toString(), "--deleted", "2026-11-18");
        CliRunner.Result whatif = cli.run("whatif", "--snapshots", snapshots.toString());
        CliRunner.Result asJson = cli.run("simulate", "--snapshots", snapshots.toString(), "--deleted", "2026-11-18",
                "--json");
        CliRunner.Result given = cli.run("simulate", "--snapshots", snapshots.toString(), "--deleted", "2026-11-18",
                "--keep-last", "1");

        assertThat(run.code()).as(run.err()).isIn(ExitCode.OK, ExitCode.PROBLEM_FOUND);
        assertThat(run.out()).startsWith("Retention policy: keep-last unlimited, the source's usual one "
                + "(no --preset or --keep option given).");
        assertThat(whatif.code()).as(whatif.err()).isEqualTo(ExitCode.OK);
        assertThat(whatif.out()).startsWith("Retention policy: keep-last unlimited, the source's usual one")
                .contains("usual ");
        var json = dev.vigie.report.Json.mapper().readTree(asJson.out());
        assertThat(json.get("policy").asText()).isEqualTo("keep-last unlimited");
        assertThat(json.get("policyIsUsual").asBoolean()).isTrue();
        assertThat(given.out()).startsWith("Retention policy: keep-last 1 (as given).");
    }

    @Test
    void inFrenchTheVerdictIsInFrench() {
        CliRunner.Result run = new CliRunner(tmp.resolve("home"), Locale.FRENCH).run("simulate", "--snapshots",
                snapshots.toString(), "--keep-last", "1", "--schedule", "daily 02:00", "--created",
                "2026-11-18T03:00", "--deleted", "2026-11-18T10:00", "--now", "2026-11-18T12:00");

        assertThat(run.out()).contains("Aucune sauvegarde ne l'a jamais contenu.",
                "Il a été supprimé avant la sauvegarde suivante");
    }

    /** A phone's WhatsApp folder: the current file of 20 Nov and dated copies of 16 to 19 Nov, each at 02:00 Paris. */
    private Path whatsAppFolder() {
        TreeBuilder tree = TreeBuilder.in(tmp.resolve("phone/WhatsApp/Databases"))
                .file("msgstore.db.crypt14", 4096, Paris.at("2026-11-20T02:00"));
        for (int day = 16; day <= 19; day++) {
            tree.file("msgstore-2026-11-" + day + ".1.db.crypt14", 4000, Paris.at("2026-11-" + day + "T02:00"));
        }
        return tree.build();
    }

    @Test
    void aRegisteredSourceIsSimulatedFromItsRecordedHistoryWithTheFileToCopy() throws IOException {
        Path folder = whatsAppFolder();
        assertThat(cli.run("sources", "add", "phone", folder.toString()).code()).isZero();
        assertThat(cli.run("scan", "phone", "--now", "2026-11-20T12:00+01:00").code()).isZero();
        // The phone deletes its copies; Vigie still remembers them.
        Files.delete(folder.resolve("msgstore-2026-11-16.1.db.crypt14"));

        CliRunner.Result run = cli.run("simulate", "--source", "phone", "--preset", "whatsapp-local-android",
                "--zone", "Europe/Paris", "--created", "2026-11-15T09:00", "--deleted", "2026-11-17T10:00",
                "--now", "2026-11-20T12:00", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode event = Json.mapper().readTree(run.out()).get("events").get(0);
        assertThat(event.get("capturedBy")).extracting(JsonNode::asText)
                .containsExactly("2026-11-16T02:00:00+01:00", "2026-11-17T02:00:00+01:00");
        assertThat(event.get("recoverableNow").asBoolean()).isTrue();
        // Kept for seven days after the newest backup of its own day: pruned by the run of 24 Nov.
        assertThat(event.get("recoverableUntil").asText()).isEqualTo("2026-11-24T02:00:00+01:00");
        assertThat(event.get("advice").asText()).startsWith("Copy msgstore-2026-11-17.1.db.crypt14 somewhere safe");
    }

    @Test
    void aFolderGivenByPathIsScannedButNotRegistered() throws IOException {
        Path folder = whatsAppFolder();

        CliRunner.Result run = cli.run("simulate", "--source", folder.toString(), "--preset",
                "whatsapp-local-android", "--zone", "Europe/Paris", "--lost", "2026-11-19T20:00",
                "--now", "2026-11-20T12:00", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode event = Json.mapper().readTree(run.out()).get("events").get(0);
        assertThat(event.get("lastBackupBefore").asText()).isEqualTo("2026-11-19T02:00:00+01:00");
        assertThat(event.get("exposureSeconds").asLong()).isEqualTo(18 * 3600);
        assertThat(cli.run("sources", "list", "--json").out()).doesNotContain(folder.toString());
    }

    @Test
    void anUnknownSourceNameIsRefused() {
        CliRunner.Result run = cli.run("simulate", "--source", "nowhere", "--keep-last", "1",
                "--deleted", "2026-11-18T10:00");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
    }
}
