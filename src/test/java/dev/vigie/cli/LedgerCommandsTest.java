package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import dev.vigie.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's commands as a script sees them: exit codes, the lines printed, the JSON shapes. */
class LedgerCommandsTest {

    @TempDir
    Path tmp;

    private Path dataDir;
    private CliRunner cli;
    private CliRunner french;

    @BeforeEach
    void setUp() {
        dataDir = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        french = new CliRunner(tmp.resolve("home"), Locale.FRENCH);
    }

    private CliRunner.Result run(String... args) {
        return run(cli, args);
    }

    private CliRunner.Result run(CliRunner runner, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return runner.run(all.toArray(String[]::new));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(CliRunner.Result result) throws Exception {
        assertThat(result.code()).as(result.err()).isIn(ExitCode.OK, ExitCode.PROBLEM_FOUND);
        return Json.mapper().readTree(result.out());
    }

    private void anna() {
        CliRunner.Result added = run("contacts", "add", "--id", "anna", "--name", "Anna Martin", "--phone",
                "06 12 34 56 78", "--region", "FR");
        assertThat(added.code()).as(added.err()).isZero();
    }

    @Test
    void addingAContactNormalisesItsPhoneNumber() throws Exception {
        CliRunner.Result added = run("contacts", "add", "--id", "anna", "--name", "Anna Martin", "--phone",
                "06 12 34 56 78", "--region", "fr");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out())
                .isEqualTo("Added the contact anna: Anna Martin, +33612345678." + System.lineSeparator());
        JsonNode listed = json(run("contacts", "list", "--json"));
        assertThat(listed.get(0).get("phone").asText()).isEqualTo("+33612345678");
        assertThat(listed.get(0).get("consents").get("restore-access").get("state").asText()).isEqualTo("none");
    }

    @Test
    void aNationalNumberWithoutRegionSaysToWriteItInInternationalForm() {
        CliRunner.Result added = run("contacts", "add", "--name", "Anna", "--phone", "06 12 34 56 78");

        assertThat(added.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(added.err()).contains("'06 12 34 56 78' is a national number", "+33...", "--region FR");
        assertThat(Files.exists(dataDir.resolve(Store.FILE_NAME))).as("bad input is refused before the database")
                .isFalse();
    }

    @Test
    void importPrintsHowManyRowsItAdded() throws Exception {
        Path contacts = file("contacts.csv", "\uFEFFid,name,phone,conversation\n"
                + "anna,\"Martin, Anna\",+33612345678,\"Shop\nLyon\"\nbruno,Bruno,+33698765432,\n");

        CliRunner.Result imported = run("contacts", "import", contacts.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 2 contacts from " + contacts + "." + System.lineSeparator());
    }

    @Test
    void aBadImportListsEveryErrorWithItsLineExitsTwoAndChangesNothing() throws Exception {
        anna();
        Path consents = file("consents.csv", """
                contact_id,purpose,granted_at,method,evidence,withdrawn_at
                anna,restore-access,2026-01-10,form,F-12,
                zoe,archive,2026-01-10,paper,,
                anna,archive,someday,fax,,
                """);
        String auditBefore = run("audit", "list", "--json").out();

        CliRunner.Result imported = run("consent", "import", consents.toString());

        assertThat(imported.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(imported.out()).isEmpty();
        assertThat(imported.err().lines().toList()).containsExactly(
                consents + ", line 3: no contact has the id 'zoe'. Add it first (vigie contacts add or import), "
                        + "or correct the id.",
                consents + ", line 4: cannot read granted_at 'someday' as a date. Use ISO-8601: 2026-11-21, or "
                        + "2026-11-21T10:00:00+01:00.",
                consents + ", line 4: 'fax' is not a consent method. Use form, whatsapp-message, paper or other.",
                "Nothing was imported from " + consents + ": 3 errors above. Correct the file, then import it "
                        + "again; every row is imported or none.");
        assertThat(json(run("consent", "list", "--json"))).isEmpty();
        JsonNode before = Json.mapper().readTree(auditBefore);
        JsonNode after = json(run("audit", "list", "--json"));
        assertThat(after).hasSize(before.size() + 1);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).isEqualTo(before.get(i));
        }
        JsonNode refused = after.get(before.size());
        assertThat(refused.get("action").asText()).isEqualTo("import.refused");
        assertThat(refused.get("subject").asText()).isEqualTo(consents.toString());
        assertThat(refused.get("details").toString()).isEqualTo("{\"errors\":3,\"kind\":\"consents\"}");
        assertThat(run("audit", "verify").code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"A\"}", "[1]", "{"})
    void aJsonFileThatIsNotAnArrayOfObjectsIsBadInputWithItsReasonInBothLanguages(String text) throws Exception {
        Path data = file("ledger.json", text);
        for (CliRunner runner : List.of(cli, french)) {
            for (String command : List.of("contacts", "consent", "erasure")) {
                CliRunner.Result imported = run(runner, command, "import", data.toString());

                assertThat(imported.code()).as(command + ": " + imported.err()).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(imported.err()).contains("ledger.json").doesNotContain("nexpected", "inattendue");
            }
        }
        assertThat(run("contacts", "import", file("object.json", "{\"name\":\"A\"}").toString()).err())
                .contains("array of objects, [ {...}, {...} ]");
        assertThat(run(french, "contacts", "import", file("one.json", "[1]").toString()).err())
                .contains("doit être un objet, {...}.");
    }

    @Test
    void importDecidesTheFormatByExtensionOrFormat() throws Exception {
        anna();
        Path data = file("consents.data", """
                [{"contact_id": "anna", "purpose": "restore-access", "granted_at": "2026-01-10", "method": "form"}]
                """);

        CliRunner.Result unknown = run("consent", "import", data.toString());
        CliRunner.Result imported = run("consent", "import", data.toString(), "--format", "json");

        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("Name it .csv or .json, or give --format");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 1 consent from ");
    }

    @Test
    void accessCheckExitsZeroWhenAllowedAndOneWhenDeniedWithReasons() throws Exception {
        anna();
        run("consent", "grant", "--contact", "anna", "--purpose", "restore-access", "--method", "form",
                "--at", "2026-01-10T10:00");
        run("consent", "withdraw", "--contact", "anna", "--purpose", "restore-access", "--at", "2026-11-01");

        CliRunner.Result before = run("access", "check", "--contact", "anna", "--purpose", "restore-access",
                "--reason", "Recover the deleted invoice", "--now", "2026-10-01T12:00", "--json");
        CliRunner.Result after = run("access", "check", "--contact", "anna", "--purpose", "restore-access",
                "--reason", "Recover the deleted invoice", "--json");

        assertThat(before.code()).isEqualTo(ExitCode.OK);
        JsonNode allowed = json(before);
        assertThat(allowed.get("allowed").asBoolean()).isTrue();
        assertThat(allowed.get("reasons")).isEmpty();
        assertThat(allowed.get("recorded").asBoolean()).as("--now is a what-if, never recorded").isFalse();
        assertThat(json(after).get("recorded").asBoolean()).isTrue();
        assertThat(after.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        JsonNode denied = json(after);
        assertThat(denied.get("allowed").asBoolean()).isFalse();
        assertThat(denied.get("reasons")).singleElement().satisfies(r -> {
            assertThat(r.get("code").asText()).isEqualTo("withdrawn");
            assertThat(r.get("date").asText()).isEqualTo("2026-11-01T00:00:00+01:00");
            assertThat(r.get("message").asText()).isEqualTo(
                    "restore-access: the consent was withdrawn on 1 Nov 2026, 00:00.");
        });
        assertThat(denied.get("contact").asText()).isEqualTo("anna");
        assertThat(denied.get("justification").asText()).isEqualTo("Recover the deleted invoice");
        JsonNode log = json(run("audit", "list", "--json"));
        assertThat(log.get(log.size() - 1).get("action").asText()).isEqualTo("access.denied");
        assertThat(log.get(log.size() - 1).get("details").toString()).contains("2026-11-21T08:00:00.000Z");
        assertThat(log).extracting(e -> e.get("action").asText()).doesNotContain("access.allowed");
    }

    @Test
    void accessWithoutAReasonIsDeniedInWords() {
        anna();

        CliRunner.Result denied = run("access", "check", "--contact", "anna", "--purpose", "archive");

        assertThat(denied.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(denied.out().lines().toList()).containsExactly(
                "DENIED: do not open the restored or deleted messages of Anna Martin for Archive.",
                "  - archive: no consent recorded for this purpose.",
                "  - No justification given: say why opening the messages is necessary, with --reason.",
                "This decision is recorded in the audit log.");
    }

    @Test
    void accessForAnUnknownContactOrPurposeIsBadInput() {
        anna();

        assertThat(run("access", "check", "--contact", "ghost", "--purpose", "archive", "--reason", "x").code())
                .isEqualTo(ExitCode.BAD_INPUT);
        CliRunner.Result purpose = run("access", "check", "--contact", "anna", "--purpose", "fun", "--reason", "x");
        assertThat(purpose.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(purpose.err()).contains("'fun' is not a purpose. Use one of: archive, restore-access, "
                + "quality-analysis.");
    }

    @Test
    void erasureListsFilterOverdueAndDueSoon() throws Exception {
        anna();
        run("erasure", "add", "--contact", "anna", "--received", "2026-10-01", "--scope", "everything");
        run("erasure", "add", "--contact", "anna", "--received", "2026-10-25");
        run("erasure", "add", "--contact", "anna", "--received", "2026-11-20");

        JsonNode all = json(run("erasure", "list", "--json", "--now", "2026-11-21T09:00"));
        JsonNode urgent = json(run("erasure", "list", "--overdue", "--due-soon", "--json", "--now",
                "2026-11-21T09:00"));
        JsonNode overdue = json(run("erasure", "list", "--overdue", "--json", "--now", "2026-11-21T09:00"));

        assertThat(all).extracting(n -> n.get("status").asText()).containsExactly("overdue", "due-soon", "open");
        assertThat(urgent).hasSize(2);
        assertThat(overdue).singleElement().satisfies(n -> {
            assertThat(n.get("id").asLong()).isEqualTo(1);
            assertThat(n.get("receivedAt").asText()).isEqualTo("2026-10-01T00:00:00+02:00");
            assertThat(n.get("dueAt").asText()).isEqualTo("2026-11-01T00:00:00+01:00");
            assertThat(n.get("scope").asText()).isEqualTo("everything");
            assertThat(n.get("completedAt").isNull()).isTrue();
        });
        CliRunner.Result done = run("erasure", "done", "1", "--at", "2026-11-21T09:00");
        assertThat(done.out()).contains("after its deadline");
        assertThat(json(run("erasure", "list", "--overdue", "--json", "--now", "2026-11-21T09:00"))).isEmpty();
    }

    @Test
    void consentAndErasureListsSetEachContactsNameBesideItsIdAndNothingOnceTheContactIsGone() {
        anna();
        assertThat(run("consent", "grant", "--contact", "anna", "--purpose", "archive", "--at", "2026-01-10",
                "--method", "form").code()).isZero();
        run("erasure", "add", "--contact", "anna", "--received", "2026-11-20");

        assertThat(run("consent", "list").out().lines().skip(1))
                .singleElement().satisfies(l -> assertThat(l).startsWith("anna     Anna Martin  archive"));
        String erasures = run("erasure", "list", "--now", "2026-11-21T09:00").out();
        assertThat(erasures.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).contains("Contact  Name"));
        assertThat(erasures).contains("anna     Anna Martin");

        assertThat(run("contacts", "remove", "anna").code()).isZero();
        String after = run("erasure", "list", "--now", "2026-11-21T09:00").out();
        assertThat(after).contains("anna").doesNotContain("Anna Martin");
    }

    @Test
    void auditVerifyExitsOneAndNamesTheEditedEntry() throws Exception {
        anna();
        run("access", "check", "--contact", "anna", "--purpose", "archive", "--reason", "x");
        run("access", "check", "--contact", "anna", "--purpose", "archive", "--reason", "y");

        CliRunner.Result intact = run("audit", "verify");
        assertThat(intact.code()).isZero();
        assertThat(intact.out()).startsWith("The audit log is intact: 3 entries, each chained to the one before.");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET details_json = replace(details_json, 'false', 'true') "
                    + "WHERE seq = 2");
        }
        CliRunner.Result broken = run("audit", "verify");
        JsonNode json = json(run("audit", "verify", "--json"));

        assertThat(broken.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(broken.out().lines().toList()).containsExactly(
                "Entry 2 was edited: its content no longer matches its hash.",
                "The audit log (3 entries) was changed after it was written. Keep this database as it is and "
                        + "compare it with an earlier export.",
                "Warning: the database triggers that refuse changes to the audit log are missing; someone removed "
                        + "them.");
        assertThat(json.get("intact").asBoolean()).isFalse();
        assertThat(json.get("break").get("kind").asText()).isEqualTo("edited");
        assertThat(json.get("break").get("entry").asLong()).isEqualTo(2);
        assertThat(json.get("guarded").asBoolean()).isFalse();
    }

    @Test
    void auditExportWritesJsonLines() throws Exception {
        anna();
        Path out = tmp.resolve("audit.jsonl");

        CliRunner.Result exported = run("audit", "export", out.toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).startsWith("Wrote 1 entry of the audit log to " + out);
        JsonNode entry = Json.mapper().readTree(Files.readAllLines(out).get(0));
        assertThat(entry.fieldNames()).toIterable().containsExactly("seq", "time", "actor", "action", "subject",
                "details", "prevHash", "hash");
    }

    @Test
    void removingASourceFromTheCommandLineIsInTheAuditLog() throws Exception {
        Path nas = Files.createDirectories(tmp.resolve("nas"));
        run("sources", "add", "nas", nas.toString());

        assertThat(run("sources", "remove", "nas").code()).isZero();

        JsonNode log = json(run("audit", "list", "--json"));
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.get("action").asText()).isEqualTo("source.remove");
            assertThat(e.get("details").get("location").asText()).isEqualTo(nas.toString());
        });
    }

    @Test
    void everyListTakesJson() throws Exception {
        anna();
        for (String[] list : List.of(new String[] {"contacts", "list"}, new String[] {"consent", "list"},
                new String[] {"erasure", "list"}, new String[] {"audit", "list"})) {
            List<String> args = new ArrayList<>(List.of(list));
            args.add("--json");
            assertThat(json(run(args.toArray(String[]::new))).isArray()).as(String.join(" ", list)).isTrue();
        }
    }

    @Test
    void frenchSpeaksFrench() throws Exception {
        CliRunner.Result noRegion = run(french, "contacts", "add", "--name", "Zoé", "--phone", "06 12 34 56 78");
        anna();
        CliRunner.Result denied = run(french, "access", "check", "--contact", "anna", "--purpose", "archive");
        Path bad = file("erasures.csv", "contact_id,received_at\nzoe,2026-01-01\n");
        CliRunner.Result imported = run(french, "erasure", "import", bad.toString());

        assertThat(noRegion.err()).contains("est un numéro national", "format international");
        assertThat(denied.out()).contains("REFUSÉ", "aucun consentement enregistré", "Aucune justification");
        assertThat(imported.err()).contains(bad + ", ligne 2 : aucun contact n'a l'identifiant 'zoe'.",
                "Rien n'a été importé depuis " + bad + " : 1 erreur ci-dessus.");
        CliRunner.Result help = run(french, "access", "check", "--help");
        assertThat(help.out()).contains("Code de sortie : 0 autorisé, 1 refusé");
    }
}
