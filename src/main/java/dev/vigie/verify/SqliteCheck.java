package dev.vigie.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sqlite.ProgressHandler;

/**
 * SQLite databases that are not encrypted (their first 16 bytes are {@code "SQLite format 3\0"}). Quick: the
 * header's page size is valid and the file holds at least as many pages as the header says (a cut copy fails here;
 * bytes after the last page, as real iPhone {@code Manifest.db} files have, are ignored as SQLite ignores them); a
 * file from before SQLite 3.7.0, whose header count is not kept, must be a whole number of pages. Full: {@code PRAGMA quick_check}, which finds damaged pages, b-trees and indexes; SQLite keeps
 * no checksum of row contents, so a changed byte inside a value goes unseen by any check.
 *
 * <p>A database is opened as {@code file:PATH?mode=ro&immutable=1}: read-only, no locks, and no journal, WAL or
 * shared-memory file is ever created next to the backup.
 */
final class SqliteCheck {

    static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_BYTES = 100;
    /** Names that say "SQLite"; files with no extension (an iPhone backup's hashed files) are looked into too. */
    private static final Set<String> EXTENSIONS = Set.of("db", "sqlite", "sqlite3", "sqlitedb", "db3", "storedata");
    /** quick_check stops after this many problems: the first few say enough. */
    private static final int PROBLEMS_LISTED = 3;
    /** SQLite calls the handler every this many virtual-machine steps: often enough to cancel within a moment. */
    private static final int STEPS_BETWEEN_POLLS = 100_000;

    private SqliteCheck() {
    }

    /** Whether a file of this name may be an SQLite database, and so is worth looking into. */
    static boolean mayBe(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean hasMagic(byte[] head, int length) {
        return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The header's first problem, if any, for a file of {@code size} bytes starting with {@code head}. */
    static Optional<String> headerProblem(byte[] head, int length, long size) {
        if (length < HEADER_BYTES) {
            return Optional.of("cut short: " + size + " bytes, less than a header");
        }
        int raw = (head[16] & 0xff) << 8 | head[17] & 0xff;
        long pageSize = raw == 1 ? 65_536 : raw;
        if (pageSize < 512 || pageSize > 65_536 || Long.bitCount(pageSize) != 1) {
            return Optional.of("invalid page size " + raw);
        }
        long changes = u32(head, 24);
        long pages = u32(head, 28);
        // The page count in the header is only kept up to date when the two counters agree (SQLite 3.7.0 and later).
        if (pages > 0 && changes == u32(head, 92)) {
            // SQLite reads the pages the header counts and ignores what follows (real iPhone Manifest.db files end
            // with padding): only a file shorter than that is cut short, as PRAGMA integrity_check agrees.
            return pages * pageSize > size ? Optional.of("cut short: " + size / pageSize + " of " + pages + " pages")
                    : Optional.empty();
        }
        if (size % pageSize != 0) {
            return Optional.of("cut short: " + size + " bytes is not a whole number of " + pageSize + "-byte pages");
        }
        return Optional.empty();
    }

    /** Checks a file already known to start with the SQLite header {@code head}. */
    static void check(Verifier.Run run, Verifier.FileTask task, FileChannel channel, byte[] head, int length)
            throws IOException {
        Optional<String> problem = headerProblem(head, length, channel.size());
        if (problem.isEmpty() && task.full()) {
            problem = quickCheck(run, task.file());
        }
        problem.ifPresent(p -> run.add(IntegrityCode.CORRUPT_SQLITE.finding(task.backup(), task.path(), p)));
    }

    /** {@code PRAGMA quick_check}; empty when it answers "ok". */
    static Optional<String> quickCheck(Verifier.Run run, Path file) throws Reading.SourceReadException {
        return query(run, file, db -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet rows = s.executeQuery("PRAGMA quick_check(" + PROBLEMS_LISTED + ")")) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
            return problems.equals(List.of("ok")) ? Optional.empty() : Optional.of(String.join("; ", problems));
        });
    }

    /** Whether the database has a table of that name; its problem when it cannot be read. */
    static Optional<String> missingTable(Verifier.Run run, Path file, String table)
            throws Reading.SourceReadException {
        return query(run, file, db -> {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                s.setString(1, table);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.empty() : Optional.of("no " + table + " table");
                }
            }
        });
    }

    private interface Query {
        Optional<String> run(Connection db) throws SQLException;
    }

    private static Optional<String> query(Verifier.Run run, Path file, Query query)
            throws Reading.SourceReadException {
        try (Connection db = DriverManager.getConnection(url(file))) {
            ProgressHandler.setHandler(db, STEPS_BETWEEN_POLLS, new ProgressHandler() {
                @Override
                protected int progress() {
                    // Non-zero interrupts the statement; the cancellation is then thrown below.
                    return run.reading().cancelled() ? 1 : 0;
                }
            });
            return query.run(db);
        } catch (SQLException e) {
            run.reading().checkCancelled();
            String message = e.getMessage() == null ? "SQLException" : e.getMessage();
            if (message.contains("SQLITE_CANTOPEN") || message.contains("SQLITE_IOERR")
                    || message.contains("SQLITE_PERM")) {
                throw new Reading.SourceReadException(new IOException(firstLine(message)));
            }
            return Optional.of(firstLine(message));
        }
    }

    /**
     * The URI that opens {@code file} read-only and immutable. The path is percent-encoded as a URI's path, so that
     * spaces, {@code #}, {@code ?}, {@code %} and accented letters in folder names reach SQLite unchanged.
     */
    static String url(Path file) {
        String path = file.toAbsolutePath().toUri().getRawPath();
        return "jdbc:sqlite:file:" + path + "?mode=ro&immutable=1";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | b[at + 3] & 0xffL;
    }
}
