package dev.vigie.source.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes real restic and borg repositories with the installed tools, for tests: snapshots and archives at chosen times,
 * with chosen content. Tests using it skip, saying so, when the tool is not installed.
 */
public final class TestRepositories {

    public static final String PASSWORD = "correct horse battery staple";
    private static final DateTimeFormatter RESTIC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter BORG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private TestRepositories() {
    }

    /** Skips the calling test, saying why, when {@code tool} cannot be run here. */
    public static void assumeInstalled(String tool) {
        boolean installed;
        try {
            Process p = new ProcessBuilder(tool, ToolVersions.RESTIC.equals(tool) ? "version" : "--version")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            installed = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        Assumptions.assumeTrue(installed, tool + " is not installed: skipping this test (.ci/run installs it)");
    }

    /** A setup for tests: the tools on the PATH, caches in {@code cache}, the test's own environment. */
    public static ToolSetup setup(Path cache) {
        return new ToolSetup(Map.of(), cache, Map.of(ToolVersions.RESTIC, "restic", ToolVersions.BORG, "borg"),
                new ToolRunner(Duration.ofMinutes(2)));
    }

    public static Path passwordFile(Path dir, String password) throws IOException {
        return Files.writeString(dir.resolve("password-" + Math.abs(password.hashCode())), password + "\n");
    }

    /** A restic repository at {@code repo}, encrypted with {@link #PASSWORD} (read from {@code passwordFile}). */
    public static final class Restic {
        private final Path repo;
        private final Path passwordFile;

        public Restic(Path repo, Path passwordFile) {
            this.repo = repo;
            this.passwordFile = passwordFile;
        }

        public static Restic init(Path repo, Path passwordFile) throws IOException {
            Restic r = new Restic(repo, passwordFile);
            r.restic("init");
            return r;
        }

        /** One snapshot of {@code data} at {@code time}, made on {@code host}. */
        public Restic backup(Path data, Instant time, String host, String... tags) throws IOException {
            List<String> args = new ArrayList<>(List.of("backup", "--host", host, "--time", RESTIC_TIME.format(time)));
            for (String tag : tags) {
                args.addAll(List.of("--tag", tag));
            }
            args.add(data.toString());
            restic(args.toArray(String[]::new));
            return this;
        }

        /** {@code restic copy} of every snapshot into {@code target} (same password). */
        public void copyTo(Path target) throws IOException {
            run(List.of("restic", "-r", target.toString(), "copy", "--from-repo", repo.toString(),
                    "--from-password-file", passwordFile.toString()), Map.of("RESTIC_PASSWORD_FILE",
                    passwordFile.toString(), "TZ", "UTC"));
        }

        public void restic(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("restic", "-r", repo.toString(), "-q"));
            command.addAll(List.of(args));
            run(command, Map.of("RESTIC_PASSWORD_FILE", passwordFile.toString(), "TZ", "UTC"));
        }

        public Path repo() {
            return repo;
        }
    }

    /** A borg repository at {@code repo}, repokey-encrypted with {@link #PASSWORD} given through BORG_PASSPHRASE. */
    public static final class Borg {
        private final Path repo;

        private Borg(Path repo) {
            this.repo = repo;
        }

        public static Borg init(Path repo) throws IOException {
            Borg b = new Borg(repo);
            b.borg("init", "-e", "repokey", repo.toString());
            return b;
        }

        public Borg create(String archive, Instant time, Path data) throws IOException {
            borg("create", "--timestamp", BORG_TIME.format(time), repo + "::" + archive, data.toString());
            return this;
        }

        public Path repo() {
            return repo;
        }

        private void borg(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("borg"));
            command.addAll(List.of(args));
            run(command, Map.of("BORG_PASSPHRASE", PASSWORD, "TZ", "UTC",
                    "BORG_CACHE_DIR", repo.resolveSibling(repo.getFileName() + "-maker-cache").toString(),
                    "BORG_CONFIG_DIR", repo.resolveSibling(repo.getFileName() + "-maker-config").toString()));
        }
    }

    /** A folder with one file of the given text: content that differs between snapshots when asked. */
    public static Path data(Path dir, String name, String content) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("file.txt"), content);
        return folder;
    }

    /**
     * A folder with one file of {@code size} bytes that do not compress: the data pack holding it is then the biggest
     * file of the repository, bigger than the packs of trees.
     */
    public static Path randomData(Path dir, String name, int size) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        Files.write(folder.resolve("file.bin"), bytes);
        return folder;
    }

    /** The SHA-256 of every file under {@code root}, by relative path: equal maps mean an unchanged tree. */
    public static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                String key = root.relativize(f).toString();
                if (Files.isRegularFile(f)) {
                    all.put(key, sha256(Files.readAllBytes(f)));
                } else {
                    all.put(key + "/", "dir");
                }
            }
        }
        return all;
    }

    /** Damages {@code file} in place: a few bytes in its middle are overwritten. */
    public static void damage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < Math.min(bytes.length, bytes.length / 2 + 8); i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        file.toFile().setWritable(true);
        Files.write(file, bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
