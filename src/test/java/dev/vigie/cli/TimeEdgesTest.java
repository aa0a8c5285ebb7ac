package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times outside 1970-9999 and malformed event files are refused at the edge with the reason, exit 2. */
class TimeEdgesTest {

    @TempDir
    Path tmp;

    private Path dataDir;
    private Path snapshots;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        dataDir = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        snapshots = Files.writeString(tmp.resolve("snapshots.json"),
                "[{\"time\": \"2026-11-17T02:00:05+01:00\", \"short_id\": \"a\"},"
                        + "{\"time\": \"2026-11-18T02:00:05+01:00\", \"short_id\": \"b\"}]");
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private CliRunner.Result simulateEvents(String content) throws IOException {
        Path events = Files.write(tmp.resolve("events.csv"), content.getBytes(StandardCharsets.UTF_8));
        return run("simulate", "--snapshots", snapshots.toString(), "--keep-last", "1", "--events",
                events.toString(), "--now", "2026-11-18T12:00");
    }

    @Test
    void aWithdrawalAtTheEndOfYear9999InAWesternZoneIsRefusedWithTheReason() {
        assertThat(run("contacts", "add", "--id", "c1", "--name", "Anna", "--phone", "+33 6 11 22 33 44").code())
                .isZero();
        assertThat(run("consent", "grant", "--contact", "c1", "--purpose", "archive", "--method", "form", "--at",
                "2026-01-05").code()).isZero();

        CliRunner.Result result = run("consent", "withdraw", "--contact", "c1", "--purpose", "archive", "--at",
                "9999-12-31T23:30:00-01:00");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("'9999-12-31T23:30:00-01:00' is outside the years Vigie handles (1970 to "
                + "9999, in UTC)");
        assertThat(run("consent", "grant", "--contact", "c1", "--purpose", "restore-access", "--method", "form",
                "--at", "1969-12-31").code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aDeletionAtTheEndOfTimeIsRefusedNotAnOverflow() {
        CliRunner.Result result = run("simulate", "--snapshots", snapshots.toString(), "--keep-last", "1",
                "--deleted", "+999999999-12-31T23:59:59Z");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("outside the years Vigie handles");
    }

    @Test
    void anEventsFileWithAByteOrderMarkIsRefused() throws IOException {
        CliRunner.Result result = simulateEvents("\uFEFFlabel,created,deleted\na,2026-11-16T15:00,2026-11-18T10:00\n");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("byte-order mark");
    }

    @Test
    void aTwoFieldLineUnderAThreeColumnHeaderIsAnErrorNotALoss() throws IOException {
        CliRunner.Result result = simulateEvents("label,created,deleted\n"
                + "a,2026-11-16T15:00,2026-11-18T10:00\n"
                + "b,2026-11-18T10:00\n");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Line 3 of ").contains("is not an event: 'b,2026-11-18T10:00'");
    }

    @Test
    void columnsAreReadByTheirNamesInAnyOrder() throws IOException {
        CliRunner.Result result = simulateEvents("deleted,label\n2026-11-18T10:00,by-name\n");
        CliRunner.Result unknown = simulateEvents("label,when\nx,2026-11-18T10:00\n");
        CliRunner.Result range = simulateEvents("label,lost\nx,10000-01-01\n");

        assertThat(result.code()).as(result.err()).isIn(ExitCode.OK, ExitCode.PROBLEM_FOUND);
        assertThat(result.out()).contains("by-name");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("not a header Vigie knows");
        assertThat(range.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aLedgerFileWithADateOutOfRangeIsRefusedWithItsLine() throws IOException {
        assertThat(run("contacts", "add", "--id", "c1", "--name", "Anna", "--phone", "+33 6 11 22 33 44").code())
                .isZero();
        Path consents = Files.writeString(tmp.resolve("consents.csv"),
                "contact_id,purpose,granted_at,method,evidence,withdrawn_at\n"
                        + "c1,archive,2026-01-05,form,,9999-12-31T23:30:00-01:00\n");

        CliRunner.Result result = run("consent", "import", consents.toString());

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("line 2").contains("outside the years 1970 to 9999");
    }
}
