package dev.vigie.source.drive;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.googleapis.services.AbstractGoogleClientRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.services.drive.Drive;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanCancelledException;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Drive client as Vigie uses it: authorised by the environment's token or the stored one (refreshed once on a
 * 401), retrying with exponential backoff and jitter when Drive is busy, and turning every failure into one
 * {@link InputProblem} that says what to do. Tokens never appear in a message or a log.
 */
final class DriveCalls {

    static final String SCOPE = "https://www.googleapis.com/auth/drive.metadata.readonly";
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(32);
    private static final int CONNECT_TIMEOUT_MILLIS = 20_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private final DriveEndpoint endpoint;
    private final Drive drive;

    private DriveCalls(DriveEndpoint endpoint, Drive drive) {
        this.endpoint = endpoint;
        this.drive = drive;
    }

    static HttpTransport transport() {
        return new NetHttpTransport();
    }

    /**
     * A client for the endpoint, with the environment's token if given, else the stored one.
     *
     * @throws InputProblem when neither exists: the user has not connected yet
     */
    static DriveCalls open(DriveEndpoint endpoint) {
        HttpTransport transport = transport();
        Credential credential = credential(endpoint, transport);
        HttpRequestInitializer initializer = request -> {
            credential.initialize(request);
            // One retry, and only the credential's: a 401 refreshes the token once, then the failure stands.
            request.setNumberOfRetries(1);
            request.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            request.setReadTimeout(READ_TIMEOUT_MILLIS);
        };
        Drive drive = new Drive.Builder(transport, TokenFiles.JSON, initializer)
                .setRootUrl(endpoint.rootUrl())
                .setApplicationName("Vigie")
                .build();
        return new DriveCalls(endpoint, drive);
    }

    private static Credential credential(DriveEndpoint endpoint, HttpTransport transport) {
        if (endpoint.accessToken().isPresent()) {
            return new Credential(BearerToken.authorizationHeaderAccessMethod())
                    .setAccessToken(endpoint.accessToken().get());
        }
        TokenFiles files = new TokenFiles(endpoint.dataDir());
        StoredToken stored = files.token().orElseThrow(() -> new InputProblem("error.drive.notConnected"));
        Credential credential = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(transport)
                .setJsonFactory(TokenFiles.JSON)
                .setTokenServerEncodedUrl(stored.tokenUri())
                .setClientAuthentication(new ClientParametersAuthentication(stored.clientId(), stored.clientSecret()))
                .addRefreshListener(new SaveRefreshed(files, stored))
                .build();
        credential.setRefreshToken(stored.refreshToken());
        stored.accessToken().ifPresent(credential::setAccessToken);
        stored.expiresAt().ifPresent(t -> credential.setExpirationTimeMilliseconds(t.toEpochMilli()));
        return credential;
    }

    Drive drive() {
        return drive;
    }

    /**
     * Runs one request: retries while Drive is busy, up to the endpoint's attempts; anything else fails at once.
     *
     * @param folderId the folder concerned, for the messages
     */
    <T> T execute(AbstractGoogleClientRequest<T> request, String folderId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.execute();
            } catch (HttpResponseException e) {
                if (!busy(e)) {
                    throw problem(e, folderId);
                }
                if (attempt >= endpoint.maxAttempts()) {
                    throw new InputProblem(e, "error.drive.busy", attempt, e.getStatusCode());
                }
                sleep(backoff(attempt));
            } catch (IOException e) {
                throw new InputProblem(e, "error.drive.unreachable", endpoint.rootUrl(), Reasons.of(e));
            }
        }
    }

    /** 1 s, 2 s, 4 s... up to 32 s, plus up to a second at random so that many clients do not retry together. */
    static Duration backoff(int attempt) {
        long base = FIRST_WAIT.toMillis() << Math.min(attempt - 1, 10);
        long jitter = ThreadLocalRandom.current().nextLong(FIRST_WAIT.toMillis());
        return Duration.ofMillis(Math.min(base, LONGEST_WAIT.toMillis()) + jitter);
    }

    private void sleep(Duration wait) {
        try {
            endpoint.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanCancelledException();
        }
    }

    /** Rate limits (403 with their reasons, 429 even as an HTML page) and server errors pass with time. */
    static boolean busy(HttpResponseException e) {
        int status = e.getStatusCode();
        if (status == 429 || status >= 500) {
            return true;
        }
        if (status == 403) {
            String content = String.valueOf(e.getContent());
            return content.contains("rateLimitExceeded") || content.contains("userRateLimitExceeded")
                    || content.contains("RESOURCE_EXHAUSTED");
        }
        return false;
    }

    private static InputProblem problem(HttpResponseException e, String folderId) {
        int status = e.getStatusCode();
        if (status == 401 || e instanceof com.google.api.client.auth.oauth2.TokenResponseException) {
            return new InputProblem(e, "error.drive.expired");
        }
        if (status == 404) {
            return new InputProblem(e, "error.drive.notFound", folderId);
        }
        if (status == 403) {
            return new InputProblem(e, "error.drive.forbidden", folderId, driveMessage(e));
        }
        return new InputProblem(e, "error.drive.failed", status, driveMessage(e));
    }

    /** Drive's own words when it sent JSON; the status line otherwise (a 429 can come as an HTML page). */
    private static String driveMessage(HttpResponseException e) {
        if (e instanceof GoogleJsonResponseException json && json.getDetails() != null
                && json.getDetails().getMessage() != null) {
            return json.getDetails().getMessage().strip();
        }
        String status = e.getStatusMessage();
        return status == null || status.isBlank() ? "HTTP " + e.getStatusCode()
                : "HTTP " + e.getStatusCode() + " " + status.toLowerCase(Locale.ROOT);
    }

    /** Keeps the refreshed access token, so the next run need not refresh again. */
    private record SaveRefreshed(TokenFiles files, StoredToken stored) implements CredentialRefreshListener {
        @Override
        public void onTokenResponse(Credential credential, TokenResponse response) {
            Optional<Instant> expiry = Optional.ofNullable(credential.getExpirationTimeMilliseconds())
                    .map(Instant::ofEpochMilli);
            StoredToken latest = files.token().orElse(stored);
            String refresh = response.getRefreshToken();
            StoredToken updated = refresh == null ? latest
                    : new StoredToken(latest.clientId(), latest.clientSecret(), latest.tokenUri(), refresh,
                    latest.accessToken(), latest.expiresAt(), latest.account());
            files.save(updated.withAccess(credential.getAccessToken(), expiry));
        }

        @Override
        public void onTokenErrorResponse(Credential credential, TokenErrorResponse response) {
            // The request fails with a 401 next, and the user is told to connect again.
        }
    }
}
