package dev.vigie.store;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import dev.vigie.chat.ChatImportRefused;
import dev.vigie.chat.ChatMessage;
import dev.vigie.chat.ChatSummary;
import dev.vigie.chat.DateOrder;
import dev.vigie.chat.ImportedChat;
import dev.vigie.chat.MessageKind;
import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.AccessRule;
import dev.vigie.consent.Purpose;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imported WhatsApp chat exports: of each message its time, author and kind, never its text. An import passes the
 * consent gate (the contact's consent for restore-access valid now) and is audited in the same transaction.
 */
public final class ChatRepository {

    /** What the consent gate records as the reason for opening the conversation. */
    static final String JUSTIFICATION = "chat export imported as evidence of deleted messages";

    private static final String COLUMNS = "e.id, e.contact_id, e.source, e.file_name, e.imported_at, e.zone, "
            + "e.date_order, e.first_at, e.last_at, e.messages, "
            + "(SELECT count(*) FROM chat_messages m WHERE m.chat_id = e.id AND m.kind = 'deleted')";

    private final Store store;

    ChatRepository(Store store) {
        this.store = store;
    }

    /** Rows sent to the database at a time: the messages stream in, none is held longer. */
    static final int BATCH = 1000;

    /**
     * Stores a chat export of a contact, after checking that contact's consent for restore-access at {@code now}. The
     * messages are read inside the one transaction, {@code read} handing each to the sink it is given as it reads it,
     * and written in batches: a file that fails halfway (a date that does not exist) stores nothing.
     *
     * @param read reads the export, giving each message to the sink, and returns its counts
     * @throws InputProblem       for an unknown contact, or from {@code read}
     * @throws ChatImportRefused  when the consent is not valid then; nothing is stored
     */
    public ImportedChat importChat(String contactId, Optional<String> source, String fileName, ZoneId zone,
                                   Function<Consumer<ChatMessage>, ChatSummary> read, Instant now,
                                   AuditStamp stamp) {
        return store.write(c -> {
            AccessDecision decision = decide(c, contactId, now, stamp.actor());
            if (!decision.allowed()) {
                throw new ChatImportRefused(decision);
            }
            long id = nextNumber(c);
            // The counts and times are known at the end: the row is written first (the messages refer to it) with
            // placeholders, completed below, in the same transaction.
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO chat_exports (contact_id, source, "
                    + "file_name, imported_at, zone, date_order, first_at, last_at, messages, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, contactId);
                insert.setString(2, source.orElse(null));
                insert.setString(3, fileName);
                insert.setString(4, StoredTime.format(stamp.time()));
                insert.setString(5, zone.getId());
                insert.setString(6, DateOrder.DMY.id());
                insert.setString(7, StoredTime.format(stamp.time()));
                insert.setString(8, StoredTime.format(stamp.time()));
                insert.setInt(9, 0);
                insert.setLong(10, id);
                insert.executeUpdate();
            }
            ChatSummary chat;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO chat_messages "
                    + "(chat_id, seq, time_utc, author, kind, by_you) VALUES (?, ?, ?, ?, ?, ?)")) {
                int[] seq = {0};
                chat = read.apply(message -> {
                    try {
                        insert.setLong(1, id);
                        insert.setInt(2, ++seq[0]);
                        insert.setString(3, StoredTime.format(message.time()));
                        insert.setString(4, message.author().orElse(null));
                        insert.setString(5, message.kind().id());
                        insert.setInt(6, message.byYou() ? 1 : 0);
                        insert.addBatch();
                        if (seq[0] % BATCH == 0) {
                            insert.executeBatch();
                        }
                    } catch (SQLException e) {
                        throw new Unchecked(e);
                    }
                });
                insert.executeBatch();
            } catch (Unchecked e) {
                throw e.getCause();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE chat_exports SET date_order = ?, "
                    + "first_at = ?, last_at = ?, messages = ? WHERE id = ?")) {
                update.setString(1, chat.dateOrder().id());
                update.setString(2, StoredTime.format(chat.first()));
                update.setString(3, StoredTime.format(chat.last()));
                update.setInt(4, chat.messages());
                update.setLong(5, id);
                update.executeUpdate();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("chat", id);
            // Not the file's name: WhatsApp names an export after the contact, and this log is never erased.
            details.put("source", source.orElse(""));
            details.put("purpose", Purpose.RESTORE_ACCESS.id());
            details.put("at", AuditChain.time(now));
            details.put("messages", chat.messages());
            details.put("deleted", chat.deleted().size());
            details.put("first", AuditChain.time(chat.first()));
            details.put("last", AuditChain.time(chat.last()));
            AuditLog.append(c, stamp, AuditAction.CHAT_IMPORTED, contactId, details);
            return find(c, id).orElseThrow();
        });
    }

    /** A database error out of the sink, which cannot throw it; unwrapped by {@link #importChat}. */
    private static final class Unchecked extends RuntimeException {
        Unchecked(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * Records, in a write transaction of its own, that a chat export of a contact was read and refused by the
     * consent gate: the source, the purpose, the time decided and the reasons' codes. Never the file's name (WhatsApp
     * names it after the contact: "WhatsApp Chat with NAME"), nor anything of its messages.
     */
    /**
     * The consent gate alone, before the file is read: a refused import must not open the export at all.
     *
     * @throws InputProblem      for an unknown contact
     * @throws ChatImportRefused when the contact's consent is not valid at {@code now}
     */
    public void gate(String contactId, Instant now, String actor) {
        store.read(c -> {
            AccessDecision decision = decide(c, contactId, now, actor);
            if (!decision.allowed()) {
                throw new ChatImportRefused(decision);
            }
            return null;
        });
    }

    private static AccessDecision decide(Connection c, String contactId, Instant now, String actor)
            throws SQLException {
        LedgerRepository.requireContact(c, contactId);
        return AccessRule.decide(contactId, LedgerRepository.consents(c, Optional.of(contactId)),
                LedgerRepository.erasuresOf(c, contactId), Purpose.RESTORE_ACCESS, JUSTIFICATION, actor, now);
    }

    public void refused(Optional<String> source, ChatImportRefused refusal, AuditStamp stamp) {
        AccessDecision decision = refusal.decision();
        store.write(c -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source", source.orElse(""));
            details.put("purpose", decision.purpose().id());
            details.put("at", AuditChain.time(decision.at()));
            details.put("reasons", decision.reasons().stream().map(r -> r.code().id()).toList());
            return AuditLog.append(c, stamp, AuditAction.CHAT_REFUSED, decision.contactId(), details);
        });
    }

    /** Every imported chat, newest import first. */
    public List<ImportedChat> list() {
        return store.read(c -> {
            List<ImportedChat> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM chat_exports e ORDER BY e.imported_at DESC, e.id DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(chat(rows));
                }
            }
            return all;
        });
    }

    public Optional<ImportedChat> find(long id) {
        return store.read(c -> find(c, id));
    }

    /** The chat's messages in file order. */
    public List<ChatMessage> messages(long id) {
        return messages(id, Optional.empty());
    }

    /** The chat's messages of one kind in file order: the deleted markers of a chat of millions, without the rest. */
    public List<ChatMessage> messages(long id, MessageKind kind) {
        return messages(id, Optional.of(kind));
    }

    /** How many of the chat's messages were sent after {@code time}, counted by the database. */
    public int messagesAfter(long id, Instant time) {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM chat_messages "
                    + "WHERE chat_id = ? AND time_utc > ?")) {
                select.setLong(1, id);
                select.setString(2, StoredTime.format(time));
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getInt(1) : 0;
                }
            }
        });
    }

    private List<ChatMessage> messages(long id, Optional<MessageKind> kind) {
        return store.read(c -> {
            List<ChatMessage> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT time_utc, author, kind, by_you "
                    + "FROM chat_messages WHERE chat_id = ? AND (? IS NULL OR kind = ?) ORDER BY seq")) {
                select.setLong(1, id);
                select.setString(2, kind.map(MessageKind::id).orElse(null));
                select.setString(3, kind.map(MessageKind::id).orElse(null));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        all.add(new ChatMessage(StoredTime.parse(rows.getString(1)),
                                Optional.ofNullable(rows.getString(2)),
                                MessageKind.fromId(rows.getString(3)).orElseThrow(), rows.getInt(4) != 0));
                    }
                }
            }
            return all;
        });
    }

    /**
     * Removes an imported chat and its messages, audited.
     *
     * @throws InputProblem when no chat has that number
     */
    public ImportedChat remove(long id, AuditStamp stamp) {
        ImportedChat removed = store.write(c -> {
            ImportedChat chat = find(c, id).orElseThrow(() -> new InputProblem("error.chat.unknown", id));
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM chat_exports WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            AuditLog.append(c, stamp, AuditAction.CHAT_REMOVED, chat.contactId(),
                    Map.of("chat", id, "messages", chat.messages()));
            return chat;
        });
        store.checkpointAfterErasure();
        return removed;
    }

    /** One more than any number ever given, removed chats included: a number is never given twice. */
    private static long nextNumber(Connection c) throws SQLException {
        long next;
        try (Statement select = c.createStatement();
             ResultSet row = select.executeQuery("SELECT last FROM chat_numbers")) {
            next = (row.next() ? row.getLong(1) : 0) + 1;
        }
        try (Statement update = c.createStatement()) {
            if (update.executeUpdate("UPDATE chat_numbers SET last = " + next) == 0) {
                update.executeUpdate("INSERT INTO chat_numbers (last) VALUES (" + next + ")");
            }
        }
        return next;
    }

    private static Optional<ImportedChat> find(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM chat_exports e WHERE e.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(chat(rows)) : Optional.empty();
            }
        }
    }

    private static ImportedChat chat(ResultSet rows) throws SQLException {
        return new ImportedChat(rows.getLong(1), rows.getString(2), Optional.ofNullable(rows.getString(3)),
                rows.getString(4), StoredTime.parse(rows.getString(5)), ZoneId.of(rows.getString(6)),
                DateOrder.fromId(rows.getString(7)).orElseThrow(), StoredTime.parse(rows.getString(8)),
                StoredTime.parse(rows.getString(9)), rows.getInt(10), rows.getInt(11));
    }
}
