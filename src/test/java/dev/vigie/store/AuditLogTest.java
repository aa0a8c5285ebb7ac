package dev.vigie.store;

import static dev.vigie.store.Fixtures.execute;
import static dev.vigie.store.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.audit.AuditAction;
import dev.vigie.audit.AuditBreak;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditStamp;
import dev.vigie.audit.AuditVerification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log as stored: triggers refuse changes, and when an attacker gets past them (dropping the triggers, or
 * writing the file's bytes), verification names what was done.
 */
class AuditLogTest {

    private static final Instant T = Instant.parse("2026-11-21T08:00:00Z");
    private static final String UNGUARD = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

    @TempDir
    Path tmp;

    private Path db;

    @BeforeEach
    void fiveEntries() {
        db = Store.databaseFile(tmp);
        try (Store store = Fixtures.open(tmp)) {
            for (int i = 1; i <= 5; i++) {
                store.audit().append(new AuditStamp("marie", T.plusSeconds(60L * i)), AuditAction.ACCESS_DENIED,
                        "contact-" + i, Map.of("justification", "entry " + i, "allowed", false));
            }
        }
    }

    private AuditVerification verify() {
        try (Store store = Fixtures.open(tmp)) {
            return store.audit().verify();
        }
    }

    @Test
    void anUntouchedLogIsIntactAndGuarded() {
        AuditVerification result = verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.guarded()).isTrue();
        assertThat(result.head()).matches("[0-9a-f]{64}");
    }

    @Test
    void detailsAreStoredWithSortedKeysAndTimesInUtc() throws Exception {
        assertThat(query(db, "SELECT details_json FROM audit_log WHERE seq = 1"))
                .containsExactly("{\"allowed\":false,\"justification\":\"entry 1\"}");
        assertThat(query(db, "SELECT time_utc FROM audit_log WHERE seq = 1")).containsExactly(
                "2026-11-21T08:01:00.000Z");
    }

    @Test
    void theTriggersRefuseUpdatesAndDeletes() {
        assertThatThrownBy(() -> execute(db, "UPDATE audit_log SET details_json = '{}' WHERE seq = 2"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(db, "DELETE FROM audit_log WHERE seq = 2"))
                .hasMessageContaining("append-only");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        execute(db, UNGUARD + "UPDATE audit_log SET details_json = '{\"allowed\":true,\"justification\":\"entry 3\"}'"
                + " WHERE seq = 3");

        AuditVerification result = verify();

        assertThat(result.firstBreak()).contains(AuditBreak.at(AuditBreak.Kind.EDITED, 3));
        assertThat(result.guarded()).isFalse();
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        execute(db, UNGUARD + "DELETE FROM audit_log WHERE seq = 3");

        assertThat(verify().firstBreak()).contains(AuditBreak.at(AuditBreak.Kind.DELETED, 3));
    }

    @Test
    void anInsertedEntryIsNamed() throws Exception {
        String h2 = query(db, "SELECT hash FROM audit_log WHERE seq = 2").get(0);
        Instant time = T.plusSeconds(150);
        // Someone who holds the key too: the insertion is still named.
        dev.vigie.audit.ChainKey key;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            key = AuditKeyFile.read(c).orElseThrow();
        }
        String forged = AuditChain.keyedHash(key, h2, 3, time, "mallory", "access.allowed", "contact-9", "{}");
        execute(db, UNGUARD
                + "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3;"
                + "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000;"
                + "INSERT INTO audit_log VALUES (3, '" + AuditChain.time(time) + "', 'mallory', 'access.allowed', "
                + "'contact-9', '{}', '" + h2 + "', '" + forged + "')");

        assertThat(verify().firstBreak()).contains(AuditBreak.at(AuditBreak.Kind.INSERTED, 3));
    }

    @Test
    void twoSwappedEntriesAreNamedReordered() throws Exception {
        execute(db, UNGUARD
                + "UPDATE audit_log SET seq = -1 WHERE seq = 3;"
                + "UPDATE audit_log SET seq = 3 WHERE seq = 4;"
                + "UPDATE audit_log SET seq = 4 WHERE seq = -1");

        assertThat(verify().firstBreak()).contains(AuditBreak.at(AuditBreak.Kind.REORDERED, 3));
    }

    @Test
    void bytesChangedInTheFileItselfAreCaught() throws Exception {
        // The store closed its connection, so SQLite folded the WAL into the file: the text is there as written.
        byte[] bytes = Files.readAllBytes(db);
        byte[] from = "\"justification\":\"entry 4\"".getBytes(StandardCharsets.UTF_8);
        byte[] to = "\"justification\":\"ENTRY 4\"".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, from);
        assertThat(at).as("the entry's text in the file").isNotNegative();
        System.arraycopy(to, 0, bytes, at, to.length);
        Files.write(db, bytes);

        AuditVerification result = verify();

        assertThat(result.firstBreak()).contains(AuditBreak.at(AuditBreak.Kind.EDITED, 4));
        assertThat(result.guarded()).as("the triggers were never touched").isTrue();
    }

    @Test
    void writersOnSeveralStoresOfTheSameFileKeepOneChain() throws Exception {
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String actor = "writer-" + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    // A store per append, as each command-line run has its own.
                    try (Store store = Store.open(tmp)) {
                        store.audit().append(new AuditStamp(actor, Instant.now()), AuditAction.EXPORTED,
                                actor + "/" + i, Map.of("rows", i));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<AuditEntry> entries;
        try (Store store = Store.open(tmp)) {
            entries = store.audit().entries();
        }
        AuditVerification result = verify();
        assertThat(result.intact()).as(String.valueOf(result.firstBreak())).isTrue();
        assertThat(result.entries()).isEqualTo(5 + threads * each);
        List<Long> seqs = entries.stream().map(AuditEntry::seq).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates().hasSize(5 + threads * each);
        Set<String> subjects = new HashSet<>();
        entries.forEach(e -> subjects.add(e.subject()));
        assertThat(subjects).hasSize(5 + threads * each);
        assertThat(Collections.max(seqs)).isEqualTo(5L + threads * each);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
