package dev.vigie.bench;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.TimeSource;
import dev.vigie.verify.Verifier;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.verify.VerifyProgress;
import dev.vigie.verify.VerifyReport;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Full verification throughput of Vigie next to the GNU tools on the same files, warm cache. Not a test: run it
 * with {@code bench/verify-bench.sh}. Builds about 2 GB once: crypt15-like files (a header, random bytes, the MD5
 * of all before as the last 16 bytes) and random files listed in a {@code SHA256SUMS}. Then, each measured as the
 * median of several runs after a warm-up:
 * <ul>
 *   <li>the crypt set: Vigie's full check against {@code md5sum} over the same files (which also hashes the 16
 *       trailer bytes Vigie compares instead: a few bytes in a hundred megabytes, and no pipe to pay for, as a
 *       {@code head -c -16 FILE | md5sum} per file would);</li>
 *   <li>the listed set: Vigie's full check (which reads the manifest and every listed file) against
 *       {@code sha256sum -c SHA256SUMS} in that folder.</li>
 * </ul>
 */
public final class VerifyBenchmark {

    private static final int FILES = 8;
    private static final int FILE_BYTES = 128 << 20;
    private static final int CHUNK = 1 << 20;
    private static final int RUNS = 5;
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    private VerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/verify-bench").toAbsolutePath();
        build(dir);
        long setBytes = (long) FILES * FILE_BYTES;
        List<String> cryptFiles = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            cryptFiles.add(dir.resolve("crypt").resolve(cryptName(i)).toString());
        }
        List<String> md5sum = new ArrayList<>(List.of("md5sum"));
        md5sum.addAll(cryptFiles);

        BackupSet crypt = set("crypt");
        BackupSet sums = set("sums");
        // Warm the page cache and the JIT on both sides before measuring either.
        for (int i = 0; i < 2; i++) {
            run(md5sum, dir);
            run(List.of("sha256sum", "--quiet", "-c", "SHA256SUMS"), dir.resolve("sums"));
            vigie(dir, crypt);
            vigie(dir, sums);
        }
        double md5Seconds = median(() -> run(md5sum, dir));
        double cryptSeconds = median(() -> vigie(dir, crypt));
        double shaSeconds = median(() -> run(List.of("sha256sum", "--quiet", "-c", "SHA256SUMS"), dir.resolve("sums")));
        double sumsSeconds = median(() -> vigie(dir, sums));

        System.out.printf(Locale.ROOT, "files: %s (%d + %d files of %d MB, warm cache, median of %d runs)%n", dir,
                FILES, FILES, FILE_BYTES >> 20, RUNS);
        line("crypt15 MD5 trailers", "md5sum FILES", setBytes, md5Seconds, cryptSeconds);
        line("SHA256SUMS", "sha256sum -c", setBytes, shaSeconds, sumsSeconds);
    }

    private static void line(String what, String tool, long bytes, double toolSeconds, double vigieSeconds) {
        double toolRate = bytes / toolSeconds / 1e6;
        double vigieRate = bytes / vigieSeconds / 1e6;
        System.out.printf(Locale.ROOT, "%-21s %-13s %7.1f MB/s   vigie full %7.1f MB/s   ratio %.2fx (target 0.90x)%n",
                what, tool, toolRate, vigieRate, vigieRate / toolRate);
    }

    private static BackupSet set(String folder) {
        return new BackupSet(NOW, folder, List.of(folder), 0, FILES, TimeSource.MTIME, Map.of());
    }

    private static String cryptName(int i) {
        return String.format(Locale.ROOT, "msgstore-2026-11-%02d.1.db.crypt15", i + 1);
    }

    private static double vigie(Path dir, BackupSet set) {
        long start = System.nanoTime();
        VerifyReport report = new Verifier().verify(dir, List.of(set), VerifyDepth.FULL, NOW, VerifyProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.findings().isEmpty() || report.sets().get(0).fullyChecked() < FILES) {
            throw new IllegalStateException("unexpected verification: " + report);
        }
        return seconds;
    }

    private static double run(List<String> command, Path in) {
        try {
            Process p = new ProcessBuilder(command).directory(in.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long start = System.nanoTime();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command.get(0) + " failed");
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the files once, in chunks, digesting as it goes; a marker says they are complete. */
    private static void build(Path dir) throws Exception {
        Path marker = dir.resolve(".complete");
        if (Files.exists(marker)) {
            return;
        }
        Files.createDirectories(dir.resolve("crypt"));
        Files.createDirectories(dir.resolve("sums"));
        byte[] chunk = new byte[CHUNK];
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < FILES; i++) {
            SplittableRandom random = new SplittableRandom(i);
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            try (OutputStream out = Files.newOutputStream(dir.resolve("crypt").resolve(cryptName(i)))) {
                byte[] header = {36, 1, 0x08, 0x01, 0x1a, 0x12, 0x0a, 0x10};
                long left = FILE_BYTES - 16;
                random.nextBytes(chunk);
                System.arraycopy(header, 0, chunk, 0, header.length);
                // The protobuf header's version field, after the 16 IV bytes at 8..23.
                byte[] version = {0x22, 12, 0x0a, 10, '2', '.', '2', '4', '.', '2', '2', '.', '7', '9'};
                System.arraycopy(version, 0, chunk, 24, version.length);
                while (left > 0) {
                    int n = (int) Math.min(CHUNK, left);
                    out.write(chunk, 0, n);
                    md5.update(chunk, 0, n);
                    left -= n;
                    random.nextBytes(chunk);
                }
                out.write(md5.digest());
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String name = String.format(Locale.ROOT, "archive-%02d.bin", i);
            try (OutputStream out = Files.newOutputStream(dir.resolve("sums").resolve(name))) {
                for (long left = FILE_BYTES; left > 0; left -= CHUNK) {
                    random.nextBytes(chunk);
                    out.write(chunk);
                    sha.update(chunk);
                }
            }
            sums.append(HexFormat.of().formatHex(sha.digest())).append("  ").append(name).append('\n');
        }
        Files.writeString(dir.resolve("sums").resolve("SHA256SUMS"), sums);
        Files.writeString(marker, "");
    }

    private interface Measure {
        double seconds();
    }

    private static double median(Measure m) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(m.seconds());
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }
}
