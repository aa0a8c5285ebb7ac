package dev.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.SeenBackup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window and the command line are two processes writing one database: neither may fail, nor lose the other's
 * work.
 */
class TwoProcessesTest {

    private static final int SCANS = 25;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void twoProcessesWritingAtOnceBothSucceedAndKeepEverything(@TempDir Path tmp) throws Exception {
        Path dataDir = tmp.resolve("data");
        Path childErrors = tmp.resolve("child-stderr.txt");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ConcurrentWriter.class.getName(), dataDir.toString(), "child", String.valueOf(SCANS))
                .redirectError(childErrors.toFile())
                .start();
        BufferedReader childOut = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(childOut.readLine()).as("child started; its errors: %s", childErrors).isEqualTo("ready");

        ConcurrentWriter.warmUp();
        try (Writer toChild = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            toChild.write("go" + System.lineSeparator());
        }
        // Neither process has created the database yet: both open, migrate and write at the same time. Whether
        // both see version 0 before either migrates depends on timing; the writes overlap every time.
        ConcurrentWriter.writeAll(dataDir, "parent", SCANS);

        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("child finished").isTrue();
        String errors = Files.readString(childErrors);
        assertThat(child.exitValue()).as("child exit; its errors:%n%s", errors).isZero();
        assertThat(childOut.readLine()).isEqualTo("done");
        assertThat(errors).doesNotContain("SQLITE_BUSY");

        try (Store store = Store.open(dataDir)) {
            for (String source : List.of("parent", "child")) {
                List<SeenBackup> seen = store.history().history(source);
                assertThat(seen).as(source).hasSize(SCANS);
                assertThat(seen).as(source).allMatch(SeenBackup::inLatestScan);
                assertThat(seen.get(0).firstSeen()).as(source)
                        .isEqualTo(ConcurrentWriter.FIRST_BACKUP.plusSeconds(3600));
            }
        }
        Path db = Store.databaseFile(dataDir);
        assertThat(Fixtures.count(db, "scans")).isEqualTo(2 * SCANS);
        assertThat(Fixtures.count(db, "sources")).isEqualTo(2);
        assertThat(Fixtures.userVersion(db)).isEqualTo(Migrations.standard().latest());
        assertThat(dataDir.toFile().list()).noneMatch(name -> name.endsWith(".bak"));
    }
}
