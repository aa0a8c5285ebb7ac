package dev.vigie.source.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanCancelledException;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The loopback sign-in: a random state checked on the way back, PKCE, a bounded wait, and cancel. */
class OAuthLoopbackTest {

    @TempDir
    Path dir;

    private FakeDrive drive;

    @BeforeEach
    void start() throws IOException {
        drive = new FakeDrive();
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    private DriveAccount account() throws IOException {
        Path client = Files.writeString(dir.resolve("client_secret.json"), """
                {"installed": {"client_id": "123-abc.apps.googleusercontent.com", "project_id": "vigie-test",
                  "auth_uri": "%sauth", "token_uri": "%s",
                  "client_secret": "GOCSPX-test", "redirect_uris": ["http://localhost"]}}
                """.formatted(drive.rootUrl(), drive.tokenUri()));
        DriveAccount account = new DriveAccount(new DriveEndpoint(drive.rootUrl(), Optional.empty(),
                dir.resolve("data"), d -> { }, 3));
        account.importClient(client);
        return account;
    }

    private static Map<String, String> params(String url) {
        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static int visit(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCallbackWithAnotherStateIsRefusedAndTheRightOneConnects() throws Exception {
        drive.acceptOnly("fresh-token");
        AtomicInteger forged = new AtomicInteger();
        Map<String, String> asked = new HashMap<>();

        Optional<String> connected = account().connect(url -> {
            asked.putAll(params(url));
            String back = asked.get("redirect_uri") + "?code=";
            forged.set(visit(back + "attacker-code&state=guessed"));
            visit(back + "attacker-code"); // no state at all
            visit(back + "the-code&state=" + asked.get("state"));
        }, Duration.ofSeconds(30), () -> false);

        assertThat(asked.get("state")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(asked).containsKey("code_challenge").containsEntry("code_challenge_method", "S256");
        assertThat(forged.get()).isEqualTo(400);
        assertThat(connected).contains("owner@example.com");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBrowserThatNeverComesBackTimesOutWithAClearMessage() throws Exception {
        DriveAccount account = account();

        assertThatThrownBy(() -> account.connect(url -> { }, Duration.ofSeconds(1), () -> false))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.connectTimeout"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theWaitStopsWhenCancelled() throws Exception {
        DriveAccount account = account();
        AtomicBoolean cancel = new AtomicBoolean();

        assertThatThrownBy(() -> account.connect(url -> cancel.set(true), Duration.ofMinutes(5), cancel::get))
                .isInstanceOf(ScanCancelledException.class);
    }
}
