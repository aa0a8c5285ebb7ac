package dev.vigie.bench;

import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanProgress;
import dev.vigie.source.local.LocalScanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scan throughput of Vigie against {@code find DIR -printf '%s %T@\n'} on the same tree, warm cache.
 * Not a test: run it with {@code bench/scan-bench.sh}. Prints one line per measure and the ratio.
 */
public final class ScanBenchmark {

    private static final int FOLDERS = 1_000;
    private static final int FILES_PER_FOLDER = 100;
    private static final int RUNS = 7;

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args.length > 0 ? args[0] : "target/bench-tree").toAbsolutePath();
        buildTree(tree);
        long files = (long) FOLDERS * FILES_PER_FOLDER;

        // Warm the page and dentry caches and the JIT before measuring either side.
        for (int i = 0; i < 2; i++) {
            find(tree);
            scan(tree);
        }
        double findSeconds = median(() -> find(tree));
        double vigieSeconds = median(() -> scan(tree));
        double findRate = files / findSeconds;
        double vigieRate = files / vigieSeconds;
        System.out.printf(Locale.ROOT, "tree: %s (%d files in %d folders)%n", tree, files, FOLDERS);
        System.out.printf(Locale.ROOT, "find -printf   median %.3f s  %,.0f files/s%n", findSeconds, findRate);
        System.out.printf(Locale.ROOT, "vigie scan     median %.3f s  %,.0f files/s (in-process, %d runs)%n",
                vigieSeconds, vigieRate, RUNS);
        System.out.printf(Locale.ROOT, "ratio vigie/find: %.2fx (target: at least 0.80x)%n", vigieRate / findRate);
    }

    private static void buildTree(Path tree) throws IOException {
        Path marker = tree.resolve(".complete");
        if (Files.exists(marker)) {
            return;
        }
        Instant base = Instant.parse("2026-11-01T02:00:00Z");
        byte[] content = new byte[64];
        for (int d = 0; d < FOLDERS; d++) {
            Path folder = Files.createDirectories(tree.resolve(String.format(Locale.ROOT, "folder-%04d", d)));
            for (int f = 0; f < FILES_PER_FOLDER; f++) {
                Path file = folder.resolve(String.format(Locale.ROOT, "file-%03d.dat", f));
                Files.write(file, content);
                Files.setLastModifiedTime(file, FileTime.from(base.plusSeconds(d * 60L + f)));
            }
        }
        Files.writeString(marker, "");
    }

    private static double find(Path tree) {
        try {
            Process p = new ProcessBuilder("find", tree.toString(), "-printf", "%s %T@\\n")
                    .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long start = System.nanoTime();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("find failed");
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double scan(Path tree) {
        long start = System.nanoTime();
        Inventory inv = new LocalScanner().scan(tree, Optional.empty(), ZoneId.of("UTC"), Instant.now(),
                ScanProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (inv.filesSeen() < (long) FOLDERS * FILES_PER_FOLDER) {
            throw new IllegalStateException("scan saw only " + inv.filesSeen() + " files");
        }
        return seconds;
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
