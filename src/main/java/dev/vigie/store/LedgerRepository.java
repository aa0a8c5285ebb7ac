package dev.vigie.store;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.AccessRule;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.DenialReason;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.ImportRejected;
import dev.vigie.consent.ImportRow;
import dev.vigie.consent.LedgerChecks;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The consent ledger: contacts, their consents per purpose, and erasure requests. Every change writes its audit entry
 * in the same transaction. Audit entries name contacts by id only: the log is never erased, so it holds no name,
 * phone number, note or scope.
 */
public final class LedgerRepository {

    private static final String CONTACT_COLUMNS = "id, name, phone, conversation, notes";
    private static final String CONSENT_COLUMNS = "contact_id, purpose, granted_at, method, evidence, withdrawn_at";
    private static final String INSERT_CONTACT = "INSERT INTO contacts (" + CONTACT_COLUMNS
            + ", created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CONSENT = "INSERT INTO consents (" + CONSENT_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?)";
    private static final String ERASURE_COLUMNS = "id, contact_id, received_at, due_at, completed_at, scope";

    private final Store store;

    LedgerRepository(Store store) {
        this.store = store;
    }

    // --- contacts ---

    /** Every contact, by name (case aside), then id. */
    public List<Contact> contacts() {
        return store.read(LedgerRepository::contacts);
    }

    public Optional<Contact> contact(String id) {
        return store.read(c -> contact(c, id));
    }

    /**
     * @throws InputProblem when the id or the phone number is already a contact's
     */
    public Contact addContact(Contact contact, AuditStamp stamp) {
        return store.write(c -> {
            if (contact(c, contact.id()).isPresent()) {
                throw new InputProblem("error.contact.idTaken", contact.id());
            }
            refuseTakenPhone(c, contact);
            insertContact(c, contact, stamp.time());
            AuditLog.append(c, stamp, AuditAction.CONTACT_ADDED, contact.id(), Map.of());
            return contact;
        });
    }

    /**
     * Replaces a contact's name, phone, conversation and notes.
     *
     * @throws InputProblem when no contact has its id, or its phone number is another contact's
     */
    public Contact updateContact(Contact contact, AuditStamp stamp) {
        return store.write(c -> {
            Contact before = contact(c, contact.id())
                    .orElseThrow(() -> new InputProblem("error.contact.unknown", contact.id()));
            refuseTakenPhone(c, contact);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE contacts SET name = ?, phone = ?, conversation = ?, notes = ? WHERE id = ?")) {
                update.setString(1, contact.name());
                update.setString(2, contact.phone());
                update.setString(3, contact.conversation().orElse(null));
                update.setString(4, contact.notes().orElse(null));
                update.setString(5, contact.id());
                update.executeUpdate();
            }
            List<String> changed = new ArrayList<>();
            if (!before.name().equals(contact.name())) {
                changed.add("name");
            }
            if (!before.phone().equals(contact.phone())) {
                changed.add("phone");
            }
            if (!before.conversation().equals(contact.conversation())) {
                changed.add("conversation");
            }
            if (!before.notes().equals(contact.notes())) {
                changed.add("notes");
            }
            AuditLog.append(c, stamp, AuditAction.CONTACT_EDITED, contact.id(), Map.of("changed", changed));
            return contact;
        });
    }

    /**
     * Removes a contact with its consent records; its erasure requests stay.
     *
     * @throws InputProblem when no contact has that id
     */
    public void removeContact(String id, AuditStamp stamp) {
        store.write(c -> {
            if (contact(c, id).isEmpty()) {
                throw new InputProblem("error.contact.unknown", id);
            }
            int consents = consents(c, Optional.of(id)).size();
            // Its chats go with it (ON DELETE CASCADE): each removal is audited as chat remove does it.
            try (PreparedStatement chats = c.prepareStatement(
                    "SELECT id, messages FROM chat_exports WHERE contact_id = ? ORDER BY id")) {
                chats.setString(1, id);
                try (ResultSet rows = chats.executeQuery()) {
                    while (rows.next()) {
                        AuditLog.append(c, stamp, AuditAction.CHAT_REMOVED, id,
                                Map.of("chat", rows.getLong(1), "messages", rows.getInt(2)));
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM contacts WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            AuditLog.append(c, stamp, AuditAction.CONTACT_REMOVED, id, Map.of("consentsRemoved", consents));
            return null;
        });
        store.checkpointAfterErasure();
    }

    // --- consents ---

    /** Every consent, of one contact or all, by contact, purpose and grant time. */
    public List<ConsentRecord> consents(Optional<String> contactId) {
        return store.read(c -> consents(c, contactId));
    }

    /**
     * @throws InputProblem for an unknown contact, or a consent for the same purpose that covers some of the same
     *                      time
     */
    public ConsentRecord grant(ConsentRecord consent, AuditStamp stamp) {
        return store.write(c -> {
            requireContact(c, consent.contactId());
            Optional<ConsentRecord> overlapping = consents(c, Optional.of(consent.contactId())).stream()
                    .filter(consent::overlaps).findFirst();
            if (overlapping.isPresent()) {
                throw new InputProblem("error.consent.overlap", consent.contactId(), consent.purpose().id(),
                        overlapping.get().grantedAt());
            }
            insertConsent(c, consent);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("purpose", consent.purpose().id());
            details.put("grantedAt", AuditChain.time(consent.grantedAt()));
            details.put("method", consent.method().id());
            consent.withdrawnAt().ifPresent(w -> details.put("withdrawnAt", AuditChain.time(w)));
            AuditLog.append(c, stamp, AuditAction.CONSENT_GRANTED, consent.contactId(), details);
            return consent;
        });
    }

    /**
     * Withdraws the consent for {@code purpose} that is valid at {@code at}.
     *
     * @throws InputProblem for an unknown contact, or when no consent for that purpose is valid then
     */
    public ConsentRecord withdraw(String contactId, Purpose purpose, Instant at, AuditStamp stamp) {
        return store.write(c -> {
            requireContact(c, contactId);
            ConsentRecord valid = consents(c, Optional.of(contactId)).stream()
                    .filter(r -> r.purpose() == purpose && r.isValidAt(at)).findFirst()
                    .orElseThrow(() -> new InputProblem("error.consent.noneToWithdraw", contactId, purpose.id()));
            ConsentRecord withdrawn = valid.withdrawn(at);
            try (PreparedStatement update = c.prepareStatement("UPDATE consents SET withdrawn_at = ? "
                    + "WHERE contact_id = ? AND purpose = ? AND granted_at = ?")) {
                update.setString(1, StoredTime.format(at));
                update.setString(2, contactId);
                update.setString(3, purpose.id());
                update.setString(4, StoredTime.format(valid.grantedAt()));
                update.executeUpdate();
            }
            AuditLog.append(c, stamp, AuditAction.CONSENT_WITHDRAWN, contactId, Map.of("purpose", purpose.id(),
                    "grantedAt", AuditChain.time(valid.grantedAt()), "withdrawnAt", AuditChain.time(at)));
            return withdrawn;
        });
    }

    // --- erasure requests ---

    /** Every erasure request, by due time, then receipt. */
    public List<ErasureRequest> erasures() {
        return store.read(LedgerRepository::erasures);
    }

    /**
     * @throws InputProblem for an unknown contact, or a request of that contact received at the same time
     */
    public ErasureRequest addErasure(ErasureRequest request, AuditStamp stamp) {
        return store.write(c -> {
            requireContact(c, request.contactId());
            boolean known = erasures(c).stream().anyMatch(e -> e.contactId().equals(request.contactId())
                    && e.receivedAt().equals(request.receivedAt()));
            if (known) {
                throw new InputProblem("error.erasure.duplicate", request.contactId(), request.receivedAt());
            }
            ErasureRequest stored = insertErasure(c, request);
            AuditLog.append(c, stamp, AuditAction.ERASURE_RECEIVED, stored.contactId(), erasureDetails(stored));
            return stored;
        });
    }

    /**
     * @throws InputProblem for an unknown request, one already completed, or a time before its receipt
     */
    public ErasureRequest completeErasure(long id, Instant at, AuditStamp stamp) {
        ErasureRequest completed = store.write(c -> {
            ErasureRequest request = erasures(c).stream().filter(e -> e.id() == id).findFirst()
                    .orElseThrow(() -> new InputProblem("error.erasure.unknown", id));
            if (!request.isOpen()) {
                throw new InputProblem("error.erasure.done", id, request.completedAt().orElseThrow());
            }
            if (at.isBefore(request.receivedAt())) {
                throw new InputProblem("error.erasure.beforeReceipt", id, request.receivedAt());
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE erasure_requests SET completed_at = ? WHERE id = ?")) {
                update.setString(1, StoredTime.format(at));
                update.setLong(2, id);
                update.executeUpdate();
            }
            ErasureRequest done = request.completed(at);
            AuditLog.append(c, stamp, AuditAction.ERASURE_COMPLETED, done.contactId(), erasureDetails(done));
            return done;
        });
        store.checkpointAfterErasure();
        return completed;
    }

    // --- imports ---

    /**
     * Adds every row, or none: the rows are checked against each other and the ledger inside the writing
     * transaction.
     *
     * @param file    how errors and the audit entry name the file
     * @param earlier the problems found while reading the file; reported with the ones found here
     * @throws ImportRejected with every problem found; nothing was written
     */
    public int importContacts(String file, List<ImportRow<Contact>> rows, List<ImportError> earlier,
                              AuditStamp stamp) {
        return store.write(c -> {
            Set<String> ids = new HashSet<>();
            Map<String, String> phones = new HashMap<>();
            for (Contact contact : contacts(c)) {
                ids.add(contact.id());
                phones.put(contact.phone(), contact.id());
            }
            reject(file, earlier, LedgerChecks.contacts(file, rows, ids, phones));
            // One statement for every row: preparing one per row cost more than the insert itself.
            try (PreparedStatement insert = c.prepareStatement(INSERT_CONTACT)) {
                for (ImportRow<Contact> row : rows) {
                    bindContact(insert, row.value(), stamp.time());
                    insert.executeUpdate();
                }
            }
            return imported(c, stamp, LedgerKind.CONTACTS, file, rows.size());
        });
    }

    /** @see #importContacts */
    public int importConsents(String file, List<ImportRow<ConsentRecord>> rows, List<ImportError> earlier,
                              AuditStamp stamp) {
        return store.write(c -> {
            reject(file, earlier, LedgerChecks.consents(file, rows, contactIds(c), consents(c, Optional.empty())));
            try (PreparedStatement insert = c.prepareStatement(INSERT_CONSENT)) {
                for (ImportRow<ConsentRecord> row : rows) {
                    bindConsent(insert, row.value());
                    insert.executeUpdate();
                }
            }
            return imported(c, stamp, LedgerKind.CONSENTS, file, rows.size());
        });
    }

    /** @see #importContacts */
    public int importErasures(String file, List<ImportRow<ErasureRequest>> rows, List<ImportError> earlier,
                              AuditStamp stamp) {
        return store.write(c -> {
            reject(file, earlier, LedgerChecks.erasures(file, rows, contactIds(c), erasures(c)));
            for (ImportRow<ErasureRequest> row : rows) {
                insertErasure(c, row.value());
            }
            return imported(c, stamp, LedgerKind.ERASURES, file, rows.size());
        });
    }

    // --- access ---

    /**
     * Decides access from the consents as they are in this transaction, and records the decision.
     *
     * @throws InputProblem when no contact has that id; nothing is recorded then
     */
    public AccessDecision decideAccess(String contactId, Purpose purpose, String justification, Instant at,
                                       AuditStamp stamp) {
        return store.write(c -> {
            requireContact(c, contactId);
            AccessDecision decision = AccessRule.decide(contactId, consents(c, Optional.of(contactId)),
                    erasuresOf(c, contactId), purpose, justification, stamp.actor(), at);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("purpose", purpose.id());
            details.put("at", AuditChain.time(at));
            details.put("justification", decision.justification());
            details.put("allowed", decision.allowed());
            details.put("reasons", reasonCodes(decision));
            AuditLog.append(c, stamp, decision.allowed() ? AuditAction.ACCESS_ALLOWED : AuditAction.ACCESS_DENIED,
                    contactId, details);
            return decision;
        });
    }

    // --- SQL ---

    /** Every error, by line (the file's own first), or nothing when there is none. */
    private static void reject(String file, List<ImportError> earlier, List<ImportError> found) {
        if (earlier.isEmpty() && found.isEmpty()) {
            return;
        }
        List<ImportError> all = new ArrayList<>(earlier);
        all.addAll(found);
        all.sort(Comparator.comparingLong(ImportError::line));
        throw new ImportRejected(file, all);
    }

    private static int imported(Connection c, AuditStamp stamp, LedgerKind kind, String file, int rows)
            throws SQLException {
        AuditLog.append(c, stamp, AuditAction.IMPORTED, file, Map.of("kind", kind.id(), "rows", rows));
        return rows;
    }

    private static Map<String, Object> erasureDetails(ErasureRequest e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("request", e.id());
        details.put("receivedAt", AuditChain.time(e.receivedAt()));
        details.put("dueAt", AuditChain.time(e.dueAt()));
        e.completedAt().ifPresent(t -> details.put("completedAt", AuditChain.time(t)));
        return details;
    }

    private static void refuseTakenPhone(Connection c, Contact contact) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM contacts WHERE phone = ? AND id <> ?")) {
            select.setString(1, contact.phone());
            select.setString(2, contact.id());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    throw new InputProblem("error.contact.phoneTaken", contact.phone(), rows.getString(1));
                }
            }
        }
    }

    static void requireContact(Connection c, String id) throws SQLException {
        if (contact(c, id).isEmpty()) {
            throw new InputProblem("error.contact.unknown", id);
        }
    }

    private static Set<String> contactIds(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (Contact contact : contacts(c)) {
            ids.add(contact.id());
        }
        return ids;
    }

    private static List<Contact> contacts(Connection c) throws SQLException {
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + CONTACT_COLUMNS + " FROM contacts ORDER BY name COLLATE NOCASE, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                contacts.add(contact(rows));
            }
        }
        return contacts;
    }

    private static Optional<Contact> contact(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + CONTACT_COLUMNS + " FROM contacts WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(contact(rows)) : Optional.empty();
            }
        }
    }

    private static Contact contact(ResultSet rows) throws SQLException {
        return new Contact(rows.getString(1), rows.getString(2), rows.getString(3),
                Optional.ofNullable(rows.getString(4)), Optional.ofNullable(rows.getString(5)));
    }

    private static void insertContact(Connection c, Contact contact, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_CONTACT)) {
            bindContact(insert, contact, createdAt);
            insert.executeUpdate();
        }
    }

    private static void bindContact(PreparedStatement insert, Contact contact, Instant createdAt)
            throws SQLException {
        insert.setString(1, contact.id());
        insert.setString(2, contact.name());
        insert.setString(3, contact.phone());
        insert.setString(4, contact.conversation().orElse(null));
        insert.setString(5, contact.notes().orElse(null));
        insert.setString(6, StoredTime.format(createdAt));
    }

    static List<ConsentRecord> consents(Connection c, Optional<String> contactId) throws SQLException {
        List<ConsentRecord> consents = new ArrayList<>();
        String where = contactId.isPresent() ? " WHERE contact_id = ?" : "";
        try (PreparedStatement select = c.prepareStatement("SELECT " + CONSENT_COLUMNS + " FROM consents" + where
                + " ORDER BY contact_id, purpose, granted_at")) {
            if (contactId.isPresent()) {
                select.setString(1, contactId.get());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consents.add(new ConsentRecord(rows.getString(1), purpose(rows.getString(2)),
                            StoredTime.parse(rows.getString(3)), method(rows.getString(4)),
                            Optional.ofNullable(rows.getString(5)),
                            Optional.ofNullable(rows.getString(6)).map(StoredTime::parse)));
                }
            }
        }
        return consents;
    }

    private static void insertConsent(Connection c, ConsentRecord consent) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_CONSENT)) {
            bindConsent(insert, consent);
            insert.executeUpdate();
        }
    }

    private static void bindConsent(PreparedStatement insert, ConsentRecord consent) throws SQLException {
        insert.setString(1, consent.contactId());
        insert.setString(2, consent.purpose().id());
        insert.setString(3, StoredTime.format(consent.grantedAt()));
        insert.setString(4, consent.method().id());
        insert.setString(5, consent.evidence().orElse(null));
        insert.setString(6, consent.withdrawnAt().map(StoredTime::format).orElse(null));
    }

    /** One contact's erasure requests. */
    static List<ErasureRequest> erasuresOf(Connection c, String contactId) throws SQLException {
        List<ErasureRequest> erasures = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + ERASURE_COLUMNS
                + " FROM erasure_requests WHERE contact_id = ? ORDER BY received_at, id")) {
            select.setString(1, contactId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    erasures.add(new ErasureRequest(rows.getLong(1), rows.getString(2),
                            StoredTime.parse(rows.getString(3)), StoredTime.parse(rows.getString(4)),
                            Optional.ofNullable(rows.getString(5)).map(StoredTime::parse),
                            Optional.ofNullable(rows.getString(6))));
                }
            }
        }
        return erasures;
    }

    /** Decides access without recording it: a what-if at another time than now. */
    public AccessDecision previewAccess(String contactId, Purpose purpose, String justification, Instant at,
                                        String agent) {
        return store.read(c -> {
            requireContact(c, contactId);
            return AccessRule.decide(contactId, consents(c, Optional.of(contactId)), erasuresOf(c, contactId),
                    purpose, justification, agent, at);
        });
    }

    private static List<ErasureRequest> erasures(Connection c) throws SQLException {
        List<ErasureRequest> erasures = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + ERASURE_COLUMNS
                + " FROM erasure_requests ORDER BY due_at, received_at, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                erasures.add(new ErasureRequest(rows.getLong(1), rows.getString(2),
                        StoredTime.parse(rows.getString(3)), StoredTime.parse(rows.getString(4)),
                        Optional.ofNullable(rows.getString(5)).map(StoredTime::parse),
                        Optional.ofNullable(rows.getString(6))));
            }
        }
        return erasures;
    }

    private static ErasureRequest insertErasure(Connection c, ErasureRequest request) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO erasure_requests "
                + "(contact_id, received_at, due_at, completed_at, scope) VALUES (?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.contactId());
            insert.setString(2, StoredTime.format(request.receivedAt()));
            insert.setString(3, StoredTime.format(request.dueAt()));
            insert.setString(4, request.completedAt().map(StoredTime::format).orElse(null));
            insert.setString(5, request.scope().orElse(null));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return request.withId(keys.getLong(1));
            }
        }
    }

    private static Purpose purpose(String id) {
        return Purpose.fromId(id).orElseThrow(() -> new StoreException("The database holds the purpose '" + id
                + "', which this Vigie does not know"));
    }

    private static ConsentMethod method(String id) {
        return ConsentMethod.fromId(id).orElseThrow(() -> new StoreException("The database holds the consent method '"
                + id + "', which this Vigie does not know"));
    }

    private static List<String> reasonCodes(AccessDecision decision) {
        return decision.reasons().stream().map(DenialReason::code).map(DenialReason.Code::id).toList();
    }
}
