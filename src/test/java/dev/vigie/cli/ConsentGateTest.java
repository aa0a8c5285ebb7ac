package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent gate cannot be backdated with {@code --now}, lets no one past an erasure request, and refuses before
 * the export is read. Today (the clock) is 2026-11-21; carl withdrew on 2026-06-01.
 */
class ConsentGateTest {

    private static final String CHAT = "[19/11/2026, 10:00:00] Carl Petit: hello\n"
            + "[19/11/2026, 10:01:00] Shop: hi\n";

    @TempDir
    Path tmp;

    private Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void carlWithdrewInJune() {
        dataDir = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        ok("contacts", "add", "--id", "carl", "--name", "Carl Petit", "--phone", "+33 6 11 22 33 44");
        ok("consent", "grant", "--contact", "carl", "--purpose", "restore-access", "--method", "form", "--at",
                "2026-01-05");
        ok("consent", "withdraw", "--contact", "carl", "--purpose", "restore-access", "--at", "2026-06-01");
        ok("contacts", "add", "--id", "dora", "--name", "Dora Lenoir", "--phone", "+33 6 55 66 77 88");
        ok("consent", "grant", "--contact", "dora", "--purpose", "restore-access", "--method", "form", "--at",
                "2026-01-05");
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private void ok(String... args) {
        CliRunner.Result result = run(args);
        assertThat(result.code()).as(String.join(" ", args) + ": " + result.err()).isZero();
    }

    private List<String> auditActions() throws Exception {
        JsonNode log = Json.mapper().readTree(run("audit", "list", "--json").out());
        List<String> actions = new ArrayList<>();
        log.forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    private Path chat() throws Exception {
        return Files.writeString(tmp.resolve("_chat.txt"), CHAT, StandardCharsets.UTF_8);
    }

    // --- 11: --now never backdates a recorded decision ---

    @Test
    void aChatImportWithNowIsRefusedAndNothingIsRecorded() throws Exception {
        List<String> before = auditActions();

        CliRunner.Result result = run("chat", "import", chat().toString(), "--contact", "carl", "--now",
                "2026-05-31", "--date-order", "dmy");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--now cannot be used with chat import");
        assertThat(auditActions()).isEqualTo(before);
        assertThat(run("chat", "list").out()).contains("No chat export imported");
    }

    @Test
    void anAccessCheckWithNowIsAWhatIfThatRecordsNothing() throws Exception {
        List<String> before = auditActions();

        CliRunner.Result whatIf = run("access", "check", "--contact", "carl", "--purpose", "restore-access",
                "--reason", "invoice", "--now", "2026-05-31");

        assertThat(whatIf.code()).isEqualTo(ExitCode.OK);
        assertThat(whatIf.out()).contains("NOT recorded").doesNotContain("recorded in the audit log");
        assertThat(auditActions()).isEqualTo(before);

        CliRunner.Result real = run("access", "check", "--contact", "carl", "--purpose", "restore-access",
                "--reason", "invoice", "--json");
        assertThat(real.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        JsonNode log = Json.mapper().readTree(run("audit", "list", "--json").out());
        JsonNode last = log.get(log.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("access.denied");
        assertThat(last.get("details").get("at").asText()).isEqualTo("2026-11-21T08:00:00.000Z");
    }

    @Test
    void aChecklistWithAnEarlierNowStillDecidesWhoMayBeOpenedToday() throws Exception {
        Path folder = TreeBuilder.in(tmp.resolve("phone/WhatsApp/Databases"))
                .file("msgstore.db.crypt14", 4096, Paris.at("2026-05-30T02:00"))
                .file("msgstore-2026-05-29.1.db.crypt14", 4000, Paris.at("2026-05-29T02:00")).build();
        ok("sources", "add", "phone", folder.toString());
        ok("scan", "phone", "--now", "2026-05-31T12:00+02:00");
        Path out = tmp.resolve("plan.md");

        CliRunner.Result result = run("checklist", "--scenario", "migrate", "--source", "phone", "--now",
                "2026-05-31T12:00", "--format", "md", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        String md = Files.readString(out);
        String inScope = md.substring(md.indexOf("In scope"), md.indexOf("Do not open"));
        String doNotOpen = md.substring(md.indexOf("Do not open"));
        assertThat(inScope).contains("Dora Lenoir").doesNotContain("Carl Petit");
        assertThat(doNotOpen).contains("Carl Petit");
    }

    // --- 12: an erasure request puts the contact out of scope for every purpose ---

    @Test
    void aContactWhoAskedForErasureIsDeniedEverywhereWithThatReason() throws Exception {
        ok("erasure", "add", "--contact", "dora", "--received", "2026-11-20");

        CliRunner.Result access = run("access", "check", "--contact", "dora", "--purpose", "restore-access",
                "--reason", "invoice", "--json");
        CliRunner.Result imported = run("chat", "import", chat().toString(), "--contact", "dora", "--date-order",
                "dmy");

        assertThat(access.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        JsonNode decision = Json.mapper().readTree(access.out());
        assertThat(decision.get("reasons").get(0).get("code").asText()).isEqualTo("erasure-requested");
        assertThat(imported.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(imported.err()).contains("asked for erasure");
        ok("erasure", "done", "1");
        assertThat(run("access", "check", "--contact", "dora", "--purpose", "restore-access", "--reason",
                "invoice").code()).as("a completed erasure still denies").isEqualTo(ExitCode.PROBLEM_FOUND);
    }

    @Test
    void aChecklistPutsAContactWhoAskedForErasureAmongThoseNotToOpen() throws Exception {
        ok("erasure", "add", "--contact", "dora", "--received", "2026-11-20");
        Path folder = TreeBuilder.in(tmp.resolve("phone/WhatsApp/Databases"))
                .file("msgstore.db.crypt14", 4096, Paris.at("2026-11-20T02:00")).build();
        ok("sources", "add", "phone", folder.toString());
        ok("scan", "phone");
        Path out = tmp.resolve("plan.md");

        ok("checklist", "--scenario", "migrate", "--source", "phone", "--format", "md", "--out", out.toString());

        String md = Files.readString(out);
        assertThat(md.substring(md.indexOf("Do not open"))).contains("Dora Lenoir");
        assertThat(md.substring(md.indexOf("In scope"), md.indexOf("Do not open"))).doesNotContain("Dora");
    }

    // --- 13: the gate before the file ---

    @Test
    void aRefusedImportNeverOpensTheFileAndIsRecorded() throws Exception {
        Path missing = tmp.resolve("never-read.zip");

        CliRunner.Result result = run("chat", "import", missing.toString(), "--contact", "carl");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("Not imported").contains("withdrawn").doesNotContain("never-read.zip");
        assertThat(auditActions()).last().isEqualTo("chat.refused");
    }
}
