package dev.vigie.store;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Saved restore checklists and how far each has been followed; every tick and sign-off is audited with it. */
public final class ChecklistRepository {

    /**
     * A checklist as saved: enough to write the same steps again.
     *
     * @param requestJson what was asked, as the workspace wrote it
     */
    public record Saved(String id, String scenario, String source, Instant createdAt, String requestJson) {
    }

    private final Store store;

    ChecklistRepository(Store store) {
        this.store = store;
    }

    /** Saves a checklist and audits its generation; saving it again changes nothing. */
    public void save(Saved checklist, AuditStamp stamp, Map<String, ?> details) {
        store.write(c -> {
            if (find(c, checklist.id()).isPresent()) {
                return null;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO checklists "
                    + "(id, scenario, source, created_at, request_json) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, checklist.id());
                insert.setString(2, checklist.scenario());
                insert.setString(3, checklist.source());
                insert.setString(4, StoredTime.format(checklist.createdAt()));
                insert.setString(5, checklist.requestJson());
                insert.executeUpdate();
            }
            AuditLog.append(c, stamp, AuditAction.CHECKLIST_GENERATED, checklist.id(), details);
            return null;
        });
    }

    public Optional<Saved> find(String id) {
        return store.read(c -> find(c, id));
    }

    /** The saved checklists, newest first. */
    public List<Saved> list() {
        return store.read(c -> {
            List<Saved> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, scenario, source, created_at, request_json "
                    + "FROM checklists ORDER BY created_at DESC, id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(saved(rows));
                }
            }
            return all;
        });
    }

    public Progress progress(String id) {
        return store.read(c -> {
            Map<String, Progress.Tick> ticks = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT step_id, ticked_by, ticked_at FROM checklist_ticks WHERE checklist_id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ticks.put(rows.getString(1), new Progress.Tick(rows.getString(1), rows.getString(2),
                                StoredTime.parse(rows.getString(3))));
                    }
                }
            }
            Optional<Progress.SignOff> signOff = Optional.empty();
            try (PreparedStatement select = c.prepareStatement("SELECT performed_by, checked_by, signed_at "
                    + "FROM checklist_signoffs WHERE checklist_id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        signOff = Optional.of(new Progress.SignOff(rows.getString(1), rows.getString(2),
                                StoredTime.parse(rows.getString(3))));
                    }
                }
            }
            return new Progress(ticks, signOff);
        });
    }

    /** Ticks or unticks a step, audited with who and when; a step already in that state is left as it is. */
    public void tick(String id, String stepId, boolean ticked, AuditStamp stamp) {
        store.write(c -> {
            requireSaved(c, id);
            String sql = ticked
                    ? "INSERT OR IGNORE INTO checklist_ticks (checklist_id, step_id, ticked_by, ticked_at) "
                            + "VALUES (?, ?, ?, ?)"
                    : "DELETE FROM checklist_ticks WHERE checklist_id = ? AND step_id = ?";
            int changed;
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setString(1, id);
                statement.setString(2, stepId);
                if (ticked) {
                    statement.setString(3, stamp.actor());
                    statement.setString(4, StoredTime.format(stamp.time()));
                }
                changed = statement.executeUpdate();
            }
            if (changed > 0) {
                AuditLog.append(c, stamp, ticked ? AuditAction.CHECKLIST_STEP_TICKED
                        : AuditAction.CHECKLIST_STEP_UNTICKED, id, Map.of("step", stepId));
            }
            return null;
        });
    }

    /**
     * Signs a checklist off, audited.
     *
     * @throws InputProblem when it was signed off already, or a name is blank
     */
    public void signOff(String id, String performedBy, String checkedBy, AuditStamp stamp) {
        if (performedBy.isBlank() || checkedBy.isBlank()) {
            throw new InputProblem("error.checklist.signoff");
        }
        store.write(c -> {
            requireSaved(c, id);
            try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO checklist_signoffs "
                    + "(checklist_id, performed_by, checked_by, signed_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, performedBy.strip());
                insert.setString(3, checkedBy.strip());
                insert.setString(4, StoredTime.format(stamp.time()));
                if (insert.executeUpdate() == 0) {
                    throw new InputProblem("error.checklist.signedOff", id);
                }
            }
            AuditLog.append(c, stamp, AuditAction.CHECKLIST_SIGNED_OFF, id,
                    Map.of("performedBy", performedBy.strip(), "checkedBy", checkedBy.strip()));
            return null;
        });
    }

    private static void requireSaved(Connection c, String id) throws SQLException {
        if (find(c, id).isEmpty()) {
            throw new InputProblem("error.checklist.unknown", id);
        }
    }

    private static Optional<Saved> find(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, scenario, source, created_at, request_json FROM checklists WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(saved(rows)) : Optional.empty();
            }
        }
    }

    private static Saved saved(ResultSet rows) throws SQLException {
        return new Saved(rows.getString(1), rows.getString(2), rows.getString(3), StoredTime.parse(rows.getString(4)),
                rows.getString(5));
    }
}
