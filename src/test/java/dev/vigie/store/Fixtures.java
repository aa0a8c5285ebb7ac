package dev.vigie.store;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.TimeSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders for store tests, and a look at the database file from outside the store. */
final class Fixtures {

    static final Instant NOV_20_2AM_PARIS = Instant.parse("2026-11-20T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static Store open(Path dataDir) {
        return Store.open(dataDir, Migrations.standard(), CLOCK);
    }

    static SourceRef phone(Path location) {
        return new SourceRef("phone", location.toString(), Optional.of(Layout.WHATSAPP_ANDROID));
    }

    static BackupSet set(String name, Instant time, long size) {
        return new BackupSet(time, name, List.of("Databases/" + name), size, 1, TimeSource.NAME, Map.of());
    }

    static Inventory inventory(BackupSet... sets) {
        return inventory(List.of(), sets);
    }

    static Inventory inventory(List<ScanWarning> warnings, BackupSet... sets) {
        return new Inventory("/backups/phone", Layout.WHATSAPP_ANDROID, List.of(sets), warnings, sets.length + 3L);
    }

    static Instant day(int dayOfNovember) {
        return NOV_20_2AM_PARIS.plusSeconds((dayOfNovember - 20) * 86_400L);
    }

    /** The first column of every row of {@code sql}, read on a connection of its own. */
    static List<String> query(Path databaseFile, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static int count(Path databaseFile, String table) throws SQLException {
        return Integer.parseInt(query(databaseFile, "SELECT count(*) FROM " + table).get(0));
    }

    static int userVersion(Path databaseFile) throws SQLException {
        return Integer.parseInt(query(databaseFile, "PRAGMA user_version").get(0));
    }

    static void execute(Path databaseFile, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
