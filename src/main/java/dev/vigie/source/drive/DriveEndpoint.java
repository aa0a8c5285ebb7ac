package dev.vigie.source.drive;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how Vigie talks to Drive: the API's root URL ({@code URL + drive/v3/files}), the token given by the
 * environment if any, the data folder holding the stored tokens, and the sleeper between retries.
 *
 * @param rootUrl      Google's by default; a local test server in tests
 * @param accessToken  {@value #ACCESS_TOKEN_VARIABLE} when set: used as is, no OAuth flow, no refresh
 * @param dataDir      where {@code drive-client.json} and {@code drive-token.json} live
 * @param sleeper      waits between attempts
 * @param maxAttempts  attempts of one request when Drive is busy (rate limits, 429, 5xx)
 */
public record DriveEndpoint(String rootUrl, Optional<String> accessToken, Path dataDir, Sleeper sleeper,
                            int maxAttempts) {

    public static final String DEFAULT_ROOT_URL = "https://www.googleapis.com/";
    public static final String ACCESS_TOKEN_VARIABLE = "VIGIE_DRIVE_ACCESS_TOKEN";
    public static final int DEFAULT_ATTEMPTS = 5;

    public DriveEndpoint {
        Objects.requireNonNull(rootUrl, "rootUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(sleeper, "sleeper");
        rootUrl = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
        accessToken = accessToken.map(String::strip).filter(t -> !t.isEmpty());
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Google's endpoint, the token from {@code env} if it holds one, real waits. */
    public static DriveEndpoint of(Path dataDir, Map<String, String> env, Optional<String> rootUrl) {
        return new DriveEndpoint(rootUrl.orElse(DEFAULT_ROOT_URL),
                Optional.ofNullable(env.get(ACCESS_TOKEN_VARIABLE)), dataDir, Sleeper.REAL, DEFAULT_ATTEMPTS);
    }

    public DriveEndpoint withRootUrl(String url) {
        return new DriveEndpoint(url, accessToken, dataDir, sleeper, maxAttempts);
    }

    public DriveEndpoint withSleeper(Sleeper other) {
        return new DriveEndpoint(rootUrl, accessToken, dataDir, other, maxAttempts);
    }
}
