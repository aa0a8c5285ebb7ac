package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.store.Store;
import dev.vigie.testing.Paris;
import dev.vigie.testing.TreeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --all} checks every source, whatever stops one of them; {@code sources set} refuses what none could read. */
class CheckAllIsolationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(dir.resolve("home"), Locale.ENGLISH, NOW, all);
    }

    private Path daily(String name) {
        TreeBuilder tree = TreeBuilder.in(dir.resolve(name));
        for (int day = 1; day <= 21; day++) {
            String date = String.format("2026-11-%02d", day);
            tree.file("backup-" + date + ".bin", 64, Paris.at(date + "T02:00"));
        }
        return tree.build();
    }

    @Test
    void aSourceWithAnUnreadableStoredScheduleOrAGoneFolderIsUnknownUnderItsNameAndTheOthersAreJudged()
            throws Exception {
        for (String name : new String[] {"alpha", "broken", "gone", "omega"}) {
            assertThat(run("sources", "add", name, daily(name).toString()).exitCode()).isZero();
            run("sources", "set", name, "--schedule", "daily 02:00", "--zone", "Europe/Paris");
        }
        // A schedule written by an older Vigie that read it, or by hand: no check can read it now.
        try (Store store = Store.open(dir.resolve("data"))) {
            store.sources().updateSettings("broken", s -> s.withSchedule(Optional.of("fortnightly at noon")));
        }
        try (var files = Files.walk(dir.resolve("gone"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Path prom = dir.resolve("vigie.prom");

        CliRun check = run("check", "--all", "--prometheus", prom.toString());

        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out()).contains("Source: alpha").contains("Source: omega")
                .contains("Source: broken").contains("Source: gone");
        String text = Files.readString(prom);
        assertThat(text).contains("vigie_backup_check_success{source=\"alpha\"} 1")
                .contains("vigie_backup_check_success{source=\"omega\"} 1")
                .contains("vigie_backup_check_success{source=\"broken\"} 0")
                .contains("vigie_backup_check_success{source=\"gone\"} 0")
                .contains("vigie_backup_status{source=\"alpha\"} 0");
        assertThat(check.out()).contains("fortnightly at noon");
    }

    @Test
    void sourcesSetRefusesAScheduleItCannotReadAndKeepsTheOldOne() {
        run("sources", "add", "nas", daily("nas").toString());
        run("sources", "set", "nas", "--schedule", "daily 02:00");

        CliRun set = run("sources", "set", "nas", "--schedule", "fortnightly at noon");

        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("fortnightly at noon");
        assertThat(run("sources", "set", "nas").out()).contains("daily 02:00");
    }
}
