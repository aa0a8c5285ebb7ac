package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import dev.vigie.audit.AuditEntry;
import dev.vigie.notify.CommandRunner;
import dev.vigie.report.Json;
import dev.vigie.store.Store;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigie alerts} and {@code vigie check --alert} against real receivers: GreenMail's SMTP server in the JVM, a
 * loopback HTTP server for webhooks and pings, and a recording runner in place of notify-send.
 */
class CheckAlertTest {

    private static final String PASSWORD = "s3cret-Pa55";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("office@example.org", "vigie", PASSWORD));

    /** Saturday 21 November 2026, 09:00 in Paris: the 02:00 backup of the day is there. */
    private static final Instant MORNING = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path dir;

    private HttpServer http;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger webhookStatus = new AtomicInteger(200);
    private final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void startHttp() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            bodies.add(new String(body, StandardCharsets.UTF_8));
            int status = exchange.getRequestURI().getPath().startsWith("/hook") ? webhookStatus.get() : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        http.start();
    }

    @AfterEach
    void stopHttp() {
        http.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    private CliRun run(Instant now, String... args) {
        return runWithInput(now, "", args);
    }

    private CliRun runWithInput(Instant now, String stdin, String... args) {
        CliContext context = new CliContext(Clock.fixed(now, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, Map.of(), "Linux", dir.resolve("home").toString());
        context.setCommands((command, environment, input) -> {
            commands.add(command);
            return new CommandRunner.Result(0, "");
        });
        context.setStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = Cli.create(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Daily backups at 02:00 Paris time from 1 November up to {@code lastDay}. */
    private Path nas(int lastDay) {
        TreeBuilder tree = TreeBuilder.in(dir.resolve("nas"));
        for (int day = 1; day <= lastDay; day++) {
            String date = String.format("2026-11-%02d", day);
            tree.file("backup-" + date + ".bin", 64, Paris.at(date + "T02:00"));
        }
        return tree.build();
    }

    private void registerNas(int lastDay) {
        assertThat(run(MORNING, "sources", "add", "nas", nas(lastDay).toString()).exitCode()).isZero();
        assertThat(run(MORNING, "sources", "set", "nas", "--schedule", "daily 02:00", "--zone", "Europe/Paris",
                "--grace", "2h").exitCode()).isZero();
    }

    private Path passwordFile() throws IOException {
        Path file = dir.resolve("smtp-password.txt");
        Files.writeString(file, PASSWORD + "\n");
        return file;
    }

    private void addMail() throws IOException {
        CliRun added = run(MORNING, "alerts", "add", "email", "office", "--to", "owner@example.org",
                "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(MAIL.getSmtp().getPort()),
                "--security", "none", "--smtp-user", "vigie", "--smtp-password-file", passwordFile().toString(),
                "--from", "office@example.org");
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    private List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            try {
                subjects.add(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    @Test
    void upThenDownThenUpSendsOneMailForTheOutageAndOneForTheRecoveryAndNothingInBetween() throws Exception {
        registerNas(21);
        addMail();
        assertThat(run(MORNING, "alerts", "add", "desktop", "screen").exitCode()).isZero();

        CliRun baseline = run(MORNING, "check", "--all", "--alert");
        assertThat(baseline.exitCode()).isZero();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(commands).isEmpty();

        // Two days later, no new backup: DOWN.
        Instant later = MORNING.plusSeconds(2 * 86_400);
        CliRun down = run(later, "check", "--all", "--alert");
        assertThat(down.exitCode()).isEqualTo(2);
        assertThat(down.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("VIGIE CRITICAL"));
        assertThat(down.out()).contains("office: nas down, delivered.").contains("screen: nas down, delivered.");
        assertThat(subjects()).containsExactly("Vigie: nas is down");
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("owner@example.org");
        assertThat((String) mail.getContent()).contains("VIGIE CRITICAL");
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0)).startsWith("notify-send").contains("Vigie: nas is down", "--urgency=critical");

        // The same state an hour later: nothing more.
        assertThat(run(later.plusSeconds(3600), "check", "--all", "--alert").out()).doesNotContain("delivered");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(commands).hasSize(1);

        // The backups come back.
        TreeBuilder.in(dir.resolve("nas")).file("backup-2026-11-23.bin", 64, Paris.at("2026-11-23T02:00")).build();
        CliRun up = run(later.plusSeconds(7200), "check", "--all", "--alert");
        assertThat(up.exitCode()).isZero();
        assertThat(subjects()).containsExactly("Vigie: nas is down", "Vigie: nas is back up");
        assertThat(commands).hasSize(2);

        // Every alert delivered is audited: channel, source, state; never the password.
        try (Store store = Store.open(dir.resolve("data"))) {
            List<AuditEntry> sent = store.audit().entries().stream()
                    .filter(e -> e.action().equals("alert.send")).toList();
            assertThat(sent).hasSize(4);
            assertThat(sent).allSatisfy(e -> assertThat(e.subject()).isEqualTo("nas"));
            assertThat(sent.get(0).details()).contains("\"channel\":\"office\"", "\"state\":\"DOWN\"");
            assertThat(sent.get(3).details()).contains("\"kind\":\"recovered\"", "\"state\":\"UP\"");
            assertThat(store.audit().entries()).allSatisfy(e -> assertThat(e.details()).doesNotContain(PASSWORD));
        }
    }

    @Test
    void aFailingWebhookIsReportedBesideTheMailThatWorksAndIsRetriedAtTheNextRun() throws Exception {
        registerNas(21);
        addMail();
        assertThat(run(MORNING, "alerts", "add", "webhook", "team", url("/hook")).exitCode()).isZero();
        run(MORNING, "check", "--all", "--alert");
        Instant later = MORNING.plusSeconds(2 * 86_400);
        CliRun without = run(later, "check", "nas");

        webhookStatus.set(500);
        CliRun down = run(later, "check", "--all", "--alert");

        assertThat(down.exitCode()).isEqualTo(without.exitCode()).isEqualTo(2);
        assertThat(down.out()).contains("office: nas down, delivered.")
                .contains("team: nas down, not delivered: " + url("/hook") + " answered HTTP 500.")
                .contains("try again at the next check");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);

        webhookStatus.set(200);
        CliRun retried = run(later.plusSeconds(3600), "check", "--all", "--alert");

        assertThat(retried.out()).contains("team: nas down, delivered.").doesNotContain("office:");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        JsonNode body = Json.mapper().readTree(bodies.get(bodies.size() - 1));
        assertThat(body.get("source").asText()).isEqualTo("nas");
        assertThat(body.get("status").asText()).isEqualTo("DOWN");
        assertThat(body.get("previousStatus").asText()).isEqualTo("UP");
        assertThat(body.get("summary").asText()).startsWith("VIGIE CRITICAL");
        assertThat(body.get("findings").isArray()).isTrue();
        assertThat(body.has("checkedAt")).isTrue();
        assertThat(body.has("vigie")).isTrue();
    }

    @Test
    void everyDigestCarriesTheAuditHeadOfItsMomentWhichAuditVerifyThenChecks() throws Exception {
        registerNas(21);
        addMail();
        assertThat(run(MORNING, "alerts", "add", "webhook", "team", url("/hook")).exitCode()).isZero();
        assertThat(run(MORNING, "alerts", "add", "desktop", "screen").exitCode()).isZero();
        run(MORNING, "check", "--all", "--alert");
        assertThat(run(MORNING, "contacts", "add", "--id", "anna", "--name", "Anna", "--phone", "+33612345678")
                .exitCode()).isZero();
        Instant later = MORNING.plusSeconds(2 * 86_400);
        String head = run(later, "audit", "head").out().strip();
        assertThat(head).matches("[0-9]+:[0-9a-f]{64}");

        assertThat(run(later, "check", "--all", "--alert").exitCode()).isEqualTo(2);

        // The mail and the JSON body carry the head as it was when they left; the desktop bubble does not.
        assertThat((String) MAIL.getReceivedMessages()[0].getContent())
                .contains("Audit log head when this was sent: " + head + ".")
                .contains("vigie audit verify --head " + head);
        JsonNode body = Json.mapper().readTree(bodies.get(bodies.size() - 1));
        assertThat(body.get("auditHead").asText()).isEqualTo(head);
        assertThat(commands).hasSize(1);
        assertThat(String.join(" ", commands.get(0))).doesNotContain(head.substring(head.indexOf(':') + 1));

        // Written down, the head is what a later verification checks against.
        CliRun verified = run(later, "audit", "verify", "--head", head);
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        String forged = head.substring(0, head.indexOf(':') + 1) + "0".repeat(64);
        assertThat(run(later, "audit", "verify", "--head", forged).exitCode()).isEqualTo(1);
    }

    @Test
    void aPingChannelIsCalledAfterEveryCheckAndOnFailWhileTheSourceIsDown() {
        registerNas(21);
        assertThat(run(MORNING, "alerts", "add", "ping", "hc", url("/ping/abc"), "--source", "nas").exitCode())
                .isZero();

        run(MORNING, "check", "--all", "--alert");
        run(MORNING.plusSeconds(600), "check", "nas", "--alert");
        run(MORNING.plusSeconds(2 * 86_400), "check", "--all", "--alert");
        run(MORNING.plusSeconds(2 * 86_400 + 600), "check", "--all", "--alert");

        assertThat(requests).containsExactly("GET /ping/abc", "GET /ping/abc", "GET /ping/abc/fail",
                "GET /ping/abc/fail");
    }

    @Test
    void slackAndNtfyWebhooksCarryTheSummaryInTheirOwnShapes() throws Exception {
        registerNas(21);
        run(MORNING, "alerts", "add", "webhook", "chat", url("/hook/slack"), "--format", "slack");
        run(MORNING, "alerts", "add", "webhook", "phone", url("/hook/ntfy"), "--format", "ntfy");

        CliRun test = run(MORNING, "alerts", "test");

        assertThat(test.exitCode()).isZero();
        assertThat(test.out()).contains("chat: test message, delivered.").contains("phone: test message, delivered.");
        assertThat(Json.mapper().readTree(bodies.get(0)).get("text").asText()).contains("Vigie: test alert");
        assertThat(bodies.get(1)).startsWith("This is a test message from Vigie");
    }

    @Test
    void aTestSaysPerChannelWhetherItWasDeliveredAndWhyNot() throws Exception {
        addMail();
        run(MORNING, "alerts", "add", "webhook", "broken", "http://127.0.0.1:1/nothing-listens");

        CliRun test = run(MORNING, "alerts", "test");

        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).contains("office: test message, delivered.")
                .contains("broken: test message, not delivered: Cannot reach http://127.0.0.1:1/nothing-listens");
        assertThat(subjects()).containsExactly("Vigie: test alert");
        assertThat(run(MORNING, "alerts", "test", "nosuch").exitCode()).isEqualTo(2);
    }

    @Test
    void theSmtpPasswordNeverShowsInTheListAndAKeptCopyIsOwnerOnly() throws Exception {
        CliRun added = runWithInput(MORNING, PASSWORD + "\n", "alerts", "add", "email", "office", "--to", "owner@example.org",
                "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(MAIL.getSmtp().getPort()),
                "--security", "none", "--smtp-user", "vigie", "--smtp-password-stdin");
        assertThat(added.exitCode()).as(added.err()).isZero();
        Path kept = dir.resolve("data").resolve("alerts").resolve("office.password");
        assertThat(Files.readString(kept)).isEqualTo(PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");

        CliRun list = run(MORNING, "alerts", "list");
        CliRun json = run(MORNING, "alerts", "list", "--json");
        assertThat(list.out()).contains("office (email) owner@example.org; 127.0.0.1:").doesNotContain(PASSWORD);
        assertThat(json.out()).doesNotContain(PASSWORD);
        assertThat(Json.mapper().readTree(json.out()).get(0).get("password").asBoolean()).isTrue();
        assertThat(run(MORNING, "alerts", "test", "office").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("data").resolve("vigie.db"), StandardCharsets.ISO_8859_1))
                .doesNotContain(PASSWORD);

        assertThat(run(MORNING, "alerts", "remove", "office").exitCode()).isZero();
        assertThat(kept).doesNotExist();
        assertThat(run(MORNING, "alerts", "list").out()).contains("No alert channel yet");
    }

    @Test
    void badChannelsAreRefusedSayingWhy() {
        assertThat(run(MORNING, "alerts", "add", "webhook", "x", "ftp://example.org").err())
                .contains("\"ftp://example.org\" is not an http:// or https:// URL.");
        assertThat(run(MORNING, "alerts", "add", "email", "y", "--to", "nobody", "--smtp-host", "h").err())
                .contains("\"nobody\" is not an e-mail address.");
        CliRun ping = run(MORNING, "alerts", "add", "ping", "z", "https://hc.example.org/abc");
        assertThat(ping.exitCode()).isEqualTo(2);
        assertThat(ping.err()).contains("--source NAME");
        assertThat(run(MORNING, "alerts", "add", "desktop", "d", "--source", "nosuch").exitCode()).isEqualTo(2);
        run(MORNING, "alerts", "add", "desktop", "d");
        assertThat(run(MORNING, "alerts", "add", "desktop", "d").err()).contains("already exists");
    }

    @Test
    void aSourceThatCannotBeCheckedIsAlertedUnderItsNameAndItsReturnIsARecovery() throws Exception {
        registerNas(21);
        assertThat(run(MORNING, "alerts", "add", "webhook", "team", url("/hook"), "--min", "critical").exitCode())
                .isZero();
        run(MORNING, "check", "--all", "--alert");
        Path moved = Files.move(dir.resolve("nas"), dir.resolve("nas-away"));

        CliRun gone = run(MORNING.plusSeconds(600), "check", "--all", "--alert");

        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.out()).contains("team: nas not checkable, delivered.");
        JsonNode body = Json.mapper().readTree(bodies.get(bodies.size() - 1));
        assertThat(body.get("source").asText()).isEqualTo("nas");
        assertThat(body.get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(run(MORNING.plusSeconds(1200), "check", "--all", "--alert").out()).doesNotContain("team:");

        Files.move(moved, dir.resolve("nas"));
        assertThat(run(MORNING.plusSeconds(1800), "check", "--all", "--alert").out())
                .contains("team: nas back up, delivered.");
        assertThat(bodies).hasSize(2);
    }
}
