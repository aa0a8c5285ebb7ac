package dev.vigie.store;

import dev.vigie.backup.InputProblem;
import dev.vigie.io.OwnerOnly;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Vigie's own SQLite database in the data directory, shared safely by the window and the command line.
 *
 * <p>One connection per {@code Store}; threads that share a store take turns on it. Other processes may have the same
 * file open: every write takes SQLite's write lock first and waits up to {@link #BUSY_TIMEOUT_MILLIS} for it.
 */
public final class Store implements AutoCloseable {

    public static final String FILE_NAME = "vigie.db";

    /** How long a write waits for another process's write to finish before giving up. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /**
     * Beside the database; its lock is held while a process sets the database up. Never deleted: a process waiting
     * for the lock of a deleted file would not exclude one that locks the file created anew.
     */
    static final String SETUP_LOCK_NAME = FILE_NAME + ".setup-lock";
    /** {@link FileChannel#lock()} excludes other processes only, so threads of this one queue here first. */
    private static final Object SETUP_IN_THIS_PROCESS = new Object();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    // SQLite's primary result codes (https://sqlite.org/rescode.html) that mean something to the user.
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final SourceRepository sources;
    private final HistoryRepository history;
    private final LedgerRepository ledger;
    private final AuditLog audit;
    private final ChecklistRepository checklists;
    private final ChatRepository chats;
    private final DrillRepository drills;
    private final AlertRepository alerts;
    private boolean inTransaction;
    private boolean closed;

    private Store(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.sources = new SourceRepository(this);
        this.history = new HistoryRepository(this);
        this.ledger = new LedgerRepository(this);
        this.audit = new AuditLog(this);
        this.checklists = new ChecklistRepository(this);
        this.chats = new ChatRepository(this);
        this.drills = new DrillRepository(this);
        this.alerts = new AlertRepository(this);
    }

    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Opens the database of {@code dataDir}, creating the folder (owner-only) and the database as needed, and brings
     * its schema up to date.
     *
     * @throws InputProblem when the folder cannot be created, the file is not a sound SQLite database, or it was
     *                      written by a newer Vigie; the file is then left as it was
     */
    public static Store open(Path dataDir) {
        return open(dataDir, Migrations.standard(), Clock.systemUTC());
    }

    /** {@link #open(Path)} with other migrations (tests of older and newer schemas) and a chosen clock. */
    static Store open(Path dataDir, Migrations migrations, Clock clock) {
        createDataDir(dataDir);
        Path file = databaseFile(dataDir);
        keepPrivate(dataDir, file);
        synchronized (SETUP_IN_THIS_PROCESS) {
            try (FileChannel channel = FileChannel.open(dataDir.resolve(SETUP_LOCK_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock setup = channel.lock()) {
                Store store = setUp(file, migrations, clock);
                OwnerOnly.tighten(dataDir); // the WAL, and a copy kept before a migration
                return store;
            } catch (IOException e) {
                throw new InputProblem(e, "error.store.cannotOpen", file.toString(), Reasons.of(e));
            }
        }
    }

    /**
     * Connects, then makes the file a WAL database at the latest schema. Run by one process at a time: two Vigies
     * creating the database together would both switch a new file to WAL, and SQLite fails one of them at once
     * (SQLITE_BUSY, or an I/O error on the journal the other just deleted) rather than making it wait. Once set up,
     * the file stays in WAL mode and the processes share it through SQLite's own locks.
     */
    private static Store setUp(Path file, Migrations migrations, Clock clock) {
        Connection connection = connect(file);
        try {
            // Nothing is written before the file is known to be a database this Vigie can use: a damaged file or
            // a newer Vigie's database is left exactly as it was.
            Transactions.execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            Transactions.intValue(connection, "SELECT count(*) FROM sqlite_schema");
            migrations.refuseNewer(Migrations.userVersion(connection), file);
            // WAL lets the window read while the command line writes.
            Transactions.execute(connection, "PRAGMA journal_mode = WAL");
            // NORMAL is durable enough with WAL: a power cut may lose the last commits, never corrupt the file.
            Transactions.execute(connection, "PRAGMA synchronous = NORMAL");
            Transactions.execute(connection, "PRAGMA foreign_keys = ON");
            // Deleted rows are overwritten with zeros, not left in free pages for a byte search to find.
            Transactions.execute(connection, "PRAGMA secure_delete = ON");
            migrations.migrate(connection, file);
            return new Store(file, connection, clock);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw failure(e, file);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    public SourceRepository sources() {
        return sources;
    }

    public HistoryRepository history() {
        return history;
    }

    /** Contacts, consents and erasure requests. */
    public LedgerRepository ledger() {
        return ledger;
    }

    /** Saved restore checklists and their progress. */
    public ChecklistRepository checklists() {
        return checklists;
    }

    /** Imported WhatsApp chat exports: times, authors and kinds of their messages. */
    public ChatRepository chats() {
        return chats;
    }

    /** Restore drills and how often each source's restore must be tested. */
    public DrillRepository drills() {
        return drills;
    }

    /** Alert channels, what each last heard, the alerts sent and the watch's runs. */
    public AlertRepository alerts() {
        return alerts;
    }

    /** The append-only, hash-chained audit log. */
    public AuditLog audit() {
        return audit;
    }

    Path file() {
        return file;
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one write transaction, all or nothing. */
    <T> T write(SqlWork<T> work) {
        return inTransaction(true, work);
    }

    /** Runs {@code work} in one read transaction, so that its reads agree with each other. */
    <T> T read(SqlWork<T> work) {
        return inTransaction(false, work);
    }

    private <T> T inTransaction(boolean write, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The store of " + file + " is closed");
            }
            if (inTransaction) {
                // SQLite has no nested transactions: a repository calling another would commit the caller's work.
                throw new IllegalStateException("A store transaction is already running on this connection");
            }
            inTransaction = true;
            try {
                return write ? Transactions.write(connection, work) : Transactions.read(connection, work);
            } catch (SQLException e) {
                throw failure(e, file);
            } finally {
                inTransaction = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * After personal data was deleted: copies the WAL into the database (where {@code secure_delete} zeroed the
     * rows) and truncates it, so that the old pages holding the data are no longer in the WAL file. Best effort:
     * a reader of another process may hold the WAL; its next checkpoint does the same.
     */
    void checkpointAfterErasure() {
        lock.lock();
        try {
            if (!closed && !inTransaction) {
                Transactions.execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw failure(e, file);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database " + file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The data folder 0700 and everything Vigie keeps in it 0600, at every start, whoever made them; the database
     * file is made empty and private before SQLite creates it (SQLite gives its WAL and SHM the database's mode).
     */
    private static void keepPrivate(Path dataDir, Path file) {
        try {
            if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix") && !Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
                } catch (FileAlreadyExistsException e) {
                    // another Vigie made it at the same moment; tightened below
                }
            }
            OwnerOnly.tighten(dataDir);
        } catch (IOException e) {
            throw new InputProblem(e, "error.store.dataDir", dataDir.toString(), Reasons.of(e));
        }
    }

    private static void createDataDir(Path dataDir) {
        if (Files.isDirectory(dataDir)) {
            return;
        }
        try {
            Path parent = dataDir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Drive tokens will live here too: only the user may look in.
            if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // The umask may have taken bits away; what is left must be exactly the owner's.
                Files.setPosixFilePermissions(dataDir, OWNER_ONLY);
            } else {
                Files.createDirectory(dataDir);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dataDir)) {
                throw new InputProblem(e, "error.store.dataDir", dataDir.toString(), "a file is in the way");
            }
            // another Vigie created it at the same moment
        } catch (IOException e) {
            throw new InputProblem(e, "error.store.dataDir", dataDir.toString(), Reasons.of(e));
        }
    }


    private static Connection connect(Path file) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw failure(e, file);
        }
    }

    /** What a failed SQL statement means to the user, or a {@link StoreException} when it is Vigie's fault. */
    static RuntimeException failure(SQLException e, Path file) {
        // sqlite-jdbc reports SQLite's result code, sometimes extended; the low byte is the primary code.
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED ->
                    new InputProblem(e, "error.store.busy", file.toString(), BUSY_TIMEOUT_MILLIS / 1000);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new InputProblem(e, "error.store.damaged", file.toString());
            case SQLITE_FULL -> new InputProblem(e, "error.store.full", file.toString());
            case SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN ->
                    new InputProblem(e, "error.store.cannotOpen", file.toString(), e.getMessage());
            default -> new StoreException("Database error on " + file + ": " + e.getMessage(), e);
        };
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
