package dev.vigie.source.drive;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import dev.vigie.backup.InputProblem;
import dev.vigie.io.OwnerOnly;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The Drive files of the data folder, both owner-only: {@code drive-client.json} (the user's Desktop OAuth client,
 * as Google gave it) and {@code drive-token.json} (what connecting left).
 */
final class TokenFiles {

    static final String CLIENT_FILE = "drive-client.json";
    static final String TOKEN_FILE = "drive-token.json";
    static final JsonFactory JSON = GsonFactory.getDefaultInstance();

    private final Path dataDir;

    TokenFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path clientFile() {
        return dataDir.resolve(CLIENT_FILE);
    }

    Path tokenFile() {
        return dataDir.resolve(TOKEN_FILE);
    }

    Optional<StoredToken> token() {
        Path file = tokenFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            GenericJson json = JSON.fromString(Files.readString(file, StandardCharsets.UTF_8), GenericJson.class);
            return Optional.of(new StoredToken(text(json, "clientId"), text(json, "clientSecret"),
                    text(json, "tokenUri"), text(json, "refreshToken"),
                    Optional.ofNullable((String) json.get("accessToken")),
                    Optional.ofNullable((String) json.get("expiresAt")).map(Instant::parse),
                    Optional.ofNullable((String) json.get("account"))));
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(e, "error.drive.tokenFile", file.toString(), Reasons.of(e));
        }
    }

    void save(StoredToken token) {
        GenericJson json = new GenericJson();
        json.setFactory(JSON);
        json.put("clientId", token.clientId());
        json.put("clientSecret", token.clientSecret());
        json.put("tokenUri", token.tokenUri());
        json.put("refreshToken", token.refreshToken());
        token.accessToken().ifPresent(t -> json.put("accessToken", t));
        token.expiresAt().ifPresent(t -> json.put("expiresAt", t.toString()));
        token.account().ifPresent(a -> json.put("account", a));
        try {
            OwnerOnly.write(tokenFile(), json.toPrettyString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputProblem(e, "error.drive.tokenFile", tokenFile().toString(), Reasons.of(e));
        }
    }

    boolean deleteToken() {
        try {
            return Files.deleteIfExists(tokenFile());
        } catch (IOException e) {
            throw new InputProblem(e, "error.drive.tokenFile", tokenFile().toString(), Reasons.of(e));
        }
    }

    private static String text(GenericJson json, String key) throws IOException {
        Object value = json.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IOException("no " + key);
        }
        return s;
    }
}
