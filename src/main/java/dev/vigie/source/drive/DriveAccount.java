package dev.vigie.source.drive;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.googleapis.auth.oauth2.GoogleClientSecrets;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.services.drive.model.About;
import dev.vigie.backup.InputProblem;
import dev.vigie.io.OwnerOnly;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Connecting Vigie to a Google account: the user's own Desktop OAuth client, the installed-app flow through the
 * system browser and a loopback redirect, scope {@value DriveCalls#SCOPE} only; then the status and disconnecting
 * (the token is revoked and deleted).
 */
public final class DriveAccount {

    /** How long the sign-in waits for the browser to come back before it says so. */
    public static final Duration CONSENT_WAIT = Duration.ofMinutes(5);


    private final DriveEndpoint endpoint;
    private final TokenFiles files;

    public DriveAccount(DriveEndpoint endpoint) {
        this.endpoint = endpoint;
        this.files = new TokenFiles(endpoint.dataDir());
    }

    /**
     * Keeps a copy of the OAuth client file Google gave (owner-only), after checking it is a Desktop app client.
     *
     * @throws InputProblem when the file cannot be read or is not a Desktop app client
     */
    public void importClient(Path clientJson) {
        String content;
        try {
            content = Files.readString(clientJson, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputProblem(e, "error.drive.clientFile", clientJson.toString(), "no such file");
        } catch (IOException e) {
            throw new InputProblem(e, "error.drive.clientFile", clientJson.toString(), Reasons.of(e));
        }
        desktopClient(content, clientJson.toString());
        try {
            OwnerOnly.write(files.clientFile(), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputProblem(e, "error.drive.tokenFile", files.clientFile().toString(), Reasons.of(e));
        }
    }

    /**
     * Runs the installed-app flow with the imported client: a loopback receiver, the consent page shown by
     * {@code openBrowser}, the code exchanged for tokens, which are stored owner-only.
     *
     * @param openBrowser shows the consent page's address to the user (opens it, prints it)
     * @return the account connected, when Drive tells it
     */
    public Optional<String> connect(Consumer<String> openBrowser) {
        return connect(openBrowser, CONSENT_WAIT, () -> false);
    }

    /**
     * {@link #connect(Consumer)}, waiting at most {@code wait} for the browser, and stopping when {@code cancelled}
     * says so (the window's Cancel) or the thread is interrupted.
     *
     * @throws InputProblem                                ({@code error.drive.connectTimeout}) when the wait ran out
     * @throws dev.vigie.backup.ScanCancelledException when cancelled
     */
    public Optional<String> connect(Consumer<String> openBrowser, Duration wait, BooleanSupplier cancelled) {
        GoogleClientSecrets.Details client = importedClient();
        HttpTransport transport = DriveCalls.transport();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow.Builder(BearerToken.authorizationHeaderAccessMethod(),
                transport, TokenFiles.JSON, new GenericUrl(client.getTokenUri()),
                new ClientParametersAuthentication(client.getClientId(), client.getClientSecret()),
                client.getClientId(), client.getAuthUri())
                .setScopes(List.of(DriveCalls.SCOPE))
                .enablePKCE()
                .build();
        TokenResponse response;
        try (LoopbackReceiver receiver = new LoopbackReceiver()) {
            String redirect = receiver.redirectUri();
            String url = flow.newAuthorizationUrl().setRedirectUri(redirect).setState(receiver.state())
                    .set("access_type", "offline").set("prompt", "consent").build();
            openBrowser.accept(url);
            String code = receiver.waitForCode(wait, cancelled);
            response = flow.newTokenRequest(code).setRedirectUri(redirect).execute();
        } catch (HttpResponseException e) {
            throw new InputProblem(e, "error.drive.connectRefused", String.valueOf(e.getStatusCode()));
        } catch (IOException e) {
            throw new InputProblem(e, "error.drive.connectFailed", Reasons.of(e));
        }
        if (response.getRefreshToken() == null) {
            throw new InputProblem("error.drive.noRefreshToken");
        }
        Optional<Instant> expiry = Optional.ofNullable(response.getExpiresInSeconds())
                .map(s -> Instant.now().plusSeconds(s));
        StoredToken token = new StoredToken(client.getClientId(), client.getClientSecret(), client.getTokenUri(),
                response.getRefreshToken(), Optional.ofNullable(response.getAccessToken()), expiry, Optional.empty());
        files.save(token);
        Optional<String> account = account();
        account.ifPresent(a -> files.save(files.token().orElse(token).withAccount(a)));
        return account;
    }

    /** The account's address as Drive gives it, through whatever token is in use now. */
    public Optional<String> account() {
        DriveEndpoint stored = new DriveEndpoint(endpoint.rootUrl(), Optional.empty(), endpoint.dataDir(),
                endpoint.sleeper(), endpoint.maxAttempts());
        DriveCalls calls = DriveCalls.open(endpoint.accessToken().isPresent() ? endpoint : stored);
        try {
            About about = calls.execute(calls.drive().about().get().setFields("user(emailAddress,displayName)"), "");
            return Optional.ofNullable(about.getUser()).map(u -> u.getEmailAddress() != null ? u.getEmailAddress()
                    : u.getDisplayName());
        } catch (IOException e) {
            throw new IllegalStateException("Building a request does not read the network", e);
        }
    }

    public DriveStatus status() {
        Optional<StoredToken> token = files.token();
        return new DriveStatus(Files.isRegularFile(files.clientFile()), token.isPresent(),
                token.flatMap(StoredToken::account), endpoint.accessToken().isPresent());
    }

    /**
     * Revokes the stored token at Google and deletes it; the imported client stays.
     *
     * @return whether Google confirmed the revocation (false: deleted here only, or nothing was stored)
     */
    public boolean disconnect() {
        Optional<StoredToken> token = files.token();
        if (token.isEmpty()) {
            return false;
        }
        boolean revoked;
        try {
            GenericUrl revoke = new GenericUrl(revokeUri(token.get().tokenUri()));
            DriveCalls.transport().createRequestFactory()
                    .buildPostRequest(revoke, new UrlEncodedContent(Map.of("token", token.get().refreshToken())))
                    .execute().disconnect();
            revoked = true;
        } catch (IOException | RuntimeException e) {
            revoked = false;
        }
        files.deleteToken();
        return revoked;
    }

    /** Google's revocation endpoint sits beside its token endpoint ({@code .../token} to {@code .../revoke}). */
    static String revokeUri(String tokenUri) {
        return tokenUri.endsWith("/token") ? tokenUri.substring(0, tokenUri.length() - "token".length()) + "revoke"
                : "https://oauth2.googleapis.com/revoke";
    }

    private GoogleClientSecrets.Details importedClient() {
        Path file = files.clientFile();
        if (!Files.isRegularFile(file)) {
            throw new InputProblem("error.drive.noClient");
        }
        try {
            return desktopClient(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InputProblem(e, "error.drive.clientFile", file.toString(), Reasons.of(e));
        }
    }

    private static GoogleClientSecrets.Details desktopClient(String content, String name) {
        GoogleClientSecrets secrets;
        try (Reader reader = new StringReader(content)) {
            secrets = GoogleClientSecrets.load(TokenFiles.JSON, reader);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(e, "error.drive.clientFile", name, Reasons.of(e));
        }
        GoogleClientSecrets.Details installed = secrets.getInstalled();
        if (installed == null || installed.getClientId() == null || installed.getClientSecret() == null
                || installed.getAuthUri() == null || installed.getTokenUri() == null) {
            throw new InputProblem("error.drive.clientType", name);
        }
        return installed;
    }
}
