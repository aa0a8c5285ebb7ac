package dev.vigie.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one SQLite transaction: all of it is kept, or none of it.
 *
 * <p>Writes begin with {@code BEGIN IMMEDIATE}, which takes the write lock at once and waits for it on the busy
 * timeout. A deferred transaction that reads first and writes later cannot wait: in WAL mode SQLite answers it
 * {@code SQLITE_BUSY} at once when another process wrote in between, which is how the window and the command
 * line would fail each other.
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T write(Connection connection, SqlWork<T> work) throws SQLException {
        return run(connection, "BEGIN IMMEDIATE", work);
    }

    /** Several reads that see one state of the database, whatever other processes commit meanwhile. */
    static <T> T read(Connection connection, SqlWork<T> work) throws SQLException {
        return run(connection, "BEGIN DEFERRED", work);
    }

    private static <T> T run(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        execute(connection, begin);
        T result;
        try {
            result = work.run(connection);
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        }
        return result;
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back by itself already (a full disk, an I/O error): the first failure tells it.
            failure.addSuppressed(e);
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static int intValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
