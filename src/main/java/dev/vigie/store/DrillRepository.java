package dev.vigie.store;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Severity;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillKind;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.drill.DrillPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Restore drills of each source, and how often each source's restore must be tested. Every drill recorded, and every
 * hands-on drill started, is written to the audit log in the same transaction.
 */
public final class DrillRepository {

    /** A hands-on drill started from a checklist and not signed off yet. */
    public record Running(long id, String source, boolean practice, String actor, Instant startedAt,
                          String checklistId) {
    }

    private static final String COLUMNS = "s.name, d.kind, d.practice, d.backup, d.actor, d.started_at, "
            + "d.duration_millis, d.outcome, d.files_restored, d.bytes_restored, d.findings_json, d.notes";

    private final Store store;

    DrillRepository(Store store) {
        this.store = store;
    }

    /**
     * Records a finished drill in its source's history and in the audit log.
     *
     * @throws InputProblem when the source is not registered
     */
    public long record(Drill drill, AuditStamp stamp) {
        return store.write(c -> {
            long sourceId = SourceRepository.existingId(c, drill.source());
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO drills (source_id, kind, practice, "
                    + "backup, actor, started_at, duration_millis, outcome, files_restored, bytes_restored, "
                    + "findings_json, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, sourceId);
                insert.setString(2, drill.kind().id());
                insert.setInt(3, drill.practice() ? 1 : 0);
                insert.setString(4, drill.backup());
                insert.setString(5, drill.actor());
                insert.setString(6, StoredTime.format(drill.startedAt()));
                insert.setLong(7, drill.duration().toMillis());
                insert.setString(8, drill.outcome().id());
                insert.setInt(9, drill.filesRestored());
                insert.setLong(10, drill.bytesRestored());
                insert.setString(11, StoredJson.write(findings(drill.findings())));
                insert.setString(12, drill.notes());
                insert.executeUpdate();
                id = generatedId(insert);
            }
            AuditLog.append(c, stamp, AuditAction.DRILL_RECORDED, drill.source(), details(drill));
            return id;
        });
    }

    /** Starts a hands-on drill for a checklist: its start is recorded and audited; its end comes at sign-off. */
    public Running start(String source, boolean practice, String checklistId, AuditStamp stamp) {
        return store.write(c -> {
            long sourceId = SourceRepository.existingId(c, source);
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO drills (source_id, kind, practice, "
                    + "backup, actor, started_at, checklist_id) VALUES (?, 'hands-on', ?, '', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, sourceId);
                insert.setInt(2, practice ? 1 : 0);
                insert.setString(3, stamp.actor());
                insert.setString(4, StoredTime.format(stamp.time()));
                insert.setString(5, checklistId);
                insert.executeUpdate();
                id = generatedId(insert);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", DrillKind.HANDS_ON.id());
            details.put("practice", practice);
            details.put("checklist", checklistId);
            AuditLog.append(c, stamp, AuditAction.DRILL_STARTED, source, details);
            return new Running(id, source, practice, stamp.actor(), stamp.time(), checklistId);
        });
    }

    /** The hands-on drill running for a checklist, if one was started and not signed off. */
    public Optional<Running> running(String checklistId) {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT d.id, s.name, d.practice, d.actor, "
                    + "d.started_at FROM drills d JOIN sources s ON s.id = d.source_id "
                    + "WHERE d.checklist_id = ? AND d.outcome IS NULL ORDER BY d.id DESC LIMIT 1")) {
                select.setString(1, checklistId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Running(rows.getLong(1), rows.getString(2),
                            rows.getInt(3) == 1, rows.getString(4), StoredTime.parse(rows.getString(5)), checklistId))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Ends a hands-on drill: its duration runs from its start to the sign-off's time, and it is recorded as done by
     * {@code performedBy} (the person who signed as having restored).
     */
    public Drill finish(Running running, DrillOutcome outcome, String backup, String notes, String performedBy,
                        AuditStamp stamp) {
        return store.write(c -> {
            Duration duration = Duration.between(running.startedAt(), stamp.time());
            if (duration.isNegative()) {
                duration = Duration.ZERO;
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE drills SET duration_millis = ?, outcome = ?, "
                    + "backup = ?, notes = ?, actor = ? WHERE id = ? AND outcome IS NULL")) {
                update.setLong(1, duration.toMillis());
                update.setString(2, outcome.id());
                update.setString(3, backup);
                update.setString(4, notes);
                update.setString(5, performedBy);
                update.setLong(6, running.id());
                if (update.executeUpdate() != 1) {
                    throw new InputProblem("error.drill.notRunning");
                }
            }
            Drill drill = new Drill(running.source(), DrillKind.HANDS_ON, running.practice(), backup, performedBy,
                    running.startedAt(), duration, outcome, 0, 0, List.of(), notes);
            Map<String, Object> details = details(drill);
            details.put("checklist", running.checklistId());
            details.put("startedBy", running.actor());
            AuditLog.append(c, stamp, AuditAction.DRILL_RECORDED, drill.source(), details);
            return drill;
        });
    }

    /** The finished drills of a source, newest first. */
    public List<Drill> list(String source) {
        return store.read(c -> select(c, "WHERE s.name = ? AND d.outcome IS NOT NULL", source));
    }

    /** Every finished drill of every source, newest first (the trainer's summary). */
    public List<Drill> all() {
        return store.read(c -> select(c, "WHERE d.outcome IS NOT NULL", null));
    }

    /** The newest finished drill of a source that counts as a restore test (not practice). */
    public Optional<Drill> lastTest(String source) {
        return list(source).stream().filter(d -> !d.practice()).findFirst();
    }

    /** How often the source's restore must be tested; {@link DrillPolicy#DEFAULTS} when the user said nothing. */
    public DrillPolicy policy(String source) {
        return store.read(c -> readPolicy(c, SourceRepository.existingId(c, source)));
    }

    /** Every source's policy, by name. */
    public Map<String, DrillPolicy> allPolicies() {
        return store.read(c -> {
            Map<String, DrillPolicy> all = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT s.name, t.important, t.every_seconds, t.reminder_off, t.source_id FROM sources s "
                            + "LEFT JOIN drill_settings t ON t.source_id = s.id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(5);
                    all.put(rows.getString(1), rows.wasNull() ? DrillPolicy.DEFAULTS : policyOf(rows, 2));
                }
            }
            return Map.copyOf(all);
        });
    }

    /** Reads, changes and saves a source's policy in one transaction. */
    public DrillPolicy updatePolicy(String source, UnaryOperator<DrillPolicy> change) {
        return store.write(c -> {
            long sourceId = SourceRepository.existingId(c, source);
            DrillPolicy changed = change.apply(readPolicy(c, sourceId));
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO drill_settings (source_id, important, every_seconds, reminder_off) VALUES (?, ?, ?, ?)
                    ON CONFLICT (source_id) DO UPDATE SET important = excluded.important,
                        every_seconds = excluded.every_seconds, reminder_off = excluded.reminder_off""")) {
                upsert.setLong(1, sourceId);
                upsert.setInt(2, changed.important() ? 1 : 0);
                if (changed.every().isPresent()) {
                    upsert.setLong(3, changed.every().get().toSeconds());
                } else {
                    upsert.setNull(3, Types.INTEGER);
                }
                upsert.setInt(4, changed.off() ? 1 : 0);
                upsert.executeUpdate();
            }
            return changed;
        });
    }

    private static DrillPolicy readPolicy(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT important, every_seconds, reminder_off FROM drill_settings WHERE source_id = ?")) {
            select.setLong(1, sourceId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? policyOf(rows, 1) : DrillPolicy.DEFAULTS;
            }
        }
    }

    private static DrillPolicy policyOf(ResultSet rows, int first) throws SQLException {
        boolean important = rows.getInt(first) == 1;
        long every = rows.getLong(first + 1);
        Optional<Duration> interval = rows.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(every));
        return new DrillPolicy(important, interval, rows.getInt(first + 2) == 1);
    }

    private static List<Drill> select(Connection c, String where, String source) throws SQLException {
        List<Drill> all = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM drills d JOIN sources s "
                + "ON s.id = d.source_id " + where + " ORDER BY d.started_at DESC, d.id DESC")) {
            if (source != null) {
                select.setString(1, source);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(drill(rows));
                }
            }
        }
        return all;
    }

    private static Drill drill(ResultSet rows) throws SQLException {
        String kindId = rows.getString(2);
        String outcomeId = rows.getString(8);
        DrillKind kind = DrillKind.fromId(kindId)
                .orElseThrow(() -> new StoreException("Unknown drill kind in the database: " + kindId));
        DrillOutcome outcome = DrillOutcome.fromId(outcomeId)
                .orElseThrow(() -> new StoreException("Unknown drill outcome in the database: " + outcomeId));
        return new Drill(rows.getString(1), kind, rows.getInt(3) == 1, rows.getString(4), rows.getString(5),
                StoredTime.parse(rows.getString(6)), Duration.ofMillis(rows.getLong(7)), outcome, rows.getInt(9),
                rows.getLong(10), findings(rows.getString(11)), rows.getString(12));
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        List<Map<String, Object>> stored = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name());
            m.put("code", f.code());
            m.put("backup", f.backup().orElse(null));
            m.put("path", f.path());
            m.put("args", f.args());
            stored.add(m);
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> findings(String json) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> wrapper = StoredJson.object("{\"f\":" + json + "}");
        for (Object o : (List<Object>) wrapper.get("f")) {
            Map<String, Object> m = (Map<String, Object>) o;
            findings.add(new Finding(Severity.valueOf((String) m.get("severity")), (String) m.get("code"),
                    Optional.ofNullable((String) m.get("backup")), (String) m.get("path"),
                    ((List<Object>) m.get("args")).stream().map(String::valueOf).toList()));
        }
        return findings;
    }

    private static Map<String, Object> details(Drill drill) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", drill.kind().id());
        details.put("practice", drill.practice());
        details.put("backup", drill.backup());
        details.put("startedAt", StoredTime.format(drill.startedAt()));
        details.put("durationMillis", drill.duration().toMillis());
        details.put("outcome", drill.outcome().id());
        details.put("filesRestored", drill.filesRestored());
        details.put("bytesRestored", drill.bytesRestored());
        details.put("findings", drill.findings().size());
        return details;
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
