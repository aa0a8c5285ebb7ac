package dev.vigie.store;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.HistoryKeys;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.SeenBackup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every backup set ever seen per source, so the history outlives rotation on the device: a phone keeps about a
 * week of WhatsApp backups, Vigie remembers them all. A set is recognised across scans by its time (see
 * {@link HistoryKeys}); its other values are those of its latest sighting.
 */
public final class HistoryRepository {

    private final Store store;

    HistoryRepository(Store store) {
        this.store = store;
    }

    /**
     * Records one scan of a registered source: the scan, each set it found, its warnings. All in one transaction:
     * if anything fails, nothing of this scan is kept.
     *
     * @throws InputProblem when no source is named {@code sourceName}
     */
    public void record(String sourceName, Inventory inventory, Instant scannedAt) {
        Map<BackupSet, String> keys = HistoryKeys.of(inventory.backups());
        store.write(c -> {
            long sourceId = SourceRepository.existingId(c, sourceName);
            long scanId = insertScan(c, sourceId, inventory, scannedAt);
            for (BackupSet set : inventory.backups()) {
                long setId = keep(c, sourceId, keys.get(set), set, scannedAt);
                try (PreparedStatement link = c.prepareStatement(
                        "INSERT OR IGNORE INTO scan_backups (scan_id, backup_set_id) VALUES (?, ?)")) {
                    link.setLong(1, scanId);
                    link.setLong(2, setId);
                    link.executeUpdate();
                }
            }
            for (ScanWarning warning : inventory.warnings()) {
                insertWarning(c, scanId, warning);
            }
            return null;
        });
    }

    /**
     * Every set ever seen in the source, oldest first, each marked with whether the source's latest scan (the one
     * with the latest scan time) still found it.
     *
     * @throws InputProblem when no source is named {@code sourceName}
     */
    public List<SeenBackup> history(String sourceName) {
        return store.read(c -> {
            long sourceId = SourceRepository.existingId(c, sourceName);
            Optional<Long> latestScan = latestScanId(c, sourceId);
            if (latestScan.isEmpty()) {
                return List.of();
            }
            List<SeenBackup> seen = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT b.*, EXISTS (SELECT 1 FROM scan_backups s
                                        WHERE s.scan_id = ? AND s.backup_set_id = b.id) AS in_latest_scan
                    FROM backup_sets b
                    WHERE b.source_id = ?
                    ORDER BY b.time_utc, b.name, b.id""")) {
                select.setLong(1, latestScan.get());
                select.setLong(2, sourceId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seen.add(new SeenBackup(backupSet(rows), StoredTime.parse(rows.getString("first_seen")),
                                StoredTime.parse(rows.getString("last_seen")), rows.getBoolean("in_latest_scan")));
                    }
                }
            }
            return seen;
        });
    }

    /**
     * The source's latest scan, if it was ever scanned.
     *
     * @throws InputProblem when no source is named {@code sourceName}
     */
    public Optional<RecordedScan> latestScan(String sourceName) {
        return store.read(c -> {
            long sourceId = SourceRepository.existingId(c, sourceName);
            Optional<Long> scanId = latestScanId(c, sourceId);
            if (scanId.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT s.scanned_at, s.layout, s.files_seen, count(b.id) AS backups, max(b.time_utc) AS latest
                    FROM scans s
                    LEFT JOIN scan_backups sb ON sb.scan_id = s.id
                    LEFT JOIN backup_sets b ON b.id = sb.backup_set_id
                    WHERE s.id = ?
                    GROUP BY s.id""")) {
                select.setLong(1, scanId.get());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    String latest = row.getString("latest");
                    return Optional.of(new RecordedScan(StoredTime.parse(row.getString("scanned_at")),
                            StoredValues.layout(row.getString("layout")), row.getLong("files_seen"),
                            row.getInt("backups"), Optional.ofNullable(latest).map(StoredTime::parse),
                            warnings(c, scanId.get())));
                }
            }
        });
    }

    private static long insertScan(Connection c, long sourceId, Inventory inventory, Instant scannedAt)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO scans (source_id, scanned_at, layout, files_seen) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, sourceId);
            insert.setString(2, StoredTime.format(scannedAt));
            insert.setString(3, inventory.layout().id());
            insert.setLong(4, inventory.filesSeen());
            insert.executeUpdate();
        }
        return lastInsertedId(c);
    }

    /**
     * Adds a set seen for the first time, or updates the one with the same key. Scans can be recorded out of order
     * ({@code vigie scan --now} in the past), so the values and {@code last_seen} only change for a sighting at
     * least as recent as the last one, and {@code first_seen} only moves earlier.
     */
    private static long keep(Connection c, long sourceId, String key, BackupSet set, Instant scannedAt)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, first_seen, last_seen FROM backup_sets WHERE source_id = ? AND history_key = ?")) {
            select.setLong(1, sourceId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return insertSet(c, sourceId, key, set, scannedAt);
                }
                long id = row.getLong("id");
                Instant firstSeen = StoredTime.parse(row.getString("first_seen"));
                Instant lastSeen = StoredTime.parse(row.getString("last_seen"));
                if (!scannedAt.isBefore(lastSeen)) {
                    updateSet(c, id, set, scannedAt);
                }
                if (scannedAt.isBefore(firstSeen)) {
                    try (PreparedStatement update = c.prepareStatement(
                            "UPDATE backup_sets SET first_seen = ? WHERE id = ?")) {
                        update.setString(1, StoredTime.format(scannedAt));
                        update.setLong(2, id);
                        update.executeUpdate();
                    }
                }
                return id;
            }
        }
    }

    private static long insertSet(Connection c, long sourceId, String key, BackupSet set, Instant scannedAt)
            throws SQLException {
        // The first eight columns are those updateSet sets too, in the same order, so one binder serves both.
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO backup_sets (time_utc, name, paths_json, size_bytes, file_count, time_source,
                                         details_json, last_seen, first_seen, source_id, history_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int next = setValues(insert, set, scannedAt);
            insert.setString(next, StoredTime.format(scannedAt));
            insert.setLong(next + 1, sourceId);
            insert.setString(next + 2, key);
            insert.executeUpdate();
        }
        return lastInsertedId(c);
    }

    private static void updateSet(Connection c, long id, BackupSet set, Instant scannedAt) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE backup_sets SET time_utc = ?, name = ?, paths_json = ?, size_bytes = ?, file_count = ?,
                                       time_source = ?, details_json = ?, last_seen = ?
                WHERE id = ?""")) {
            int next = setValues(update, set, scannedAt);
            update.setLong(next, id);
            update.executeUpdate();
        }
    }

    /** Binds the set's values and its sighting to the first eight parameters; returns the next parameter's index. */
    private static int setValues(PreparedStatement statement, BackupSet set, Instant scannedAt) throws SQLException {
        statement.setString(1, StoredTime.format(set.time()));
        statement.setString(2, set.name());
        statement.setString(3, StoredJson.write(set.paths()));
        statement.setLong(4, set.sizeBytes());
        statement.setInt(5, set.fileCount());
        statement.setString(6, set.timeSource().id());
        statement.setString(7, StoredJson.write(set.details()));
        statement.setString(8, StoredTime.format(scannedAt));
        return 9;
    }

    private static void insertWarning(Connection c, long scanId, ScanWarning warning) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO scan_warnings (scan_id, code, path, args_json) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, scanId);
            insert.setString(2, warning.code().id());
            insert.setString(3, warning.path());
            insert.setString(4, StoredJson.write(warning.args()));
            insert.executeUpdate();
        }
    }

    private static List<ScanWarning> warnings(Connection c, long scanId) throws SQLException {
        List<ScanWarning> warnings = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT code, path, args_json FROM scan_warnings WHERE scan_id = ? ORDER BY id")) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    warnings.add(new ScanWarning(StoredValues.warningCode(rows.getString("code")),
                            rows.getString("path"), StoredJson.strings(rows.getString("args_json"))));
                }
            }
        }
        return warnings;
    }

    private static BackupSet backupSet(ResultSet row) throws SQLException {
        return new BackupSet(StoredTime.parse(row.getString("time_utc")), row.getString("name"),
                StoredJson.strings(row.getString("paths_json")), row.getLong("size_bytes"), row.getInt("file_count"),
                StoredValues.timeSource(row.getString("time_source")),
                StoredJson.object(row.getString("details_json")));
    }

    private static Optional<Long> latestScanId(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id FROM scans WHERE source_id = ? ORDER BY scanned_at DESC, id DESC LIMIT 1")) {
            select.setLong(1, sourceId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static long lastInsertedId(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
