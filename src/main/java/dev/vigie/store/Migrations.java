package dev.vigie.store;

import dev.vigie.backup.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ordered steps of the schema, and how a database is brought up to the last one.
 *
 * <p>The steps are SQL files in {@code dev/vigie/store/migration/}, named {@code NNN_what.sql}. They are listed
 * in {@link #FILES} because a class path folder cannot be listed once it is inside a jar.
 */
final class Migrations {

    /** Every migration file, in order; add new ones at the end, never edit a released one. */
    static final List<String> FILES = List.of("001_initial.sql", "002_source_settings.sql",
            "003_consent_ledger.sql", "004_checklists.sql", "005_chat_exports.sql",
            "006_drills.sql", "007_alerts.sql",
            "008_chat_numbers.sql", "009_repository_sources.sql");

    private static final String FOLDER = "migration/";
    /** Where SQLite keeps {@code PRAGMA user_version} in the file's header (a 4-byte big-endian integer). */
    private static final int USER_VERSION_OFFSET = 60;

    private final List<Migration> steps;

    Migrations(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations must be numbered 1, 2, 3... without gaps: " + steps);
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** The migrations shipped with this Vigie. */
    static Migrations standard() {
        List<Migration> steps = new ArrayList<>();
        for (String file : FILES) {
            int underscore = file.indexOf('_');
            int version = Integer.parseInt(file.substring(0, underscore));
            String name = file.substring(underscore + 1, file.length() - ".sql".length());
            steps.add(new Migration(version, name, resource(FOLDER + file)));
        }
        return new Migrations(steps);
    }

    List<Migration> steps() {
        return steps;
    }

    int latest() {
        return steps.size();
    }

    /**
     * Brings the database to {@link #latest()}, one transaction per step. A database that already has data is
     * first copied next to itself ({@code vigie.db.before-vN.bak}), so a user can go back to the Vigie they had.
     *
     * @throws InputProblem when the database was written by a newer Vigie
     */
    void migrate(Connection connection, Path databaseFile) throws SQLException {
        int found = userVersion(connection);
        refuseNewer(found, databaseFile);
        if (found == latest()) {
            return;
        }
        if (found > 0) {
            keepCopy(connection, databaseFile, found);
        }
        for (Migration step : steps) {
            if (step.version() > found) {
                apply(connection, step);
            }
        }
        // Another process, a newer Vigie, may have migrated further while this one waited for the lock.
        refuseNewer(userVersion(connection), databaseFile);
    }

    /** @throws InputProblem when {@code version} is beyond this Vigie's latest */
    void refuseNewer(int version, Path databaseFile) {
        if (version > latest()) {
            throw new InputProblem("error.store.newer", databaseFile.toString(), String.valueOf(version),
                    String.valueOf(latest()));
        }
    }

    /**
     * Applies one step unless another process did so first. {@link Store} lets one process at a time set the
     * database up, but that lock file does not hold on every file system (some network shares), so the version is
     * also read again under SQLite's write lock, and set in the same transaction as the step: two Vigies starting
     * together never run a step twice.
     */
    private static void apply(Connection connection, Migration step) throws SQLException {
        Transactions.write(connection, c -> {
            if (userVersion(c) >= step.version()) {
                return null;
            }
            try (Statement statement = c.createStatement()) {
                // sqlite-jdbc runs a plain executeUpdate through sqlite3_exec, which runs every statement of the text.
                statement.executeUpdate(step.sql());
                statement.execute("PRAGMA user_version = " + step.version());
            }
            return null;
        });
    }

    /**
     * Copies the database, as one consistent snapshot, before the first step changes it. Should two processes get
     * here at once (see {@link #apply}), each copies under a name of its own and only then gives the copy its final
     * name, and a copy taken after the other already migrated is thrown away: the kept copy holds the old schema.
     */
    private void keepCopy(Connection connection, Path databaseFile, int found) throws SQLException {
        Path copy = copyFile(databaseFile, latest());
        Path partial = copy.resolveSibling(copy.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.deleteIfExists(partial);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
            if (headerUserVersion(partial) == found) {
                moveIntoPlace(partial, copy);
            } else {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot keep a copy of " + databaseFile + " before migrating it", e);
        }
    }

    /** The copy kept before migrating to {@code version}: {@code vigie.db.before-v2.bak}. */
    static Path copyFile(Path databaseFile, int version) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".before-v" + version + ".bak");
    }

    private static void moveIntoPlace(Path partial, Path copy) throws IOException {
        try {
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int headerUserVersion(Path file) throws IOException {
        try (RandomAccessFile header = new RandomAccessFile(file.toFile(), "r")) {
            header.seek(USER_VERSION_OFFSET);
            return header.readInt();
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        return Transactions.intValue(connection, "PRAGMA user_version");
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is listed but not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
