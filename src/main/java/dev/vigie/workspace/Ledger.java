package dev.vigie.workspace;

import dev.vigie.checklist.LedgerFacts;
import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditHead;
import dev.vigie.audit.AuditStamp;
import dev.vigie.audit.AuditVerification;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ContactIds;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.ImportRejected;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.ledger.LedgerFiles;
import dev.vigie.ledger.ParsedRows;
import dev.vigie.ledger.PhoneNumbers;
import dev.vigie.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The consent ledger as both faces use it: contacts, their consents per purpose, erasure requests, the access
 * decision, and the audit log that records every change and decision. Obtained from {@link Workspace#ledger()}.
 *
 * <p>Synchronous; each call opens the database for its own short transaction. Every change and its audit entry are
 * written in one transaction. Times to decide at ({@code now}) and zones are passed in; the audit log's own times
 * come from the clock the ledger was made with, so {@code --now} cannot backdate an entry. Bad input throws an
 * {@link InputProblem} and changes nothing.
 */
public final class Ledger {

    private final Path dataDir;
    private final Clock clock;
    private final String actor;

    Ledger(Path dataDir, Clock clock, String actor) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.actor = actor;
    }

    /** Who the audit log names for what this ledger does: the operating-system user. */
    public String actor() {
        return actor;
    }

    /** The region national phone numbers are read in by default: the locale's country, if it has one. */
    public static Optional<String> defaultRegion(Locale locale) {
        return PhoneNumbers.defaultRegion(locale);
    }

    // --- contacts ---

    /** Every contact, by name, with its consent for each purpose at {@code now}. */
    public List<ContactOverview> contacts(Instant now) {
        try (Store store = open()) {
            // Indexed by contact once: comparing every contact with every consent took minutes at 100,000 each.
            // Loops rather than collectors: this runs once per command, mostly before the JIT compiles anything.
            Map<String, List<ConsentRecord>> consents = new HashMap<>();
            for (ConsentRecord consent : store.ledger().consents(Optional.empty())) {
                consents.computeIfAbsent(consent.contactId(), k -> new ArrayList<>(1)).add(consent);
            }
            Map<String, Integer> openErasures = new HashMap<>();
            for (ErasureRequest erasure : store.ledger().erasures()) {
                if (erasure.isOpen()) {
                    openErasures.merge(erasure.contactId(), 1, Integer::sum);
                }
            }
            List<Contact> contacts = store.ledger().contacts();
            List<ContactOverview> all = new ArrayList<>(contacts.size());
            for (Contact contact : contacts) {
                List<ConsentStatus> statuses = ConsentStatus.forEveryPurpose(
                        consents.getOrDefault(contact.id(), List.of()), now);
                all.add(new ContactOverview(contact, statuses, openErasures.getOrDefault(contact.id(), 0)));
            }
            return all;
        }
    }

    /** Every contact's name by id: what a list that shows ids sets beside them for people to read. */
    public Map<String, String> names() {
        try (Store store = open()) {
            Map<String, String> names = new HashMap<>();
            for (Contact contact : store.ledger().contacts()) {
                names.put(contact.id(), contact.name());
            }
            return names;
        }
    }

    /** Everything the ledger holds, for a restore checklist's consent section. */
    public LedgerFacts facts() {
        try (Store store = open()) {
            return new LedgerFacts(store.ledger().contacts(), store.ledger().consents(Optional.empty()),
                    store.ledger().erasures());
        }
    }

    /** One contact with its consent history and erasure requests. */
    public Optional<ContactDetails> contact(String id) {
        try (Store store = open()) {
            Optional<Contact> contact = store.ledger().contact(id);
            if (contact.isEmpty()) {
                return Optional.empty();
            }
            List<ConsentRecord> consents = store.ledger().consents(Optional.of(id)).stream()
                    .sorted(Comparator.comparing(ConsentRecord::grantedAt)).toList();
            List<ErasureRequest> erasures = store.ledger().erasures().stream()
                    .filter(e -> e.contactId().equals(id))
                    .sorted(Comparator.comparing(ErasureRequest::receivedAt)).toList();
            return Optional.of(new ContactDetails(contact.get(), consents, erasures));
        }
    }

    /**
     * Adds a contact; its phone number is normalised to E.164.
     *
     * @param region a two-letter country code (FR) for a national phone number; empty when it is international
     * @throws InputProblem for an id taken or malformed, a blank name, a phone number that cannot be read or is
     *                      already another contact's
     */
    public Contact addContact(ContactDraft draft, Optional<String> region) {
        Contact contact = contact(draft.id().map(String::strip).filter(i -> !i.isEmpty())
                .orElseGet(ContactIds::generate), draft, region);
        try (Store store = open()) {
            return store.ledger().addContact(contact, stamp());
        }
    }

    /** Changes a contact's name, phone, conversation and notes; its id stays. */
    public Contact editContact(String id, ContactDraft draft, Optional<String> region) {
        Contact contact = contact(id, draft, region);
        try (Store store = open()) {
            return store.ledger().updateContact(contact, stamp());
        }
    }

    /**
     * Removes a contact and its consent records. Its erasure requests stay (they are the proof that it was erased),
     * and so do the audit log's entries, which name it by id only.
     *
     * @throws InputProblem when no contact has that id
     */
    public void removeContact(String id) {
        try (Store store = open()) {
            store.ledger().removeContact(id, stamp());
        }
    }

    // --- consents ---

    /** Every consent record, of one contact or of all, by contact then grant time. */
    public List<ConsentRecord> consents(Optional<String> contactId) {
        try (Store store = open()) {
            return store.ledger().consents(contactId);
        }
    }

    /**
     * Records a consent.
     *
     * @throws InputProblem for an unknown contact, or when a consent for that purpose is already valid then
     */
    public ConsentRecord grant(String contactId, Purpose purpose, Instant grantedAt, ConsentMethod method,
                               Optional<String> evidence) {
        ConsentRecord consent = new ConsentRecord(contactId, purpose, grantedAt, method,
                evidence.map(String::strip).filter(e -> !e.isEmpty()), Optional.empty());
        try (Store store = open()) {
            return store.ledger().grant(consent, stamp());
        }
    }

    /**
     * Withdraws the consent for that purpose that is valid at {@code withdrawnAt}.
     *
     * @throws InputProblem for an unknown contact, or when no consent for that purpose is valid then
     */
    public ConsentRecord withdraw(String contactId, Purpose purpose, Instant withdrawnAt) {
        try (Store store = open()) {
            return store.ledger().withdraw(contactId, purpose, withdrawnAt, stamp());
        }
    }

    // --- erasure requests ---

    /** Every erasure request, by due time. */
    public List<ErasureRequest> erasures() {
        try (Store store = open()) {
            return store.ledger().erasures();
        }
    }

    /**
     * Records an erasure request, due one month after its receipt in {@code zone}.
     *
     * @throws InputProblem for an unknown contact or a request already recorded at that time
     */
    public ErasureRequest addErasure(String contactId, Instant receivedAt, Optional<String> scope, ZoneId zone) {
        ErasureRequest request = ErasureRequest.received(contactId, receivedAt, zone, Optional.empty(),
                scope.map(String::strip).filter(t -> !t.isEmpty()));
        try (Store store = open()) {
            return store.ledger().addErasure(request, stamp());
        }
    }

    /**
     * Marks an erasure request done.
     *
     * @throws InputProblem for an unknown request, one already done, or a time before its receipt
     */
    public ErasureRequest completeErasure(long id, Instant completedAt) {
        try (Store store = open()) {
            return store.ledger().completeErasure(id, completedAt, stamp());
        }
    }

    /** Open requests past their due time at {@code now}, most overdue first. */
    public List<ErasureRequest> overdue(Instant now) {
        return erasures().stream().filter(e -> e.isOverdueAt(now))
                .sorted(Comparator.comparing(ErasureRequest::dueAt)).toList();
    }

    /** Open requests due within seven days of {@code now}, soonest first. */
    public List<ErasureRequest> dueSoon(Instant now) {
        return erasures().stream().filter(e -> e.isDueSoonAt(now))
                .sorted(Comparator.comparing(ErasureRequest::dueAt)).toList();
    }

    // --- files ---

    /**
     * Imports a file, all or nothing. Every row is checked (and, for consents and erasures, against the contacts in
     * the ledger); any error and nothing is added. Logged either way: an accepted import with its row count, a
     * refused one with its number of errors (never their text).
     *
     * @param format empty to go by the file's extension
     * @param zone   the zone of bare dates (a date alone is midnight there) and of erasures' due dates
     * @param region the region of national phone numbers, for contacts
     * @throws InputProblem when the file cannot be read or its format cannot be told
     */
    public ImportResult importFile(LedgerKind kind, Path file, Optional<FileFormat> format, ZoneId zone,
                                   Optional<String> region) {
        FileFormat chosen = LedgerFiles.formatOf(file, format);
        Optional<String> checkedRegion = region.map(PhoneNumbers::region);
        String label = file.toString();
        try {
            int added = switch (kind) {
                case CONTACTS -> {
                    ParsedRows<Contact> rows = LedgerFiles.readContacts(file, chosen, checkedRegion);
                    try (Store store = open()) {
                        yield store.ledger().importContacts(label, rows.rows(), rows.errors(), stamp());
                    }
                }
                case CONSENTS -> {
                    ParsedRows<ConsentRecord> rows = LedgerFiles.readConsents(file, chosen, zone);
                    try (Store store = open()) {
                        yield store.ledger().importConsents(label, rows.rows(), rows.errors(), stamp());
                    }
                }
                case ERASURES -> {
                    ParsedRows<ErasureRequest> rows = LedgerFiles.readErasures(file, chosen, zone);
                    try (Store store = open()) {
                        yield store.ledger().importErasures(label, rows.rows(), rows.errors(), stamp());
                    }
                }
            };
            return new ImportResult(kind, label, added, List.of());
        } catch (ImportRejected rejected) {
            recordRefusedImport(kind, label, rejected.errors().size());
            return new ImportResult(kind, label, 0, rejected.errors());
        }
    }

    /**
     * Records that a file of personal data was read and refused, in a write transaction of its own (the import's
     * was rolled back). Only the file, its kind and how many errors: never an error's text, which may
     * quote a row's values.
     */
    private void recordRefusedImport(LedgerKind kind, String label, int errors) {
        try (Store store = open()) {
            store.audit().append(stamp(), AuditAction.IMPORT_REFUSED, label,
                    Map.of("kind", kind.id(), "errors", errors));
        }
    }

    /**
     * Writes the ledger's rows of a kind to a file, in the columns of its import, times in {@code zone}. CSV cells
     * that a spreadsheet would read as a formula are written as text. Logged.
     *
     * @return the number of rows written
     */
    public int export(LedgerKind kind, Path file, Optional<FileFormat> format, ZoneId zone) {
        FileFormat chosen = LedgerFiles.formatOf(file, format);
        try (Store store = open()) {
            int rows = switch (kind) {
                case CONTACTS -> {
                    List<Contact> contacts = store.ledger().contacts();
                    LedgerFiles.writeContacts(file, chosen, contacts);
                    yield contacts.size();
                }
                case CONSENTS -> {
                    List<ConsentRecord> consents = store.ledger().consents(Optional.empty());
                    LedgerFiles.writeConsents(file, chosen, consents, zone);
                    yield consents.size();
                }
                case ERASURES -> {
                    List<ErasureRequest> erasures = store.ledger().erasures();
                    LedgerFiles.writeErasures(file, chosen, erasures, zone);
                    yield erasures.size();
                }
            };
            store.audit().append(stamp(), AuditAction.EXPORTED, file.toString(),
                    Map.of("kind", kind.id(), "format", chosen.id(), "rows", rows));
            return rows;
        }
    }

    // --- access ---

    /**
     * Decides whether this ledger's actor may open the contact's restored or deleted messages for {@code purpose}
     * at {@code now}, and records the decision, allowed or not, with its justification.
     *
     * @throws InputProblem when no contact has that id (nothing is recorded)
     */
    public AccessDecision checkAccess(String contactId, Purpose purpose, String justification, Instant now) {
        try (Store store = open()) {
            return store.ledger().decideAccess(contactId, purpose, justification, now, stamp());
        }
    }

    /** The same decision as {@link #checkAccess}, at any time, not recorded: a what-if. */
    public AccessDecision previewAccess(String contactId, Purpose purpose, String justification, Instant at) {
        try (Store store = open()) {
            return store.ledger().previewAccess(contactId, purpose, justification, at, actor);
        }
    }

    // --- audit log ---

    /** Every entry of the audit log, oldest first. */
    public List<AuditEntry> auditLog() {
        try (Store store = open()) {
            return store.audit().entries();
        }
    }

    /** Walks the audit chain, and checks the log still holds each head written down before; does not write. */
    public AuditVerification verifyAudit(List<AuditHead> heads) {
        try (Store store = open()) {
            return store.audit().verify(heads);
        }
    }

    /** The newest entry's number and hash, to write down elsewhere; empty when the log is empty. */
    public Optional<AuditHead> auditHead() {
        try (Store store = open()) {
            return store.audit().head();
        }
    }

    /** Walks the audit chain; does not write. */
    public AuditVerification verifyAudit() {
        try (Store store = open()) {
            return store.audit().verify();
        }
    }

    /**
     * Writes the audit log to a file as JSON lines, one entry per line. Logged.
     *
     * @return the number of entries written
     */
    public int exportAudit(Path file) {
        try (Store store = open()) {
            List<AuditEntry> entries = store.audit().entries();
            LedgerFiles.writeAudit(file, entries);
            store.audit().append(stamp(), AuditAction.EXPORTED, file.toString(),
                    Map.of("kind", "audit", "format", "jsonl", "rows", entries.size()));
            return entries.size();
        }
    }

    /** For the restore checklist (issue 7): records that a checklist was generated. */
    public AuditEntry recordChecklistGenerated(String checklist, Map<String, String> details) {
        try (Store store = open()) {
            return store.audit().append(stamp(), AuditAction.CHECKLIST_GENERATED, checklist, details);
        }
    }

    /** For the restore checklist (issue 7): records that someone signed a checklist off. */
    public AuditEntry recordChecklistSignedOff(String checklist, String signedBy, Map<String, String> details) {
        Map<String, String> all = new TreeMap<>(details);
        all.put("signedBy", signedBy);
        try (Store store = open()) {
            return store.audit().append(stamp(), AuditAction.CHECKLIST_SIGNED_OFF, checklist, all);
        }
    }

    private Store open() {
        return Store.open(dataDir);
    }

    private AuditStamp stamp() {
        return new AuditStamp(actor, clock.instant());
    }

    /** The draft as a contact: every field checked, the phone number in E.164. */
    private static Contact contact(String id, ContactDraft draft, Optional<String> region) {
        if (!ContactIds.isValid(id)) {
            throw new InputProblem("error.contact.badId", id);
        }
        String name = draft.name().strip();
        if (name.isEmpty()) {
            throw new InputProblem("error.contact.noName");
        }
        if (draft.phone().isBlank()) {
            throw new InputProblem("error.contact.noPhone");
        }
        String phone = PhoneNumbers.normalise(draft.phone(), region.map(PhoneNumbers::region));
        return new Contact(id, name, phone, draft.conversation().map(String::strip).filter(t -> !t.isEmpty()),
                draft.notes().map(String::strip).filter(t -> !t.isEmpty()));
    }
}
