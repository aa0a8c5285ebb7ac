package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.audit.AuditEntry;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Progress;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.Purpose;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import dev.vigie.testing.TreeHash;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie checklist} on a phone's WhatsApp folder of 14 to 18 November, with a consent ledger. */
class ChecklistCommandTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path folder;
    private CliRunner cli;

    @BeforeEach
    void phoneWithLedger() {
        TreeBuilder tree = TreeBuilder.in(tmp.resolve("phone/WhatsApp/Databases"))
                .file("msgstore.db.crypt14", 4096, Paris.at("2026-11-18T02:00"));
        for (int day = 14; day <= 17; day++) {
            tree.file("msgstore-2026-11-" + day + ".1.db.crypt14", 4000 + day, Paris.at("2026-11-" + day + "T02:00"));
        }
        folder = tree.build();
        data = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        assertThat(run("sources", "add", "phone", folder.toString()).code()).isZero();
        assertThat(run("scan", "phone", "--now", "2026-11-18T12:00+01:00").code()).isZero();
        var ledger = workspace().ledger();
        ledger.addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "+33612345678", Optional.empty(),
                Optional.empty()), Optional.empty());
        ledger.addContact(new ContactDraft(Optional.of("bruno"), "Bruno <b>Petit</b>", "+33687654321",
                Optional.empty(), Optional.empty()), Optional.empty());
        ledger.grant("anna", Purpose.RESTORE_ACCESS, Paris.at("2026-01-05T10:00"), ConsentMethod.FORM,
                Optional.of("form 12"));
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private Workspace workspace() {
        return new Workspace(data, new LocalScanner());
    }

    @Test
    void aTimeWithoutZoneIsReadInTheSourcesZoneAsSimulateReadsIt() throws IOException {
        assertThat(run("sources", "set", "phone", "--zone", "Asia/Tokyo").code()).isZero();
        Path out = tmp.resolve("tokyo.md");

        // 10:00 in Tokyo is 02:00 in Paris, the very minute of the 16th's backup: only the 15th's holds it.
        CliRunner.Result result = run("checklist", "--scenario", "recover", "--source", "phone", "--deleted",
                "2026-11-16T10:00", "--now", "2026-11-18T12:00+01:00", "--format", "md", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out)).contains("- **Backup**: msgstore-2026-11-15.1.db.crypt14");
    }

    @Test
    void writesTheMarkdownChecklistWithTheBackupItsDeadlineAndWhoMayBeOpened() throws IOException {
        Path out = tmp.resolve("plan.md");

        CliRunner.Result result = run("checklist", "--scenario", "recover", "--source", "phone", "--deleted",
                "2026-11-16T10:00", "--now", "2026-11-18T12:00", "--zone", "Europe/Paris", "--format", "md",
                "--out", out.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("Wrote " + out);
        String md = Files.readString(out);
        // whatsapp-local-android: the dated copy of the 16th is kept seven days after the newest of its day.
        assertThat(md).contains("- **Backup**: msgstore-2026-11-16.1.db.crypt14",
                "Retention removes this backup on 23 Nov 2026, 02:00",
                "rename msgstore-2026-11-16.1.db.crypt14 to msgstore.db.crypt14", "Anna Martin (+33612345678)",
                "Bruno &lt;b>Petit&lt;/b>");
        List<AuditEntry> log = workspace().ledger().auditLog();
        assertThat(log.get(log.size() - 1).action()).isEqualTo("checklist.generate");
    }

    @Test
    void readsTheSourceWithoutWritingToIt() throws IOException {
        String before = TreeHash.of(folder);

        run("checklist", "--scenario", "lost", "--source", "phone", "--lost", "2026-11-17T20:00", "--now",
                "2026-11-18T12:00", "--format", "pdf", "--out", tmp.resolve("plan.pdf").toString());

        assertThat(TreeHash.of(folder)).isEqualTo(before);
        assertThat(Files.size(tmp.resolve("plan.pdf"))).isPositive();
    }

    @Test
    void inFrenchWithLang() throws IOException {
        Path out = tmp.resolve("plan.html");

        run("checklist", "--scenario", "migrate", "--source", "phone", "--now", "2026-11-18T12:00", "--lang", "fr",
                "--format", "html", "--out", out.toString());

        assertThat(Files.readString(out)).contains("<html lang=\"fr\">", "Liste : passer à un nouveau téléphone",
                "Seulement ensuite", "faites une sauvegarde maintenant");
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        Path out = tmp.resolve("plan.md");

        assertThat(run("checklist", "--scenario", "rescue", "--source", "phone", "--format", "md", "--out",
                out.toString()).code()).isEqualTo(ExitCode.BAD_INPUT);
        CliRunner.Result noTime = run("checklist", "--scenario", "recover", "--source", "phone", "--format", "md",
                "--out", out.toString());
        assertThat(noTime.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noTime.err()).contains("--deleted");
        assertThat(run("checklist", "--scenario", "lost", "--source", "phone", "--lost", "2026-11-17T20:00",
                "--format", "docx", "--out", out.toString()).code()).isEqualTo(ExitCode.BAD_INPUT);
        CliRunner.Result noFolder = run("checklist", "--scenario", "lost", "--source", "phone", "--lost",
                "2026-11-17T20:00", "--format", "md", "--out", tmp.resolve("missing/plan.md").toString());
        assertThat(noFolder.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noFolder.err()).contains("Cannot write");
        assertThat(out).doesNotExist();
    }

    @Test
    void ticksAndTheSignOffAreKeptAndAuditedAndTheChainStaysIntact() {
        Workspace workspace = workspace();
        Checklist checklist = workspace.checklists().write(new ChecklistAsk(ChecklistScenario.RECOVER, "phone",
                Optional.empty(), Optional.empty(), Optional.of(Paris.at("2026-11-16T10:00")), Optional.empty(),
                Purpose.RESTORE_ACCESS), Paris.at("2026-11-18T12:00"), Paris.ZONE);
        String first = checklist.steps().findFirst().orElseThrow().id();

        workspace.checklists().tick(checklist.id(), first, true);
        workspace.checklists().tick(checklist.id(), first, true);
        workspace.checklists().signOff(checklist.id(), "Anna", "Bruno");

        Progress progress = workspace().checklists().progress(checklist.id());
        assertThat(progress.ticks()).containsOnlyKeys(first);
        assertThat(progress.signOff().map(Progress.SignOff::checkedBy)).contains("Bruno");
        assertThat(workspace().checklists().open(checklist.id()).map(Checklist::steps).orElseThrow()
                .map(s -> s.id()).toList()).isEqualTo(checklist.steps().map(s -> s.id()).toList());
        List<String> actions = workspace.ledger().auditLog().stream().map(AuditEntry::action).toList();
        assertThat(actions).containsSubsequence("checklist.generate", "checklist.tick", "checklist.sign-off");
        assertThat(actions.stream().filter("checklist.tick"::equals).count()).isEqualTo(1);
        assertThat(workspace.ledger().verifyAudit().intact()).isTrue();
    }
}
