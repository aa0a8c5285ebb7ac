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
import com.google.api.client.http.javanet.DefaultConnectionFactory;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.services.drive.Drive;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanCancelledException;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Set<HttpURLConnection> connections;
    private volatile Instant deadline = Instant.MAX;
    private volatile Duration allowed = Duration.ZERO;

    private DriveCalls(DriveEndpoint endpoint, Drive drive, Set<HttpURLConnection> connections) {
        this.endpoint = endpoint;
        this.drive = drive;
        this.connections = connections;
    }

    static HttpTransport transport() {
        return new NetHttpTransport();
    }

    /** A transport that remembers its connections, so that a deadline can close one a server keeps trickling. */
    private static HttpTransport transport(Set<HttpURLConnection> connections) {
        return new NetHttpTransport.Builder().setConnectionFactory(url -> {
            HttpURLConnection connection = new DefaultConnectionFactory().openConnection(url);
            connections.add(connection);
            return connection;
        }).build();
    }

    /**
     * From now on, every request must be over within {@code limit}: the next one is refused once it has passed,
     * and one still running then is cut (its connection closed). Closing the returned deadline lifts it.
     */
    Deadline deadline(Duration limit) {
        allowed = limit;
        deadline = Instant.now().plus(limit);
        Timer timer = new Timer("vigie-drive-deadline", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                for (HttpURLConnection c : List.copyOf(connections)) {
                    c.disconnect();
                }
            }
        }, Math.max(1, limit.toMillis()));
        return () -> {
            timer.cancel();
            deadline = Instant.MAX;
        };
    }

    /** A listing's deadline; closing it lifts it. */
    interface Deadline extends AutoCloseable {
        @Override
        void close();
    }

    private void checkDeadline(Exception cause) {
        if (!Instant.now().isBefore(deadline)) {
            throw new InputProblem(cause, "error.drive.deadline", Math.max(1, allowed.toMinutes()),
                    allowed.toSeconds());
        }
    }

    /**
     * A client for the endpoint, with the environment's token if given, else the stored one.
     *
     * @throws InputProblem when neither exists: the user has not connected yet
     */
    static DriveCalls open(DriveEndpoint endpoint) {
        Set<HttpURLConnection> connections = ConcurrentHashMap.newKeySet();
        HttpTransport transport = transport(connections);
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
        return new DriveCalls(endpoint, drive, connections);
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
            checkDeadline(null);
            try {
                return request.execute();
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ClassCastException e) {
                // How the client's JSON parser fails on an answer cut short or of another shape (a null token at
                // the end of a truncated array, an array where an object was due): a bad answer, not a crash.
                throw new InputProblem(e, "error.drive.malformed", endpoint.rootUrl(), Reasons.of(e));
            } catch (HttpResponseException e) {
                if (!busy(e)) {
                    throw problem(e, folderId);
                }
                if (attempt >= endpoint.maxAttempts()) {
                    throw new InputProblem(e, "error.drive.busy", attempt, e.getStatusCode());
                }
                sleep(backoff(attempt));
            } catch (IOException e) {
                checkDeadline(e);
                if (e.getClass().getName().startsWith("com.google.gson.")) {
                    throw new InputProblem(e, "error.drive.malformed", endpoint.rootUrl(), Reasons.of(e));
                }
                throw new InputProblem(e, "error.drive.unreachable", endpoint.rootUrl(), Reasons.of(e));
            } finally {
                connections.clear();
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
