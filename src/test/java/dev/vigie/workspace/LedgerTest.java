package dev.vigie.workspace;

import static dev.vigie.consent.Purpose.ARCHIVE;
import static dev.vigie.consent.Purpose.RESTORE_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditEntry;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.Contact;
import dev.vigie.consent.DenialReason;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.LedgerKind;
import dev.vigie.report.Json;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.Paris;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade the window will use: every change recorded, imports all or nothing, decisions logged. */
class LedgerTest {

    private static final Instant NOW = Paris.at("2026-11-21T09:00");
    private static final Instant CLOCK_TIME = Instant.parse("2026-11-21T08:30:00Z");

    @TempDir
    Path tmp;

    private Workspace workspace;
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(tmp.resolve("data"), new LocalScanner(), Clock.fixed(CLOCK_TIME, ZoneOffset.UTC),
                "marie");
        ledger = workspace.ledger();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void twoContacts() {
        ledger.addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "06 12 34 56 78",
                Optional.of("Boutique"), Optional.empty()), Optional.of("FR"));
        ledger.addContact(new ContactDraft(Optional.of("bruno"), "Bruno Dupont", "+33 6 98 76 54 32",
                Optional.empty(), Optional.of("prefers mornings")), Optional.empty());
    }

    private List<String> actions() {
        return ledger.auditLog().stream().map(AuditEntry::action).toList();
    }

    @Test
    void contactsAreListedWithTheirConsentForEveryPurpose() {
        twoContacts();
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.of("F-12"));
        ledger.grant("anna", ARCHIVE, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        ledger.withdraw("anna", ARCHIVE, Paris.at("2026-06-01T00:00"));

        List<ContactOverview> contacts = ledger.contacts(NOW);

        assertThat(contacts).extracting(c -> c.contact().id()).containsExactly("anna", "bruno");
        ContactOverview anna = contacts.get(0);
        assertThat(anna.contact().phone()).isEqualTo("+33612345678");
        assertThat(anna.consent(RESTORE_ACCESS).state()).isEqualTo(ConsentState.GIVEN);
        assertThat(anna.consent(ARCHIVE).state()).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(anna.consent(ARCHIVE).since()).contains(Paris.at("2026-06-01T00:00"));
        assertThat(contacts.get(1).consents()).extracting(s -> s.state()).containsOnly(ConsentState.NONE);
        assertThat(actions()).containsExactly("contact.add", "contact.add", "consent.grant", "consent.grant",
                "consent.withdraw");
    }

    @Test
    void theAuditLogNamesContactsByIdOnly() {
        twoContacts();
        ledger.editContact("anna", new ContactDraft(Optional.empty(), "Anna Martin-Leroy", "+33612345678",
                Optional.empty(), Optional.empty()), Optional.empty());

        String everything = ledger.auditLog().toString();

        assertThat(everything).doesNotContain("Anna", "Martin", "+336", "Boutique", "mornings");
        assertThat(ledger.auditLog().get(2).details()).isEqualTo("{\"changed\":[\"name\",\"conversation\"]}");
        assertThat(ledger.auditLog()).extracting(AuditEntry::actor, AuditEntry::time)
                .containsOnly(tuple("marie", CLOCK_TIME));
    }

    @Test
    void aNationalNumberWithoutRegionIsRefusedWithAHint() {
        assertThatThrownBy(() -> ledger.addContact(new ContactDraft(Optional.empty(), "Anna", "06 12 34 56 78",
                Optional.empty(), Optional.empty()), Optional.empty()))
                .isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.phone.noRegion");
        assertThat(ledger.contacts(NOW)).isEmpty();
        assertThat(ledger.auditLog()).isEmpty();
    }

    @Test
    void aSecondConsentForTheSamePurposeAndTimeIsRefused() {
        twoContacts();
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());

        assertThatThrownBy(() -> ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-03-01T10:00"),
                ConsentMethod.PAPER, Optional.empty())).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.consent.overlap");
        assertThatThrownBy(() -> ledger.withdraw("bruno", RESTORE_ACCESS, NOW))
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.consent.noneToWithdraw");
        ContactDetails anna = ledger.contact("anna").orElseThrow();
        assertThat(anna.consents()).hasSize(1);
    }

    @Test
    void everyAccessDecisionIsRecordedWithItsJustification() {
        twoContacts();
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());

        AccessDecision allowed = ledger.checkAccess("anna", RESTORE_ACCESS, "Recover the deleted invoice", NOW);
        AccessDecision denied = ledger.checkAccess("bruno", RESTORE_ACCESS, "", NOW);

        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.agent()).isEqualTo("marie");
        assertThat(denied.reasons()).extracting(DenialReason::code)
                .containsExactly(DenialReason.Code.NO_CONSENT, DenialReason.Code.NO_JUSTIFICATION);
        List<AuditEntry> log = ledger.auditLog();
        AuditEntry last = log.get(log.size() - 1);
        assertThat(log.get(log.size() - 2).action()).isEqualTo("access.allowed");
        assertThat(log.get(log.size() - 2).details()).contains("\"justification\":\"Recover the deleted invoice\"");
        assertThat(last.action()).isEqualTo("access.denied");
        assertThat(last.subject()).isEqualTo("bruno");
        assertThat(last.details()).isEqualTo("{\"allowed\":false,\"at\":\"2026-11-21T08:00:00.000Z\","
                + "\"justification\":\"\",\"purpose\":\"restore-access\",\"reasons\":[\"no-consent\","
                + "\"no-justification\"]}");
    }

    @Test
    void anAccessCheckForAnUnknownContactIsBadInputAndRecordsNothing() {
        assertThatThrownBy(() -> ledger.checkAccess("ghost", RESTORE_ACCESS, "why", NOW))
                .isInstanceOf(InputProblem.class);
        assertThat(ledger.auditLog()).isEmpty();
    }

    @Test
    void importsEachKindFromCsvAndJson() throws Exception {
        Path contacts = file("contacts.csv", "id,name,phone,conversation\nanna,Anna,+33612345678,Boutique\n"
                + "bruno,Bruno,06 98 76 54 32,\n");
        Path consents = file("consents.json", """
                [{"contact_id": "anna", "purpose": "restore-access", "granted_at": "2026-01-10",
                  "method": "form", "evidence": "F-12"},
                 {"contact_id": "bruno", "purpose": "archive", "granted_at": "2026-01-10T10:00:00+01:00",
                  "method": "paper", "withdrawn_at": "2026-03-01"}]
                """);
        Path erasures = file("erasures.csv", "contact_id,received_at,completed_at,scope\n"
                + "bruno,2026-11-01,,\"all messages, and the photos\"\n");

        ImportResult c = ledger.importFile(LedgerKind.CONTACTS, contacts, Optional.empty(), Paris.ZONE,
                Optional.of("FR"));
        ImportResult k = ledger.importFile(LedgerKind.CONSENTS, consents, Optional.empty(), Paris.ZONE,
                Optional.empty());
        ImportResult e = ledger.importFile(LedgerKind.ERASURES, erasures, Optional.empty(), Paris.ZONE,
                Optional.empty());

        assertThat(List.of(c, k, e)).allMatch(ImportResult::accepted).extracting(ImportResult::added)
                .containsExactly(2, 2, 1);
        assertThat(ledger.consents(Optional.of("bruno"))).singleElement()
                .satisfies(r -> assertThat(r.withdrawnAt()).contains(Paris.at("2026-03-01T00:00")));
        assertThat(ledger.erasures()).singleElement().satisfies(r -> {
            assertThat(r.dueAt()).isEqualTo(Paris.at("2026-12-01T00:00"));
            assertThat(r.scope()).contains("all messages, and the photos");
        });
        assertThat(ledger.auditLog()).extracting(AuditEntry::action, AuditEntry::subject).containsExactly(
                tuple("import", contacts.toString()), tuple("import", consents.toString()),
                tuple("import", erasures.toString()));
    }

    @Test
    void oneBadRowAndNothingIsImportedButEveryErrorIsToldWithItsLine() throws Exception {
        twoContacts();
        ledger.grant("anna", ARCHIVE, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        List<AuditEntry> logBefore = ledger.auditLog();
        Path consents = file("consents.csv", """
                contact_id,purpose,granted_at,method,evidence,withdrawn_at
                anna,restore-access,2026-01-10,form,F-12,
                zoe,archive,2026-01-10,paper,,
                bruno,telepathy,2026-01-10,paper,,
                anna,archive,2026-02-01,paper,,
                bruno,archive,2026-02-01,paper,,2026-01-15
                """);

        ImportResult result = ledger.importFile(LedgerKind.CONSENTS, consents, Optional.of(FileFormat.CSV),
                Paris.ZONE, Optional.empty());

        assertThat(result.accepted()).isFalse();
        assertThat(result.added()).isZero();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(3L, "error.import.unknownContact"),
                tuple(4L, "error.import.purpose"),
                tuple(5L, "error.import.consentInLedger"),
                tuple(6L, "error.import.withdrawnBeforeGranted"));
        assertThat(ledger.consents(Optional.empty())).hasSize(1);
        List<AuditEntry> log = ledger.auditLog();
        assertThat(log).hasSize(logBefore.size() + 1).startsWith(logBefore.toArray(AuditEntry[]::new));
        AuditEntry refused = log.get(log.size() - 1);
        assertThat(refused.action()).isEqualTo("import.refused");
        assertThat(refused.subject()).isEqualTo(consents.toString());
        assertThat(refused.details()).isEqualTo("{\"errors\":4,\"kind\":\"consents\"}");
        assertThat(ledger.verifyAudit().intact()).isTrue();
    }

    @Test
    void aRefusedContactsImportIsAuditedWithoutAnythingOfItsRowsAndChangesNothingElse() throws Exception {
        twoContacts();
        List<ContactOverview> contactsBefore = ledger.contacts(NOW);
        List<AuditEntry> logBefore = ledger.auditLog();
        Path contacts = file("contacts.csv", """
                id,name,phone,conversation
                chloe,Chloé Roux,+33781234567,Atelier
                denis,Denis Lambert,not a phone,
                """);

        ImportResult result = ledger.importFile(LedgerKind.CONTACTS, contacts, Optional.empty(), Paris.ZONE,
                Optional.empty());

        assertThat(result.accepted()).isFalse();
        assertThat(ledger.contacts(NOW)).isEqualTo(contactsBefore);
        List<AuditEntry> log = ledger.auditLog();
        assertThat(log).hasSize(logBefore.size() + 1).startsWith(logBefore.toArray(AuditEntry[]::new));
        AuditEntry refused = log.get(log.size() - 1);
        assertThat(refused.action()).isEqualTo("import.refused");
        assertThat(refused.actor()).isEqualTo("marie");
        assertThat(refused.time()).isEqualTo(CLOCK_TIME);
        assertThat(refused.details()).isEqualTo("{\"errors\":1,\"kind\":\"contacts\"}");
        assertThat(refused.subject() + refused.details()).doesNotContain("chloe", "Chloé", "Denis", "Lambert",
                "+33781234567", "not a phone", "Atelier");
        assertThat(ledger.verifyAudit().intact()).isTrue();
        assertThat(ledger.verifyAudit().entries()).isEqualTo(log.size());
    }

    @Test
    void duplicatesInTheFileOrTheLedgerAreErrors() throws Exception {
        twoContacts();
        Path contacts = file("contacts.json", """
                [
                  {"id": "chloe", "name": "Chloé", "phone": "+33781234567"},
                  {"id": "chloe", "name": "Chloé bis", "phone": "+33781234568"},
                  {"id": "anna", "name": "Anna again", "phone": "+33781234569"},
                  {"name": "No id", "phone": "+33612345678"},
                  {"name": "Twin", "phone": "+33781234567"}
                ]
                """);

        ImportResult result = ledger.importFile(LedgerKind.CONTACTS, contacts, Optional.empty(), Paris.ZONE,
                Optional.empty());

        assertThat(result.errors()).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(3L, "error.import.duplicateId"),
                tuple(4L, "error.import.idTaken"),
                tuple(5L, "error.import.phoneTaken"),
                tuple(6L, "error.import.duplicatePhone"));
        assertThat(ledger.contacts(NOW)).hasSize(2);
    }

    @Test
    void erasureRequestsDueSoonAndOverdueAreListedApart() {
        twoContacts();
        ErasureRequest late = ledger.addErasure("anna", Paris.at("2026-10-01T10:00"), Optional.empty(), Paris.ZONE);
        ErasureRequest soon = ledger.addErasure("bruno", Paris.at("2026-10-25T10:00"), Optional.of("all"),
                Paris.ZONE);
        ErasureRequest later = ledger.addErasure("bruno", Paris.at("2026-11-20T10:00"), Optional.empty(),
                Paris.ZONE);

        assertThat(ledger.overdue(NOW)).containsExactly(late);
        assertThat(ledger.dueSoon(NOW)).containsExactly(soon);
        ErasureRequest done = ledger.completeErasure(late.id(), NOW);
        assertThat(ledger.overdue(NOW)).isEmpty();
        assertThat(done.completedAt()).contains(NOW);
        assertThat(ledger.erasures()).extracting(ErasureRequest::id)
                .containsExactly(late.id(), soon.id(), later.id());
        assertThatThrownBy(() -> ledger.completeErasure(late.id(), NOW))
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.erasure.done");
    }

    @Test
    void removingAContactKeepsItsErasureRequestsAsProof() {
        twoContacts();
        ledger.grant("anna", ARCHIVE, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        ledger.addErasure("anna", Paris.at("2026-11-01T10:00"), Optional.empty(), Paris.ZONE);

        ledger.removeContact("anna");

        assertThat(ledger.contact("anna")).isEmpty();
        assertThat(ledger.consents(Optional.of("anna"))).isEmpty();
        assertThat(ledger.erasures()).extracting(ErasureRequest::contactId).containsExactly("anna");
        AuditEntry removal = ledger.auditLog().get(ledger.auditLog().size() - 1);
        assertThat(removal.action()).isEqualTo("contact.remove");
        assertThat(removal.details()).isEqualTo("{\"consentsRemoved\":1}");
    }

    @Test
    void removingASourceIsRecorded() throws Exception {
        workspace.add("nas", Files.createDirectories(tmp.resolve("nas")), Optional.empty());

        assertThat(workspace.remove("nas")).isTrue();
        assertThat(workspace.remove("nas")).isFalse();

        assertThat(ledger.auditLog()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("source.remove");
            assertThat(e.subject()).isEqualTo("nas");
        });
    }

    @Test
    void theChecklistCanRecordItsGenerationAndSignOff() {
        ledger.recordChecklistGenerated("restore-anna-2026-11-21", Map.of("scenario", "lost-phone"));
        ledger.recordChecklistSignedOff("restore-anna-2026-11-21", "Marie Durand", Map.of());

        assertThat(ledger.auditLog()).extracting(AuditEntry::action, AuditEntry::details).containsExactly(
                tuple("checklist.generate", "{\"scenario\":\"lost-phone\"}"),
                tuple("checklist.sign-off", "{\"signedBy\":\"Marie Durand\"}"));
        assertThat(ledger.verifyAudit().intact()).isTrue();
    }

    @Test
    void theAuditExportCanBeCheckedWithoutVigie() throws Exception {
        twoContacts();
        ledger.checkAccess("anna", RESTORE_ACCESS, "why", NOW);
        Path out = tmp.resolve("audit.jsonl");

        int written = ledger.exportAudit(out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(3).isEqualTo(lines.size());
        // As the README tells it, with the key file and HMAC-SHA256 only: no Vigie code.
        List<String> key = Files.readAllLines(tmp.resolve("data").resolve("audit.key"));
        assertThat(key.get(0)).isEqualTo("vigie-audit-key-1");
        long since = Long.parseLong(key.get(1).substring("since=".length()));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.HexFormat.of().parseHex(
                key.get(2).substring("key=".length())), "HmacSHA256"));
        String prev = AuditChain.GENESIS;
        for (String line : lines) {
            JsonNode e = Json.mapper().readTree(line);
            assertThat(e.get("prevHash").asText()).isEqualTo(prev);
            long seq = e.get("seq").asLong();
            StringBuilder form = new StringBuilder();
            for (String field : List.of(prev, seq >= since ? "vigie-audit-2" : "vigie-audit-1", Long.toString(seq),
                    e.get("time").asText(), e.get("actor").asText(), e.get("action").asText(),
                    e.get("subject").asText(), e.get("details").asText())) {
                form.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(',');
            }
            byte[] bytes = form.toString().getBytes(StandardCharsets.UTF_8);
            String hash = java.util.HexFormat.of().formatHex(seq >= since ? mac.doFinal(bytes)
                    : java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(e.get("hash").asText()).isEqualTo(hash);
            prev = hash;
        }
        assertThat(actions()).endsWith("export");
    }

    @Test
    void exportsAreRecordedAndReadBack() throws Exception {
        twoContacts();
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.WHATSAPP_MESSAGE,
                Optional.of("=cmd|' /C calc'!A0"));
        Path contacts = tmp.resolve("contacts.csv");
        Path consents = tmp.resolve("consents.csv");

        assertThat(ledger.export(LedgerKind.CONTACTS, contacts, Optional.empty(), Paris.ZONE)).isEqualTo(2);
        assertThat(ledger.export(LedgerKind.CONSENTS, consents, Optional.empty(), Paris.ZONE)).isEqualTo(1);

        assertThat(Files.readString(consents)).contains("'=cmd|' /C calc'!A0", "2026-01-10T10:00:00+01:00");
        Workspace other = new Workspace(tmp.resolve("other"), new LocalScanner());
        Ledger copy = other.ledger();
        assertThat(copy.importFile(LedgerKind.CONTACTS, contacts, Optional.empty(), Paris.ZONE, Optional.empty())
                .added()).isEqualTo(2);
        assertThat(copy.importFile(LedgerKind.CONSENTS, consents, Optional.empty(), Paris.ZONE, Optional.empty())
                .added()).isEqualTo(1);
        assertThat(copy.contacts(NOW)).extracting(ContactOverview::contact).containsExactlyElementsOf(
                ledger.contacts(NOW).stream().map(ContactOverview::contact)
                        .map(c -> new Contact(c.id(), c.name(), c.phone(), c.conversation(), Optional.empty()))
                        .toList());
        assertThat(copy.consents(Optional.empty())).extracting(ConsentRecord::evidence)
                .containsExactly(Optional.of("=cmd|' /C calc'!A0"));
        assertThat(ledger.auditLog()).filteredOn(e -> e.action().equals("export")).hasSize(2);
    }
}
