package dev.vigie.store;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditHead;
import dev.vigie.audit.AuditStamp;
import dev.vigie.audit.AuditVerification;
import dev.vigie.audit.ChainKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log (table {@code audit_log}; triggers refuse UPDATE and DELETE). An append
 * reads the last entry and inserts the next inside one write transaction ({@code BEGIN IMMEDIATE}), so writers in
 * other threads or processes queue up and never chain two entries to the same predecessor.
 */
public final class AuditLog {

    private static final String TRIGGERS = "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
            + "('audit_log_no_update', 'audit_log_no_delete')";

    private final Store store;

    AuditLog(Store store) {
        this.store = store;
    }

    /** Appends an entry on its own. */
    public AuditEntry append(AuditStamp stamp, AuditAction action, String subject, Map<String, ?> details) {
        return store.write(c -> append(c, stamp, action, subject, details));
    }

    /** Appends an entry inside the caller's write transaction, so a change and its entry stand or fall together. */
    static AuditEntry append(Connection c, AuditStamp stamp, AuditAction action, String subject,
                             Map<String, ?> details) throws SQLException {
        Optional<AuditEntry> last;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT seq, time_utc, actor, action, subject, details_json, prev_hash, hash FROM audit_log "
                        + "ORDER BY seq DESC LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            last = rows.next() ? Optional.of(entry(rows)) : Optional.empty();
        }
        ChainKey key = AuditKeyFile.obtain(c, last.map(e -> e.seq() + 1).orElse(1L));
        AuditEntry next = AuditChain.next(last, stamp.time(), stamp.actor(), action.id(), subject,
                StoredJson.sorted(details), Optional.of(key));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log "
                + "(seq, time_utc, actor, action, subject, details_json, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, next.seq());
            insert.setString(2, StoredTime.format(next.time()));
            insert.setString(3, next.actor());
            insert.setString(4, next.action());
            insert.setString(5, next.subject());
            insert.setString(6, next.details());
            insert.setString(7, next.prevHash());
            insert.setString(8, next.hash());
            insert.executeUpdate();
        }
        return next;
    }

    /** Every entry, in sequence order. */
    public List<AuditEntry> entries() {
        return store.read(AuditLog::entries);
    }

    /** Walks the chain as stored, and says whether the triggers that guard it are still there. */
    public AuditVerification verify() {
        return verify(List.of());
    }

    /** {@link #verify()}, and whether the log still holds each of {@code heads}. */
    public AuditVerification verify(List<AuditHead> heads) {
        return store.read(c -> {
            List<AuditEntry> entries = entries(c);
            boolean guarded = Transactions.intValue(c, TRIGGERS) == 2;
            String head = entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash();
            Optional<ChainKey> key = AuditKeyFile.read(c);
            List<AuditHead> missing = heads.stream().filter(h -> !h.heldBy(entries)).toList();
            return new AuditVerification(entries.size(), head, AuditChain.firstBreak(entries, key), guarded,
                    key.isPresent(), missing);
        });
    }

    /** The newest entry's number and hash; empty when the log is empty. */
    public Optional<AuditHead> head() {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new AuditHead(rows.getLong(1), rows.getString(2)))
                        : Optional.<AuditHead>empty();
            }
        });
    }

    private static List<AuditEntry> entries(Connection c) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT seq, time_utc, actor, action, subject, details_json, prev_hash, hash FROM audit_log "
                        + "ORDER BY seq");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        return new AuditEntry(rows.getLong(1), time(rows.getString(2)), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8));
    }

    /** A time someone wrote over with something that is not a time reads as the epoch, so that its hash fails. */
    private static Instant time(String text) {
        try {
            return StoredTime.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
