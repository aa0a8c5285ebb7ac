package dev.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveScanner;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.source.restic.ResticRepository;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolRunner;
import dev.vigie.source.tool.ToolSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Listing a restic repository of 10,000 snapshots. Not a test: run it with {@code bench/restic-bench.sh}.
 *
 * <p>Making 10,000 real snapshots takes restic hours (each {@code restic backup} derives the key and writes a lock),
 * so the 10,000 are restic's own JSON: the objects a real {@code restic snapshots --json} printed for a real
 * repository, repeated with new ids and hourly times. A stand-in {@code restic} prints that file with {@code cat} and
 * counts its calls; the time Vigie takes then is its own (start the process, read, parse, build the inventory) plus a
 * {@code cat}. Beside it: the real restic listing a small real repository, and Vigie's scan through the real restic
 * on that repository, so that the runner's overhead on a real call shows too.
 */
public final class ResticListingBenchmark {

    private static final int SNAPSHOTS = 10_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 11;
    private static final double TARGET_MS = 1000;

    private ResticListingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vigie-restic-bench");
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Path data = TestRepositories.data(dir, "data", "bench");
        Restic real = Restic.init(dir.resolve("repo"), password);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            real.backup(data, start.plus(Duration.ofHours(i)), i == 2 ? "web2" : "web1", "daily");
        }
        RepositoryAccess access = new RepositoryAccess(Optional.of(password.toString()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        RepositoryLocation realLocation = RepositoryLocation.parse("restic:" + real.repo()).orElseThrow();
        ToolSetup realSetup = new ToolSetup(Map.of(), dir.resolve("cache"), Map.of("restic", "restic"),
                new ToolRunner(Duration.ofMinutes(5)));
        ProcessBuilder direct = new ProcessBuilder("restic", "snapshots", "--json", "--no-lock")
                .redirectErrorStream(false);
        direct.environment().putAll(Map.of("RESTIC_REPOSITORY", real.repo().toString(), "RESTIC_PASSWORD_FILE",
                password.toString(), "RESTIC_CACHE_DIR", dir.resolve("cache/restic").toString()));
        String captured = new String(direct.start().getInputStream().readAllBytes());
        Path big = dir.resolve("snapshots.json");
        Files.writeString(big, tenThousand(captured, start));

        Path calls = dir.resolve("calls.txt");
        Path standIn = dir.resolve("restic");
        Files.writeString(standIn, "#!/bin/sh\necho \"$1\" >> " + calls + "\ncase \"$1\" in\n"
                + "  version) exec restic version;;\n  snapshots) exec cat " + big + ";;\n  *) exit 1;;\nesac\n");
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwx------"));
        ToolSetup standInSetup = new ToolSetup(Map.of(), dir.resolve("cache"), Map.of("restic", standIn.toString()),
                new ToolRunner(Duration.ofMinutes(5)));
        ResticRepository vigie = new ResticRepository(standInSetup);
        RepositoryLocation bigLocation = RepositoryLocation.parse("restic:" + dir.resolve("big")).orElseThrow();

        Inventory listed = vigie.scan(bigLocation, access, ScanProgress.NONE);
        Files.deleteIfExists(calls);
        vigie.scan(bigLocation, access, ScanProgress.NONE);
        List<String> perListing = Files.readAllLines(calls);
        double[] adapter = time(() -> vigie.scan(bigLocation, access, ScanProgress.NONE));

        var workspace = new dev.vigie.workspace.Workspace(dir.resolve("vigie-data"), new LocalScanner(),
                new DriveScanner(DriveEndpoint.of(dir.resolve("vigie-data"), Map.of(), Optional.empty())),
                standInSetup, Clock.systemUTC(), "bench");
        var location = "restic:" + dir.resolve("big");
        dev.vigie.store.Store.open(dir.resolve("vigie-data")).close();
        try (var store = dev.vigie.store.Store.open(dir.resolve("vigie-data"))) {
            store.sources().add(new dev.vigie.backup.SourceRef("big", location,
                    Optional.of(dev.vigie.backup.Layout.RESTIC_REPOSITORY)), Instant.now(), Optional.of(access));
        }
        double[] recorded = time(() -> workspace.scan("big", Optional.empty(), ZoneOffset.UTC, Instant.now(),
                ScanProgress.NONE));

        double[] resticAlone = time(() -> {
            try {
                Process p = direct.start();
                p.getInputStream().readAllBytes();
                return p.waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        ResticRepository throughReal = new ResticRepository(realSetup);
        double[] vigieReal = time(() -> throughReal.scan(realLocation, access, ScanProgress.NONE));

        System.out.printf(Locale.ROOT, "snapshots listed: %,d (%,d bytes of restic's JSON); restic calls per listing:"
                + " %d (%s)%n", listed.backups().size(), Files.size(big), perListing.size(), perListing);
        System.out.printf(Locale.ROOT, "Vigie's own time for 10,000 snapshots (stand-in restic = cat of the JSON): "
                + "median %.0f ms (min %.0f, max %.0f); target under %.0f ms; ratio to target %.2f%n",
                median(adapter), adapter[0], adapter[RUNS - 1], TARGET_MS, median(adapter) / TARGET_MS);
        System.out.printf(Locale.ROOT, "  and recorded in the history (vigie scan NAME, SQLite): median %.0f ms%n",
                median(recorded));
        System.out.printf(Locale.ROOT, "real restic 0.14 'snapshots --json --no-lock', 3-snapshot repository: median"
                + " %.0f ms; Vigie's scan through it: median %.0f ms (Vigie on top: %.0f ms; ratio %.2f)%n",
                median(resticAlone), median(vigieReal), median(vigieReal) - median(resticAlone),
                median(vigieReal) / median(resticAlone));
    }

    /** Restic's own objects, repeated with new ids and one hour apart. */
    private static String tenThousand(String captured, Instant start) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode real = json.readTree(captured);
        ArrayNode all = json.createArrayNode();
        for (int i = 0; i < SNAPSHOTS; i++) {
            ObjectNode copy = ((ObjectNode) real.get(i % real.size())).deepCopy();
            String id = sha256("snapshot " + i);
            copy.put("id", id);
            copy.put("short_id", id.substring(0, 8));
            copy.put("time", start.plus(Duration.ofHours(i)).toString());
            if (i > 0) {
                copy.put("parent", sha256("snapshot " + (i - 1)));
            }
            all.add(copy);
        }
        return json.writeValueAsString(all);
    }

    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
