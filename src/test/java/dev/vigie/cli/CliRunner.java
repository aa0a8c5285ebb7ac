package dev.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;

/** Runs the command line in-process, as one invocation from a shell would, and builds folders to point it at. */
final class CliRunner {

    /** 09:00 in Paris. */
    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private final Path home;
    private final Locale locale;
    private final Instant clock;

    CliRunner(Path home, Locale locale) {
        this(home, locale, NOW);
    }

    private CliRunner(Path home, Locale locale, Instant clock) {
        this.home = home;
        this.locale = locale;
        this.clock = clock;
    }

    /** The same user on a computer whose clock reads {@code time}: what a later real run would be. */
    CliRunner at(Instant time) {
        return new CliRunner(home, locale, time);
    }

    record Result(int code, String out, String err) {
    }

    /** A fresh context per run, as a fresh process would have. */
    Result run(String... args) {
        CliRun run = CliRun.run(home, locale, clock, args);
        return new Result(run.exitCode(), run.out(), run.err());
    }

    /**
     * Adds a top-level folder holding one file of {@code size} bytes, both last modified at {@code time}: one backup
     * set of the generic layout, timed by the newest modification in it.
     */
    static void backupFolder(Path root, String name, Instant time, int size) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Path file = Files.write(folder.resolve("data.bin"), new byte[size]);
        Files.setLastModifiedTime(file, FileTime.from(time));
        Files.setLastModifiedTime(folder, FileTime.from(time));
    }
}
