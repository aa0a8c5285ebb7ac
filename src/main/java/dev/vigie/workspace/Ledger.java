package dev.vigie.workspace;

import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditVerification;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public static Optional<String> defaultRegion(java.util.Locale locale) {
        throw new UnsupportedOperationException("not written yet");
    }

    // --- contacts ---

    /** Every contact, by name, with its consent for each purpose at {@code now}. */
    public List<ContactOverview> contacts(Instant now) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** One contact with its consent history and erasure requests. */
    public Optional<ContactDetails> contact(String id) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Adds a contact; its phone number is normalised to E.164.
     *
     * @param region a two-letter country code (FR) for a national phone number; empty when it is international
     * @throws InputProblem for an id taken or malformed, a blank name, a phone number that cannot be read or is
     *                      already another contact's
     */
    public Contact addContact(ContactDraft draft, Optional<String> region) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Changes a contact's name, phone, conversation and notes; its id stays. */
    public Contact editContact(String id, ContactDraft draft, Optional<String> region) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Removes a contact and its consent records. Its erasure requests stay (they are the proof that it was erased),
     * and so do the audit log's entries, which name it by id only.
     *
     * @throws InputProblem when no contact has that id
     */
    public void removeContact(String id) {
        throw new UnsupportedOperationException("not written yet");
    }

    // --- consents ---

    /** Every consent record, of one contact or of all, by contact then grant time. */
    public List<ConsentRecord> consents(Optional<String> contactId) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Records a consent.
     *
     * @throws InputProblem for an unknown contact, or when a consent for that purpose is already valid then
     */
    public ConsentRecord grant(String contactId, Purpose purpose, Instant grantedAt, ConsentMethod method,
                               Optional<String> evidence) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Withdraws the consent for that purpose that is valid at {@code withdrawnAt}.
     *
     * @throws InputProblem for an unknown contact, or when no consent for that purpose is valid then
     */
    public ConsentRecord withdraw(String contactId, Purpose purpose, Instant withdrawnAt) {
        throw new UnsupportedOperationException("not written yet");
    }

    // --- erasure requests ---

    /** Every erasure request, by due time. */
    public List<ErasureRequest> erasures() {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Records an erasure request, due one month after its receipt in {@code zone}.
     *
     * @throws InputProblem for an unknown contact or a request already recorded at that time
     */
    public ErasureRequest addErasure(String contactId, Instant receivedAt, Optional<String> scope, ZoneId zone) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Marks an erasure request done.
     *
     * @throws InputProblem for an unknown request, one already done, or a time before its receipt
     */
    public ErasureRequest completeErasure(long id, Instant completedAt) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Open requests past their due time at {@code now}, most overdue first. */
    public List<ErasureRequest> overdue(Instant now) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Open requests due within seven days of {@code now}, soonest first. */
    public List<ErasureRequest> dueSoon(Instant now) {
        throw new UnsupportedOperationException("not written yet");
    }

    // --- files ---

    /**
     * Imports a file, all or nothing. Every row is checked (and, for consents and erasures, against the contacts in
     * the ledger); any error and nothing is added. Logged when accepted.
     *
     * @param format empty to go by the file's extension
     * @param zone   the zone of bare dates (a date alone is midnight there) and of erasures' due dates
     * @param region the region of national phone numbers, for contacts
     * @throws InputProblem when the file cannot be read or its format cannot be told
     */
    public ImportResult importFile(LedgerKind kind, Path file, Optional<FileFormat> format, ZoneId zone,
                                   Optional<String> region) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Writes the ledger's rows of a kind to a file, in the columns of its import, times in {@code zone}. CSV cells
     * that a spreadsheet would read as a formula are written as text. Logged.
     *
     * @return the number of rows written
     */
    public int export(LedgerKind kind, Path file, Optional<FileFormat> format, ZoneId zone) {
        throw new UnsupportedOperationException("not written yet");
    }

    // --- access ---

    /**
     * Decides whether this ledger's actor may open the contact's restored or deleted messages for {@code purpose}
     * at {@code now}, and records the decision, allowed or not, with its justification.
     *
     * @throws InputProblem when no contact has that id (nothing is recorded)
     */
    public AccessDecision checkAccess(String contactId, Purpose purpose, String justification, Instant now) {
        throw new UnsupportedOperationException("not written yet");
    }

    // --- audit log ---

    /** Every entry of the audit log, oldest first. */
    public List<AuditEntry> auditLog() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Walks the audit chain; does not write. */
    public AuditVerification verifyAudit() {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Writes the audit log to a file as JSON lines, one entry per line. Logged.
     *
     * @return the number of entries written
     */
    public int exportAudit(Path file) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** For the restore checklist (issue 7): records that a checklist was generated. */
    public AuditEntry recordChecklistGenerated(String checklist, Map<String, String> details) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** For the restore checklist (issue 7): records that someone signed a checklist off. */
    public AuditEntry recordChecklistSignedOff(String checklist, String signedBy, Map<String, String> details) {
        throw new UnsupportedOperationException("not written yet");
    }
}
