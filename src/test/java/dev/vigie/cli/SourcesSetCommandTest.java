package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class SourcesSetCommandTest {

    @TempDir
    Path tmp;

    private Path nas;
    private CliRunner cli;
    private String dataDir;

    @BeforeEach
    void setUp() throws Exception {
        nas = Files.createDirectories(tmp.resolve("nas"));
        dataDir = tmp.resolve("data").toString();
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        assertThat(cli.run("--data-dir", dataDir, "sources", "add", "nas", nas.toString()).code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void settingEverythingSavesItAndSaysWhatWasSaved() {
        CliRunner.Result set = cli.run("--data-dir", dataDir, "sources", "set", "nas", "--schedule", "daily 02:00",
                "--zone", "Europe/Paris", "--grace", "90m", "--media", "network-share", "--offsite");

        assertThat(set.code()).as(set.err()).isEqualTo(ExitCode.OK);
        assertThat(set.out().lines()).containsExactly(
                "Saved the settings of 'nas':",
                "  Schedule: daily 02:00 (read at each 'vigie check')",
                "  Zone: Europe/Paris",
                "  Grace: 90 min",
                "  Media: network-share",
                "  Off-site: yes");
        JsonNode listed = listJson().get(0);
        assertThat(listed.get("schedule").asText()).isEqualTo("daily 02:00");
        assertThat(listed.get("zone").asText()).isEqualTo("Europe/Paris");
        assertThat(listed.get("graceSeconds").asLong()).isEqualTo(5400);
        assertThat(listed.get("media").asText()).isEqualTo("network-share");
        assertThat(listed.get("offsite").asBoolean()).isTrue();
    }

    @Test
    void aSourceNeverSetIsListedWithEverySettingLeftToVigie() {
        JsonNode listed = listJson().get(0);

        assertThat(listed.get("schedule").isNull()).isTrue();
        assertThat(listed.get("zone").isNull()).isTrue();
        assertThat(listed.get("graceSeconds").isNull()).isTrue();
        assertThat(listed.get("media").isNull()).isTrue();
        assertThat(listed.get("offsite").asBoolean()).isFalse();
    }

    @Test
    void optionsNotGivenKeepTheirValueAndAutoGivesAValueBackToVigie() {
        cli.run("--data-dir", dataDir, "sources", "set", "nas", "--schedule", "weekly sun 03:00", "--grace", "1d",
                "--media", "removable", "--offsite", "--zone", "UTC");

        CliRunner.Result set = cli.run("--data-dir", dataDir, "sources", "set", "nas", "--no-offsite",
                "--media", "auto", "--zone", "AUTO");

        assertThat(set.code()).as(set.err()).isEqualTo(ExitCode.OK);
        assertThat(set.out().lines()).containsExactly(
                "Saved the settings of 'nas':",
                "  Schedule: weekly sun 03:00 (read at each 'vigie check')",
                "  Zone: auto (this computer's zone, now Europe/Paris)",
                "  Grace: 1 d",
                "  Media: auto",
                "  Off-site: no");
    }

    @Test
    void clearingTheScheduleLetsVigieInferItAgainAndTheListSaysAuto() {
        cli.run("--data-dir", dataDir, "sources", "set", "nas", "--schedule", "daily 02:00", "--media", "cloud",
                "--offsite");
        CliRunner.Result list = cli.run("--data-dir", dataDir, "sources", "list");
        assertThat(list.out().lines()).containsExactly(
                "Name  Layout  Schedule     Media            Path",
                "nas   auto    daily 02:00  cloud, off-site  " + nas);

        CliRunner.Result cleared = cli.run("--data-dir", dataDir, "sources", "set", "nas", "--clear-schedule");

        assertThat(cleared.code()).isEqualTo(ExitCode.OK);
        assertThat(cleared.out()).contains("  Schedule: auto (inferred from the backups seen)");
        assertThat(listJson().get(0).get("schedule").isNull()).isTrue();
        assertThat(listJson().get(0).get("media").asText()).isEqualTo("cloud");
    }

    @Test
    void withoutAnyOptionTheSettingsAreShownAndNothingChanges() {
        cli.run("--data-dir", dataDir, "sources", "set", "nas", "--grace", "2h");

        CliRunner.Result shown = cli.run("--data-dir", dataDir, "sources", "set", "nas");

        assertThat(shown.code()).isEqualTo(ExitCode.OK);
        assertThat(shown.out()).startsWith("Settings of 'nas' (nothing changed):").contains("  Grace: 2 h");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--zone|Mars/Olympus_Mons|Unknown time zone 'Mars/Olympus_Mons'.",
        "--media|floppy|'floppy' is not a kind of media. Use local-disk, removable, network-share or cloud",
        "--grace|2 hours|'2 hours' is not a duration. Write a number followed by m (minutes)",
        "--grace|-1h|'-1h' is not a duration.",
        "--schedule|'  '|The schedule is empty."})
    void aBadValueIsBadInputAndChangesNothing(String option, String value, String message) {
        cli.run("--data-dir", dataDir, "sources", "set", "nas", "--media", "removable");

        CliRunner.Result set = cli.run("--data-dir", dataDir, "sources", "set", "nas", "--offsite", option, value);

        assertThat(set.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(set.err()).startsWith(message);
        assertThat(set.out()).isEmpty();
        JsonNode listed = listJson().get(0);
        assertThat(listed.get("media").asText()).isEqualTo("removable");
        assertThat(listed.get("offsite").asBoolean()).as("the valid --offsite was not saved either").isFalse();
    }

    @Test
    void anUnknownSourceIsBadInput() {
        CliRunner.Result set = cli.run("--data-dir", dataDir, "sources", "set", "ghost", "--media", "cloud");

        assertThat(set.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(set.err()).startsWith("No source is named 'ghost'.");
    }

    @Test
    void aScheduleAndItsClearingTogetherAreBadInput() {
        CliRunner.Result set = cli.run("--data-dir", dataDir, "sources", "set", "nas", "--schedule", "daily 02:00",
                "--clear-schedule");

        assertThat(set.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(set.err()).startsWith("--schedule and --clear-schedule ask for opposite things.");
        assertThat(listJson().get(0).get("schedule").isNull()).isTrue();
    }

    @Test
    void theHelpSaysTheScheduleIsCheckedLaterAndGivesTheExitStatus() {
        CliRunner.Result help = cli.run("sources", "set", "--help");

        assertThat(help.code()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("--[no-]offsite", "--clear-schedule", "checked by 'vigie check'",
                "Exit status: 0 saved or shown, 2 bad input");
    }

    @Test
    void inFrenchTheConfirmationAndTheErrorsAreInFrench() {
        CliRunner french = new CliRunner(tmp.resolve("home"), Locale.FRENCH);

        CliRunner.Result set = french.run("--data-dir", dataDir, "sources", "set", "nas", "--grace", "2d");
        CliRunner.Result bad = french.run("--data-dir", dataDir, "sources", "set", "nas", "--grace", "2 jours");

        assertThat(set.out()).startsWith("Réglages de 'nas' enregistrés :").contains("  Délai de grâce : 2 j");
        assertThat(bad.err()).startsWith("'2 jours' n'est pas une durée.");
        assertThat(french.run("sources", "set", "--help").out()).contains("Dit comment une source est sauvegardée");
    }

    private JsonNode listJson() {
        CliRunner.Result list = cli.run("--data-dir", dataDir, "sources", "list", "--json");
        assertThat(list.code()).as(list.err()).isEqualTo(ExitCode.OK);
        try {
            return Json.mapper().readTree(list.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + list.out(), e);
        }
    }
}
