package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie chat}: the consent gate, the import's JSON, the list, the removal, and the simulation. */
class ChatCommandTest {

    private static final String CHAT = "\u200E[19/11/2026, 9:58:01\u202FAM] Shop: \u200EMessages and calls are "
            + "end-to-end encrypted.\n"
            + "[19/11/2026, 10:00:00\u202FAM] Anna Martin: Hello: is my order ready?\n"
            + "[19/11/2026, 10:01:00\u202FAM] Anna Martin: \u200EThis message was deleted.\n"
            + "[19/11/2026, 2:00:00\u202FPM] Shop: \u200Eimage omitted\n"
            + "[20/11/2026, 3:00:00\u202FPM] Shop: \u200EYou deleted this message.\n";

    @TempDir
    Path tmp;

    private Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        dataDir = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        CliRunner.Result added = run("contacts", "add", "--id", "anna", "--name", "Anna Martin", "--phone",
                "+33 6 12 34 56 78");
        assertThat(added.code()).as(added.err()).isZero();
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private Path chat() throws Exception {
        return Files.writeString(tmp.resolve("_chat.txt"), CHAT, StandardCharsets.UTF_8);
    }

    @Test
    void withoutConsentTheImportIsRefusedWithItsReason() throws Exception {
        CliRunner.Result result = run("chat", "import", chat().toString(), "--contact", "anna", "--zone",
                "Europe/Paris");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("Not imported: the consent of anna for restore-access is not valid now")
                .contains("no consent recorded");
        assertThat(run("chat", "list").out()).contains("No chat export imported");
    }

    @Test
    void importPrintsTheCountsAsJsonThenListAndRemove() throws Exception {
        assertThat(run("consent", "grant", "--contact", "anna", "--purpose", "restore-access", "--method", "form",
                "--at", "2026-01-10").code()).isZero();

        CliRunner.Result imported = run("chat", "import", chat().toString(), "--contact", "anna", "--zone",
                "Europe/Paris", "--json");

        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode json = Json.mapper().readTree(imported.out());
        assertThat(json.get("messages").asInt()).isEqualTo(5);
        assertThat(json.get("authors").get("Anna Martin").asInt()).isEqualTo(2);
        assertThat(json.get("authors").get("Shop").asInt()).isEqualTo(2);
        assertThat(json.get("kinds").get("deleted").asInt()).isEqualTo(2);
        assertThat(json.get("kinds").get("system").asInt()).isEqualTo(1);
        assertThat(json.get("kinds").get("media").asInt()).isEqualTo(1);
        assertThat(json.get("deleted").get(0).get("time").asText()).isEqualTo("2026-11-19T10:01:00+01:00");
        assertThat(json.get("deleted").get(1).get("byYou").asBoolean()).isTrue();
        assertThat(json.get("first").asText()).isEqualTo("2026-11-19T09:58:01+01:00");
        assertThat(json.get("last").asText()).isEqualTo("2026-11-20T15:00:00+01:00");

        JsonNode list = Json.mapper().readTree(run("chat", "list", "--json").out());
        assertThat(list).hasSize(1);
        long id = list.get(0).get("id").asLong();
        assertThat(run("audit", "list").out()).contains("chat.import");

        CliRunner.Result removed = run("chat", "remove", String.valueOf(id));
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(run("chat", "remove", String.valueOf(id)).code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("audit", "list").out()).contains("chat.remove");
    }

    @Test
    void anAmbiguousFileAsksForTheDateOrder() throws Exception {
        assertThat(run("consent", "grant", "--contact", "anna", "--purpose", "restore-access", "--method", "form",
                "--at", "2026-01-10").code()).isZero();
        Path file = Files.writeString(tmp.resolve("chat.txt"), "01/02/2026, 10:00 - Anna: hi\n");

        CliRunner.Result result = run("chat", "import", file.toString(), "--contact", "anna");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--date-order");
        assertThat(run("chat", "import", file.toString(), "--contact", "anna", "--date-order", "mdy").code())
                .isZero();
    }

    @Test
    void unknownNoticesAndUnreadableHeadersAreWarningsNamingTheLanguageAndTheLine() throws Exception {
        assertThat(run("consent", "grant", "--contact", "anna", "--purpose", "restore-access", "--method", "form",
                "--at", "2026-01-10").code()).isZero();
        Path file = Files.writeString(tmp.resolve("georgian.txt"),
                "[19/11/2026, 10:00:00] Shop: \u200Eშეტყობინებები და ზარები დაშიფრულია.\n"
                        + "[19/11/2026, 10:01:00] Anna Martin: hi\n"
                        + "[19/11/2026 um 10:02:00] Anna Martin: a header form Vigie does not read\n",
                StandardCharsets.UTF_8);

        CliRunner.Result text = run("chat", "import", file.toString(), "--contact", "anna", "--zone", "Europe/Paris");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Warning: 1 notice Vigie has no words for, written in Georgian by the look of "
                + "its letters (first on line 1), counted as system: unknown.")
                .contains("Warning: line 3 looks like a message header in a form Vigie cannot read "
                        + "([19/11/2026 um 10:02:00]): it is left out, not added to the message before it.");

        JsonNode json = Json.mapper().readTree(run("chat", "import", file.toString(), "--contact", "anna", "--zone",
                "Europe/Paris", "--json").out());
        assertThat(json.get("kinds").get("system").asInt()).isEqualTo(1);
        assertThat(json.get("authors").has("Shop")).isFalse();
        assertThat(json.get("warnings").get(0).get("code").asText()).isEqualTo("unknown-notice");
        assertThat(json.get("warnings").get(0).get("language").asText()).isEqualTo("georgian");
        assertThat(json.get("warnings").get(1).get("code").asText()).isEqualTo("unreadable-header");
        assertThat(json.get("warnings").get(1).get("line").asInt()).isEqualTo(3);
    }
}
