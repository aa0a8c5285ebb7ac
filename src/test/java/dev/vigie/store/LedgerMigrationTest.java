package dev.vigie.store;

import static dev.vigie.store.Fixtures.CLOCK;
import static dev.vigie.store.Fixtures.count;
import static dev.vigie.store.Fixtures.phone;
import static dev.vigie.store.Fixtures.query;
import static dev.vigie.store.Fixtures.userVersion;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.SourceRef;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 003 adds the consent ledger and the audit log to a database that has sources already. */
class LedgerMigrationTest {

    @TempDir
    Path tmp;

    @Test
    void aVersionTwoDatabaseKeepsItsSourcesAndGainsTheLedger() throws Exception {
        Migrations upToSettings = new Migrations(Migrations.standard().steps().subList(0, 2));
        try (Store v2 = Store.open(tmp, upToSettings, CLOCK)) {
            v2.sources().add(phone(tmp));
        }
        Path db = Store.databaseFile(tmp);

        try (Store v3 = Fixtures.open(tmp)) {
            assertThat(v3.sources().list()).extracting(SourceRef::name).containsExactly("phone");
            assertThat(v3.ledger().contacts()).isEmpty();
            assertThat(v3.sources().remove("phone", new AuditStamp("marie", Instant.parse("2026-11-21T08:00:00Z"))))
                    .isTrue();
        }

        assertThat(userVersion(db)).isEqualTo(3);
        assertThat(count(db, "audit_log")).isEqualTo(1);
        Path copy = tmp.resolve("vigie.db.before-v3.bak");
        assertThat(userVersion(copy)).isEqualTo(2);
        assertThat(query(copy, "SELECT name FROM sqlite_schema WHERE name = 'audit_log'")).isEmpty();
    }
}
