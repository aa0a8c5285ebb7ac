package dev.vigie.store;

import static dev.vigie.store.Fixtures.CLOCK;
import static dev.vigie.store.Fixtures.count;
import static dev.vigie.store.Fixtures.phone;
import static dev.vigie.store.Fixtures.query;
import static dev.vigie.store.Fixtures.userVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Messages;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final Migration FIRST = Migrations.standard().steps().get(0);
    /** A second step for the tests of the migrating mechanism, whatever the real schema's second step is. */
    private static final Migration ADD_NOTES = new Migration(2, "source_notes", """
            ALTER TABLE sources ADD COLUMN notes TEXT;
            CREATE TABLE notes_log (id INTEGER PRIMARY KEY, note TEXT NOT NULL);
            """);

    @TempDir
    Path tmp;

    @Test
    void anEmptyFolderGetsTheWholeSchema() throws Exception {
        Path dataDir = tmp.resolve("share").resolve("vigie");

        try (Store store = Fixtures.open(dataDir)) {
            assertThat(store.sources().list()).isEmpty();
        }

        Path db = Store.databaseFile(dataDir);
        assertThat(userVersion(db)).isEqualTo(Migrations.standard().latest());
        assertThat(query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))
                .containsExactly("alert_channels", "alert_states", "alerts_sent", "audit_log", "backup_sets",
                        "chat_exports", "chat_messages", "chat_numbers", "checklist_signoffs", "checklist_ticks",
                        "checklists", "consents", "contacts", "drill_settings", "drills", "erasure_requests",
                        "repository_access",
                        "scan_backups", "scan_warnings", "scans", "source_settings", "sources", "watch_runs");
        assertThat(query(db, "PRAGMA journal_mode")).containsExactly("wal");
        assertThat(siblingsOf(db)).noneMatch(name -> name.endsWith(".bak"));
    }

    @Test
    void theDataFolderIsCreatedForItsOwnerOnly() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path dataDir = tmp.resolve("share").resolve("vigie");

        Fixtures.open(dataDir).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
    }

    @Test
    void itsConnectionEnforcesForeignKeysAndWaitsForOtherWriters() {
        try (Store store = Fixtures.open(tmp)) {
            assertThat(pragma(store, "foreign_keys")).isEqualTo(1);
            assertThat(pragma(store, "busy_timeout")).isEqualTo(Store.BUSY_TIMEOUT_MILLIS);
            assertThat(pragma(store, "synchronous")).as("1 is NORMAL").isEqualTo(1);
        }
    }

    @Test
    void reopeningChangesNothing() throws Exception {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
        }
        try (Store store = Fixtures.open(tmp)) {
            assertThat(store.sources().list()).containsExactly(phone(tmp));
        }

        Path db = Store.databaseFile(tmp);
        assertThat(userVersion(db)).isEqualTo(Migrations.standard().latest());
        assertThat(siblingsOf(db)).noneMatch(name -> name.endsWith(".bak"));
    }

    @Test
    void anOlderDatabaseIsCopiedThenMigrated() throws Exception {
        try (Store v1 = Store.open(tmp, new Migrations(List.of(FIRST)), CLOCK)) {
            v1.sources().add(phone(tmp));
        }

        try (Store v2 = Store.open(tmp, new Migrations(List.of(FIRST, ADD_NOTES)), CLOCK)) {
            assertThat(v2.sources().list()).containsExactly(phone(tmp));
        }

        Path db = Store.databaseFile(tmp);
        assertThat(userVersion(db)).isEqualTo(2);
        assertThat(query(db, "SELECT name FROM pragma_table_info('sources')")).contains("notes");
        Path copy = tmp.resolve("vigie.db.before-v2.bak");
        assertThat(userVersion(copy)).isEqualTo(1);
        assertThat(query(copy, "SELECT name FROM sources")).containsExactly("phone");
        assertThat(query(copy, "SELECT name FROM pragma_table_info('sources')")).doesNotContain("notes");
        assertThat(siblingsOf(db)).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtItsVersion() throws Exception {
        try (Store v1 = Store.open(tmp, new Migrations(List.of(FIRST)), CLOCK)) {
            v1.sources().add(phone(tmp));
        }
        Migration broken = new Migration(2, "broken", """
                CREATE TABLE half_done (id INTEGER PRIMARY KEY);
                INSERT INTO no_such_table VALUES (1);
                """);

        assertThatThrownBy(() -> Store.open(tmp, new Migrations(List.of(FIRST, broken)), CLOCK))
                .isInstanceOf(StoreException.class);

        Path db = Store.databaseFile(tmp);
        assertThat(userVersion(db)).isEqualTo(1);
        assertThat(query(db, "SELECT name FROM sqlite_schema WHERE name = 'half_done'")).isEmpty();
        assertThat(query(db, "SELECT name FROM sources")).containsExactly("phone");
    }

    @Test
    void aDatabaseFromANewerVigieIsRefusedAndLeftAsItWas() throws Exception {
        Path db = Store.databaseFile(tmp);
        int future = Migrations.standard().latest() + 1;
        Fixtures.execute(db, "CREATE TABLE from_the_future (x); PRAGMA user_version = " + future + ";");
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> Fixtures.open(tmp)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.store.newer");
            assertThat(p.args()).containsExactly(db.toString(), String.valueOf(future),
                    String.valueOf(Migrations.standard().latest()));
            assertThat(Messages.of(Locale.ENGLISH).problem(p))
                    .startsWith("The database " + db + " was written by a newer Vigie (schema version " + future + ";");
        });

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(siblingsOf(db)).noneMatch(StoreTest::isSqliteSideFile).noneMatch(name -> name.endsWith(".bak"));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUntouchedWithWhatToDo() throws Exception {
        Path db = Store.databaseFile(tmp);
        byte[] notADatabase = "Ceci n'est pas une base de données, juste des notes.\n".repeat(40)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(db, notADatabase);

        assertThatThrownBy(() -> Fixtures.open(tmp)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.store.damaged");
            assertThat(p.args()).containsExactly(db.toString());
            assertThat(Messages.of(Locale.ENGLISH).problem(p))
                    .contains(db.toString(), "damaged", "Move it out of its folder", ".bak");
        });

        assertThat(Files.readAllBytes(db)).isEqualTo(notADatabase);
        assertThat(siblingsOf(db)).noneMatch(StoreTest::isSqliteSideFile);
    }

    @Test
    void aDatabaseWithAnOverwrittenFirstPageIsRefusedAsDamaged() throws Exception {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
        }
        Path db = Store.databaseFile(tmp);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            // Past the 100-byte file header: the page holding the schema itself.
            file.seek(100);
            file.write(new byte[3000]);
        }
        byte[] damaged = Files.readAllBytes(db);

        assertThatThrownBy(() -> Fixtures.open(tmp)).isInstanceOfSatisfying(InputProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("error.store.damaged"));

        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsAnInputProblem() throws Exception {
        Path inTheWay = Files.writeString(tmp.resolve("vigie"), "not a folder");

        assertThatThrownBy(() -> Fixtures.open(inTheWay)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.store.dataDir");
            assertThat(p.args().get(0)).isEqualTo(inTheWay.toString());
        });
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Fixtures.open(tmp);
        store.close();
        store.close();

        assertThatThrownBy(() -> store.sources().list()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyMigrationFileIsListedInOrderAndNumberedWithoutGaps() throws IOException {
        // The build runs tests from the project folder; the index exists because a jar cannot be listed.
        Path folder = Path.of("src", "main", "resources", "dev", "vigie", "store", "migration");
        List<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }

        assertThat(Migrations.FILES).containsExactlyElementsOf(onDisk);
        List<Migration> steps = Migrations.standard().steps();
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).version()).isEqualTo(i + 1);
            assertThat(Migrations.FILES.get(i)).startsWith(String.format("%03d_", i + 1));
        }
    }

    @Test
    void everyStatementOfAMigrationFileRuns() throws Exception {
        Fixtures.open(tmp).close();

        // The last statement of 001: had the driver run only the first, this index would be missing.
        assertThat(query(Store.databaseFile(tmp), "SELECT name FROM sqlite_schema WHERE type = 'index'"))
                .contains("scan_warnings_by_scan", "scans_by_source_and_time");
    }

    @Test
    void aCopyLeftByAnEarlierAttemptIsReplacedByAFreshOne() throws Exception {
        try (Store v1 = Store.open(tmp, new Migrations(List.of(FIRST)), CLOCK)) {
            v1.sources().add(phone(tmp));
        }
        Files.writeString(tmp.resolve("vigie.db.before-v2.bak"), "a copy from an earlier attempt");

        Store.open(tmp, new Migrations(List.of(FIRST, ADD_NOTES)), CLOCK).close();

        assertThat(userVersion(tmp.resolve("vigie.db.before-v2.bak"))).isEqualTo(1);
        assertThat(count(tmp.resolve("vigie.db.before-v2.bak"), "sources")).isEqualTo(1);
    }

    private static int pragma(Store store, String name) {
        return store.read(c -> Transactions.intValue(c, "PRAGMA " + name));
    }

    /** The journal, the write-ahead log and its index: only SQLite writing would leave them. */
    private static boolean isSqliteSideFile(String name) {
        return name.startsWith(Store.FILE_NAME + "-");
    }

    private static List<String> siblingsOf(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
