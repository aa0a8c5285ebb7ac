package dev.vigie.source.drive;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What connecting to Drive left in the data folder: the OAuth client it was made with, the refresh token, the last
 * access token, and the account. Never logged: {@link #toString()} names the account only.
 */
record StoredToken(String clientId, String clientSecret, String tokenUri, String refreshToken,
                   Optional<String> accessToken, Optional<Instant> expiresAt, Optional<String> account) {

    StoredToken {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    StoredToken withAccess(String token, Optional<Instant> expiry) {
        return new StoredToken(clientId, clientSecret, tokenUri, refreshToken, Optional.ofNullable(token), expiry,
                account);
    }

    StoredToken withAccount(String email) {
        return new StoredToken(clientId, clientSecret, tokenUri, refreshToken, accessToken, expiresAt,
                Optional.ofNullable(email));
    }

    @Override
    public String toString() {
        return "StoredToken[account=" + account.orElse("?") + "]";
    }
}
