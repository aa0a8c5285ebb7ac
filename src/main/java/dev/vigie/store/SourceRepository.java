package dev.vigie.store;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.SourceNames;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The registered sources, by their unique name. */
public final class SourceRepository {

    private final Store store;

    SourceRepository(Store store) {
        this.store = store;
    }

    /** Registers {@code source} now, by the store's clock. */
    public void add(SourceRef source) {
        add(source, store.clock().instant());
    }

    /**
     * Registers {@code source}.
     *
     * @throws InputProblem when its name cannot name a source or another source has it
     */
    public void add(SourceRef source, Instant addedAt) {
        add(source, addedAt, Optional.empty());
    }

    /**
     * Registers {@code source} and, for a restic or borg repository, how to open it, in one transaction.
     *
     * @throws InputProblem when its name cannot name a source or another source has it
     */
    public void add(SourceRef source, Instant addedAt, Optional<RepositoryAccess> access) {
        SourceNames.check(source.name());
        store.write(c -> {
            if (id(c, source.name()).isPresent()) {
                throw new InputProblem("error.source.duplicate", source.name());
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sources (name, location, layout, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, source.name());
                insert.setString(2, source.location());
                insert.setString(3, source.layout().map(Layout::id).orElse(null));
                insert.setString(4, StoredTime.format(addedAt));
                insert.executeUpdate();
            }
            if (access.isPresent()) {
                writeAccess(c, existingId(c, source.name()), access.get());
            }
            return null;
        });
    }

    /** Every source, by name (case aside, so "anna" and "Bruno" sort as people expect). */
    public List<SourceRef> list() {
        return store.read(c -> {
            List<SourceRef> sources = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, location, layout FROM sources ORDER BY name COLLATE NOCASE, name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sources.add(source(rows));
                }
            }
            return sources;
        });
    }

    public Optional<SourceRef> find(String name) {
        return store.read(c -> find(c, name));
    }

    private static Optional<SourceRef> find(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT name, location, layout FROM sources WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(source(rows)) : Optional.empty();
            }
        }
    }

    /** When the source was registered: where watching it began, even if no backup ever came. */
    public Optional<Instant> addedAt(String name) {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT created_at FROM sources WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(StoredTime.parse(rows.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Forgets the source and, with it, its whole history. The folder itself is not touched. */
    public boolean remove(String name) {
        return store.write(c -> delete(c, name));
    }

    /**
     * {@link #remove(String)}, and records the removal in the audit log in the same transaction (nothing is recorded
     * when there was no such source).
     */
    public boolean remove(String name, AuditStamp stamp) {
        return store.write(c -> {
            Optional<SourceRef> source = find(c, name);
            if (source.isEmpty() || !delete(c, name)) {
                return false;
            }
            AuditLog.append(c, stamp, AuditAction.SOURCE_REMOVED, name, Map.of("location", source.get().location()));
            return true;
        });
    }

    private static boolean delete(Connection c, String name) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM sources WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        }
    }

    /**
     * Gives a source another name; its history follows it.
     *
     * @throws InputProblem when there is no source {@code oldName}, {@code newName} cannot name a source, or another
     *                      source has it
     */
    public void rename(String oldName, String newName) {
        SourceNames.check(newName);
        store.write(c -> {
            if (id(c, oldName).isEmpty()) {
                throw new InputProblem("error.source.unknown", oldName);
            }
            if (oldName.equals(newName)) {
                return null;
            }
            if (id(c, newName).isPresent()) {
                throw new InputProblem("error.source.duplicate", newName);
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE sources SET name = ? WHERE name = ?")) {
                update.setString(1, newName);
                update.setString(2, oldName);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * What the user said about how the source is backed up; {@link SourceSettings#DEFAULTS} when nothing.
     *
     * @throws InputProblem when no source is named {@code name}
     */
    public SourceSettings settings(String name) {
        return store.read(c -> readSettings(c, existingId(c, name)));
    }

    /** The settings of every source, by name; sources the user said nothing about have the defaults. */
    public Map<String, SourceSettings> allSettings() {
        return store.read(c -> {
            Map<String, SourceSettings> all = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT s.name, t.* FROM sources s LEFT JOIN source_settings t ON t.source_id = s.id""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    boolean said = rows.getObject("source_id") != null;
                    all.put(rows.getString("name"), said ? settingsOf(rows) : SourceSettings.DEFAULTS);
                }
            }
            return Map.copyOf(all);
        });
    }

    /**
     * Replaces the source's settings with {@code settings} as a whole.
     *
     * @throws InputProblem when no source is named {@code name}
     */
    public void saveSettings(String name, SourceSettings settings) {
        store.write(c -> {
            writeSettings(c, existingId(c, name), settings);
            return null;
        });
    }

    /**
     * Changes some of the source's settings: reads them, applies {@code change} and saves the result in one
     * transaction, so that two changes made at once (the window and the command line) do not undo each other.
     *
     * @return the settings as saved
     * @throws InputProblem when no source is named {@code name}
     */
    public SourceSettings updateSettings(String name, UnaryOperator<SourceSettings> change) {
        return store.write(c -> {
            long sourceId = existingId(c, name);
            SourceSettings changed = change.apply(readSettings(c, sourceId));
            writeSettings(c, sourceId, changed);
            return changed;
        });
    }

    private static SourceSettings readSettings(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT * FROM source_settings WHERE source_id = ?")) {
            select.setLong(1, sourceId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? settingsOf(rows) : SourceSettings.DEFAULTS;
            }
        }
    }

    private static void writeSettings(Connection c, long sourceId, SourceSettings settings) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO source_settings (source_id, schedule, zone, grace_seconds, media, offsite)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET schedule = excluded.schedule, zone = excluded.zone,
                    grace_seconds = excluded.grace_seconds, media = excluded.media, offsite = excluded.offsite
                """)) {
            upsert.setLong(1, sourceId);
            upsert.setString(2, settings.schedule().orElse(null));
            upsert.setString(3, settings.zone().map(ZoneId::getId).orElse(null));
            if (settings.grace().isPresent()) {
                upsert.setLong(4, settings.grace().get().toSeconds());
            } else {
                upsert.setNull(4, Types.INTEGER);
            }
            upsert.setString(5, settings.media().map(MediaKind::id).orElse(null));
            upsert.setInt(6, settings.offsite() ? 1 : 0);
            upsert.executeUpdate();
        }
    }

    /** The row id of the source named {@code name}. */
    static Optional<Long> id(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * How to open a restic or borg source; {@link RepositoryAccess#DEFAULTS} when nothing was said.
     *
     * @throws InputProblem when no source is named {@code name}
     */
    public RepositoryAccess access(String name) {
        return store.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT * FROM repository_access WHERE source_id = ?")) {
                select.setLong(1, existingId(c, name));
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return RepositoryAccess.DEFAULTS;
                    }
                    return new RepositoryAccess(text(rows, "password_file"), text(rows, "password_command"),
                            text(rows, "host"), text(rows, "path"), text(rows, "tag"), text(rows, "prefix"));
                }
            }
        });
    }

    private static Optional<String> text(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(rows.getString(column));
    }

    private static void writeAccess(Connection c, long id, RepositoryAccess access) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT OR REPLACE INTO repository_access
                    (source_id, password_file, password_command, host, path, tag, prefix)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setString(2, access.passwordFile().orElse(null));
            insert.setString(3, access.passwordCommand().orElse(null));
            insert.setString(4, access.host().orElse(null));
            insert.setString(5, access.path().orElse(null));
            insert.setString(6, access.tag().orElse(null));
            insert.setString(7, access.prefix().orElse(null));
            insert.executeUpdate();
        }
    }

    /** Like {@link #id}, for work that cannot go on without the source. */
    static long existingId(Connection c, String name) throws SQLException {
        return id(c, name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
    }

    private static SourceSettings settingsOf(ResultSet row) throws SQLException {
        long graceSeconds = row.getLong("grace_seconds");
        Optional<Duration> grace = row.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(graceSeconds));
        return new SourceSettings(Optional.ofNullable(row.getString("schedule")),
                Optional.ofNullable(row.getString("zone")).map(StoredValues::zone), grace,
                Optional.ofNullable(row.getString("media")).map(StoredValues::mediaKind), row.getInt("offsite") == 1);
    }

    private static SourceRef source(ResultSet row) throws SQLException {
        String layout = row.getString("layout");
        return new SourceRef(row.getString("name"), row.getString("location"),
                layout == null ? Optional.empty() : Optional.of(StoredValues.layout(layout)));
    }
}
