package dev.vigie.restore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code PRAGMA integrity_check} on a restored copy of an SQLite database (never on the backup itself), read-only:
 * the slower, thorough check, which also compares every index with its table.
 */
final class SqliteIntegrity {

    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int PROBLEMS_LISTED = 3;

    private SqliteIntegrity() {
    }

    static boolean isSqlite(byte[] head, int length) {
        return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Empty when SQLite answers "ok"; else its first problems, or why the file could not be opened. */
    static Optional<String> check(Path restored) {
        String url = "jdbc:sqlite:file:" + restored.toAbsolutePath().toUri().getRawPath() + "?mode=ro&immutable=1";
        try (Connection db = DriverManager.getConnection(url);
             Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA integrity_check(" + PROBLEMS_LISTED + ")")) {
            List<String> problems = new ArrayList<>();
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
            return problems.equals(List.of("ok")) ? Optional.empty() : Optional.of(String.join("; ", problems));
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            return Optional.of((newline < 0 ? message : message.substring(0, newline)).strip());
        }
    }
}
