package dev.vigie.source.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A Drive server that pages forever, trickles bytes or sends broken JSON: one clear problem each, never a hang. */
class HostileDriveTest {

    private static final String ROOT = "rootFolder0001";
    private static final String FOLDER_JSON = "{\"id\": \"" + ROOT + "\", \"name\": \"NAS\", \"mimeType\": "
            + "\"application/vnd.google-apps.folder\", \"modifiedTime\": \"2026-11-20T10:00:00Z\"}";

    @TempDir
    Path dataDir;

    private FakeDrive drive;

    @BeforeEach
    void start() throws IOException {
        drive = new FakeDrive();
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    private DriveScanner scanner(String rootUrl, Duration deadline) {
        return new DriveScanner(new DriveEndpoint(rootUrl, Optional.of("test-token"), dataDir, d -> { }, 2),
                deadline);
    }

    private InputProblem listing(String rootUrl, Duration deadline) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> scanner(rootUrl, deadline).list("gdrive:" + ROOT, ScanProgress.NONE));
        assertThat(thrown).isInstanceOf(InputProblem.class);
        return (InputProblem) thrown;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theSamePageTokenAgainStopsTheListing() {
        drive.script(200, "application/json", FOLDER_JSON)
                .script(200, "application/json", "{\"files\": [], \"nextPageToken\": \"again\"}")
                .script(200, "application/json", "{\"files\": [], \"nextPageToken\": \"again\"}");

        InputProblem problem = listing(drive.rootUrl(), Duration.ofMinutes(5));

        assertThat(problem.messageKey()).isEqualTo("error.drive.pageLoop");
        assertThat(drive.requests()).hasSize(3);
    }

    @Test
    void malformedJsonIsBadInputWithTheReasonNotACrash() {
        for (String body : List.of("{\"files\": [", "[1, 2]", "{\"files\": [{\"mimeType\": \"text/plain\"}]}",
                "{\"files\": \"none\"}")) {
            drive.script(200, "application/json", FOLDER_JSON).script(200, "application/json", body);

            InputProblem problem = listing(drive.rootUrl(), Duration.ofMinutes(5));

            assertThat(problem.messageKey()).as(body).isEqualTo("error.drive.malformed");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aServerTricklingBytesIsCutAtTheListingsDeadline() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/files/" + ROOT)) {
                byte[] body = FOLDER_JSON.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"files\": [".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 600; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up: what the deadline is for
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "trickle");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        try {
            long started = System.nanoTime();

            InputProblem problem = listing("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    Duration.ofSeconds(2));

            assertThat(problem.messageKey()).isEqualTo("error.drive.deadline");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        } finally {
            server.stop(0);
        }
    }
}
