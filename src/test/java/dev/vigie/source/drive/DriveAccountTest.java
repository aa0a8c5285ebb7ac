package dev.vigie.source.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed-app flow end to end: a "browser" that consents at once, the loopback receiver, the token endpoint. */
class DriveAccountTest {

    @TempDir
    Path dir;

    FakeDrive drive;
    String consentUrl;

    @BeforeEach
    void start() throws IOException {
        drive = new FakeDrive();
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    Path clientJson(String type) throws IOException {
        return Files.writeString(dir.resolve("client_secret.json"), """
                {"%s": {"client_id": "123-abc.apps.googleusercontent.com", "project_id": "vigie-test",
                  "auth_uri": "%sauth", "token_uri": "%s",
                  "client_secret": "GOCSPX-test", "redirect_uris": ["http://localhost"]}}
                """.formatted(type, drive.rootUrl(), drive.tokenUri()));
    }

    DriveAccount account() {
        return new DriveAccount(new DriveEndpoint(drive.rootUrl(), Optional.empty(), dir.resolve("data"),
                d -> { }, 3));
    }

    @Test
    void connectingAsksForMetadataOnlyStoresTheTokenAndNamesTheAccount() throws IOException {
        drive.acceptOnly("fresh-token");
        DriveAccount account = account();
        account.importClient(clientJson("installed"));

        Optional<String> connected = account.connect(this::consentAtOnce);

        assertThat(consentUrl).contains("scope=https://www.googleapis.com/auth/drive.metadata.readonly")
                .contains("access_type=offline").contains("redirect_uri=http://127.0.0.1:")
                .contains("code_challenge=");
        assertThat(connected).contains("owner@example.com");
        DriveStatus status = account.status();
        assertThat(status.connected()).isTrue();
        assertThat(status.account()).contains("owner@example.com");
        assertThat(status.clientImported()).isTrue();

        assertThat(account.disconnect()).isTrue();
        assertThat(drive.revocations()).isEqualTo(1);
        assertThat(account.status().connected()).isFalse();
        assertThat(Files.exists(dir.resolve("data").resolve(TokenFiles.TOKEN_FILE))).isFalse();
    }

    @Test
    void aWebApplicationClientIsRefused() throws IOException {
        assertThatThrownBy(() -> account().importClient(clientJson("web")))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.clientType"));
    }

    @Test
    void connectingWithoutAClientSaysToImportOne() {
        assertThatThrownBy(() -> account().connect(url -> { }))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.drive.noClient"));
    }

    /** What the user's browser does after they accept: Google redirects to the loopback address with a code. */
    private void consentAtOnce(String url) {
        consentUrl = URLDecoder.decode(url, StandardCharsets.UTF_8);
        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String redirect = params.get("redirect_uri") + "?code=the-code"
                + (params.containsKey("state") ? "&state=" + params.get("state") : "");
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirect)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
