package dev.vigie.source.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.source.borg.BorgRepository;
import dev.vigie.source.restic.ResticRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in tools are shell scripts")
class ToolRunnerTest {

    private static final String SECRET = "s3cr3t-passphrase";

    @TempDir
    Path dir;

    @Test
    void aRunPastItsTimeoutIsStoppedAndSaidInOneLine() {
        ToolRunner runner = new ToolRunner(Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> runner.run("restic", List.of("sleep", "30"), Map.of("PATH", "/usr/bin:/bin"), dir,
                ScanProgress.NONE)).isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.tool.timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anOldToolIsRefusedWithHowToInstallANewerOne() throws IOException {
        Path fake = standIn("restic", "echo 'restic 0.12.1 compiled with go1.16'");
        ToolSetup setup = new ToolSetup(Map.of(), dir.resolve("cache"), Map.of("restic", fake.toString()),
                new ToolRunner(Duration.ofSeconds(30)));

        assertThatThrownBy(() -> new ResticRepository(setup).scan(where("restic:/srv/repo"), access(),
                ScanProgress.NONE)).isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.tool.old");
                    assertThat(p.args()).containsExactly("restic", "0.12.1", "0.14",
                            ToolVersions.installHint("restic"));
                });
    }

    @Test
    void neitherThePasswordNorTheRepositoryIsOnResticsCommandLine() throws IOException {
        Path args = dir.resolve("args.txt");
        Path fake = standIn("restic", "case \"$1\" in version) echo 'restic 0.14.0';; *) echo \"$@\" >> " + args
                + "; echo '[]';; esac");
        ToolSetup setup = new ToolSetup(Map.of(), dir.resolve("cache"), Map.of("restic", fake.toString()),
                new ToolRunner(Duration.ofSeconds(30)));

        new ResticRepository(setup).scan(where("restic:rest:https://user:" + SECRET + "@nas/repo"),
                new RepositoryAccess(Optional.empty(), Optional.of("echo " + SECRET), Optional.of("web1"),
                        Optional.empty(), Optional.empty(), Optional.empty()), ScanProgress.NONE);

        assertThat(Files.readString(args)).contains("snapshots").contains("--no-lock").contains("web1")
                .doesNotContain(SECRET).doesNotContain("nas/repo");
    }

    @Test
    void neitherThePassphraseNorTheRepositoryIsOnBorgsCommandLine() throws IOException {
        Path args = dir.resolve("args.txt");
        Path fake = standIn("borg", "case \"$1\" in --version) echo 'borg 1.2.4';; *) echo \"$@\" >> " + args
                + "; echo '{\"archives\": []}';; esac");
        Path passwordFile = Files.writeString(dir.resolve("pw"), SECRET + "\n");
        ToolSetup setup = new ToolSetup(Map.of(), dir.resolve("cache"), Map.of("borg", fake.toString()),
                new ToolRunner(Duration.ofSeconds(30)));

        new BorgRepository(setup).scan(where("borg:ssh://backup@nas/./repo"),
                new RepositoryAccess(Optional.of(passwordFile.toString()), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()), ScanProgress.NONE);

        assertThat(Files.readString(args)).contains("list").contains("--bypass-lock").doesNotContain(SECRET)
                .doesNotContain("nas");
    }

    private Path standIn(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static RepositoryLocation where(String location) {
        return RepositoryLocation.parse(location).orElseThrow();
    }

    private static RepositoryAccess access() {
        return RepositoryAccess.DEFAULTS;
    }
}
