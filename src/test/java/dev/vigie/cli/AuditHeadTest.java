package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditEntry;
import dev.vigie.report.Json;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's promise: a head to write down, a keyed chain a database copy cannot re-chain, guards checked. */
class AuditHeadTest {

    private static final String NO_UPDATE = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
            + "SELECT RAISE(ABORT, 'no'); END";
    private static final String NO_DELETE = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
            + "SELECT RAISE(ABORT, 'no'); END";

    @TempDir
    Path tmp;

    private Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void aFewEntries() {
        dataDir = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        ok("contacts", "add", "--id", "c1", "--name", "Anna", "--phone", "+33 6 11 22 33 44");
        ok("consent", "grant", "--contact", "c1", "--purpose", "archive", "--method", "form", "--at", "2026-01-05");
        ok("consent", "withdraw", "--contact", "c1", "--purpose", "archive", "--at", "2026-02-05");
        ok("contacts", "add", "--id", "c2", "--name", "Bea", "--phone", "+33 6 55 66 77 88");
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private String ok(String... args) {
        CliRunner.Result result = run(args);
        assertThat(result.code()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result.out();
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("vigie.db"));
    }

    @Test
    void headPrintsTheNewestEntrysNumberAndHash() throws Exception {
        JsonNode log = Json.mapper().readTree(ok("audit", "list", "--json"));
        JsonNode last = log.get(log.size() - 1);

        assertThat(ok("audit", "head").strip()).isEqualTo(last.get("seq").asLong() + ":" + last.get("hash").asText());
    }

    @Test
    void entriesCutFromTheEndFailAgainstAHeadWrittenDownBefore() throws Exception {
        String head = ok("audit", "head").strip();
        assertThat(run("audit", "verify", "--head", head).code()).isZero();
        try (Connection c = db(); Statement sql = c.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_no_update");
            sql.execute("DROP TRIGGER audit_log_no_delete");
            sql.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)");
            sql.execute(NO_UPDATE);
            sql.execute(NO_DELETE);
        }

        CliRunner.Result plain = run("audit", "verify");
        CliRunner.Result pinned = run("audit", "verify", "--head", head, "--head", "1:" + "0".repeat(64));

        assertThat(plain.code()).as("the chain alone cannot tell a cut end").isZero();
        assertThat(pinned.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(pinned.out()).contains("Entry " + head.substring(0, head.indexOf(':')) + " with hash")
                .contains("Entry 1 with hash " + "0".repeat(64));
        assertThat(run("audit", "verify", "--head", "not-a-head").code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aChainReHashedWithoutTheKeyIsBroken() throws Exception {
        Path key = dataDir.resolve("audit.key");
        assertThat(key).exists();
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
        // Whoever holds only the database: drop the guards, forge entry 2, re-chain every hash, put the guards back.
        try (Connection c = db(); Statement sql = c.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_no_update");
            sql.execute("DROP TRIGGER audit_log_no_delete");
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT seq, time_utc, actor, action, subject, details_json "
                    + "FROM audit_log ORDER BY seq")) {
                Optional<AuditEntry> last = Optional.empty();
                while (rows.next()) {
                    String details = rows.getLong(1) == 2 ? "{\"purpose\":\"restore-access\"}" : rows.getString(6);
                    AuditEntry e = AuditChain.next(last, Instant.parse(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), details);
                    entries.add(e);
                    last = Optional.of(e);
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE audit_log SET details_json = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (AuditEntry e : entries) {
                    update.setString(1, e.details());
                    update.setString(2, e.prevHash());
                    update.setString(3, e.hash());
                    update.setLong(4, e.seq());
                    update.executeUpdate();
                }
            }
            sql.execute(NO_UPDATE);
            sql.execute(NO_DELETE);
        }

        CliRunner.Result verify = run("audit", "verify");

        assertThat(verify.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(verify.out()).contains("Entry 1 was edited");
    }

    @Test
    void withItsTriggersDroppedVerifyFails() throws Exception {
        try (Connection c = db(); Statement sql = c.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_no_delete");
        }

        CliRunner.Result verify = run("audit", "verify", "--json");

        assertThat(verify.code()).isEqualTo(ExitCode.PROBLEM_FOUND);
        assertThat(Json.mapper().readTree(verify.out()).get("guarded").asBoolean()).isFalse();
    }

    @Test
    void aLogWrittenBeforeTheKeyStillVerifiesAndIsKeyedFromThen() throws Exception {
        // A log as an earlier Vigie left it: plain hashes, no key file.
        Files.delete(dataDir.resolve("audit.key"));
        try (Connection c = db(); Statement sql = c.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_no_update");
            List<AuditEntry> plain = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT seq, time_utc, actor, action, subject, details_json "
                    + "FROM audit_log ORDER BY seq")) {
                Optional<AuditEntry> last = Optional.empty();
                while (rows.next()) {
                    AuditEntry e = AuditChain.next(last, Instant.parse(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6));
                    plain.add(e);
                    last = Optional.of(e);
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (AuditEntry e : plain) {
                    update.setString(1, e.prevHash());
                    update.setString(2, e.hash());
                    update.setLong(3, e.seq());
                    update.executeUpdate();
                }
            }
            sql.execute(NO_UPDATE);
        }
        int before = Json.mapper().readTree(ok("audit", "list", "--json")).size();

        ok("contacts", "add", "--id", "c3", "--name", "Chloe", "--phone", "+33 6 99 88 77 66");

        assertThat(Files.readString(dataDir.resolve("audit.key"))).contains("since=" + (before + 1));
        JsonNode verified = Json.mapper().readTree(run("audit", "verify", "--json").out());
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("keyed").asBoolean()).isTrue();
        assertThat(run("audit", "verify").code()).isZero();
    }

    @Test
    void anExportedChecklistCarriesTheHeadOfTheLog() throws Exception {
        Path folder = TreeBuilder.in(tmp.resolve("phone/WhatsApp/Databases"))
                .file("msgstore.db.crypt14", 4096, Paris.at("2026-11-20T02:00")).build();
        ok("sources", "add", "phone", folder.toString());
        ok("scan", "phone");
        Path md = tmp.resolve("plan.md");
        Path html = tmp.resolve("plan.html");

        ok("checklist", "--scenario", "migrate", "--source", "phone", "--format", "md", "--out", md.toString());
        String headAfterMd = ok("audit", "head").strip();
        ok("checklist", "--scenario", "migrate", "--source", "phone", "--format", "html", "--out", html.toString());

        assertThat(Files.readString(md)).contains("Audit log head when this checklist was written: " + headAfterMd);
        assertThat(Files.readString(html)).contains("vigie audit verify --head");
    }
}
