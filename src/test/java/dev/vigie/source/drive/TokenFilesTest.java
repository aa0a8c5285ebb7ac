package dev.vigie.source.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void theTokenFileIsReadableByItsOwnerAlone() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        TokenFiles files = new TokenFiles(dataDir);
        files.save(new StoredToken("id", "secret", "https://oauth2.googleapis.com/token", "refresh",
                Optional.of("access"), Optional.of(Instant.parse("2026-11-21T09:00:00Z")), Optional.of("a@b.c")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.tokenFile())))
                .isEqualTo("rw-------");
        assertThat(files.token()).hasValueSatisfying(t -> {
            assertThat(t.refreshToken()).isEqualTo("refresh");
            assertThat(t.accessToken()).contains("access");
            assertThat(t.account()).contains("a@b.c");
        });
    }

    @Test
    void aTokenNeverShowsInItsDescription() {
        StoredToken token = new StoredToken("id", "secret", "uri", "refresh-secret", Optional.of("access-secret"),
                Optional.empty(), Optional.of("a@b.c"));
        assertThat(token.toString()).doesNotContain("secret").contains("a@b.c");
    }

    @Test
    void revocationSitsBesideTheTokenEndpoint() {
        assertThat(DriveAccount.revokeUri("https://oauth2.googleapis.com/token"))
                .isEqualTo("https://oauth2.googleapis.com/revoke");
        assertThat(DriveAccount.revokeUri("http://127.0.0.1:8080/token")).isEqualTo("http://127.0.0.1:8080/revoke");
    }
}
