package dev.vigie.source.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real Drive error bodies kept in {@code ../shared/testdata/drive}, served as recorded. A fresh clone has no
 * {@code ../shared}: then these tests say so and skip (the same behaviour is tested with bodies written in
 * {@link ErrorBodies}).
 */
class RecordedErrorBodiesTest {

    static final Path RECORDINGS = Path.of("..", "shared", "testdata", "drive");

    @TempDir
    Path dataDir;

    FakeDrive drive;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        drive = new FakeDrive();
        drive.folder("rootFolder0001", "Backups", null);
    }

    @AfterEach
    void stop() {
        drive.close();
    }

    @ParameterizedTest
    @CsvSource({
        "404-not-found.json, 404, application/json, error.drive.notFound, 0",
        "401-auth-error.json, 401, application/json, error.drive.expired, 0",
        "403-insufficient-permissions-newer-style.json, 403, application/json, error.drive.forbidden, 0",
        "403-rate-limit-exceeded.json, 403, application/json, error.drive.busy, 2",
        "403-user-rate-limit-exceeded.json, 403, application/json, error.drive.busy, 2",
        "429-automated-queries.html, 429, text/html, error.drive.busy, 2",
        "429-resource-exhausted-newer-style.json, 429, application/json, error.drive.busy, 2"})
    void recordedBodyGivesItsMessage(String file, int status, String type, String key, int waitsExpected)
            throws IOException {
        Path body = RECORDINGS.resolve(file);
        assumeTrue(Files.isRegularFile(body), () -> "Skipping: " + body.toAbsolutePath()
                + " is absent (../shared/testdata/drive comes with the team's workspace, not with a clone)");
        String content = Files.readString(body);
        for (int i = 0; i < 3; i++) {
            drive.script(status, type, content);
        }
        DriveScanner scanner = new DriveScanner(new DriveEndpoint(drive.rootUrl(), Optional.of("test-token"),
                dataDir, waits::add, 3));

        assertThatThrownBy(() -> scanner.list("rootFolder0001", ScanProgress.NONE))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.messageKey()).isEqualTo(key));
        assertThat(waits).hasSize(waitsExpected);
    }
}
