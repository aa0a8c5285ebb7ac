package dev.vigie.store;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.TimeSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The other process of {@link TwoProcessesTest}: registers a source and records scans of it, each through a store
 * opened for that scan alone, as the command line does. Waits for "go" on its input before starting, so that both
 * processes begin together, the first migration included.
 */
public final class ConcurrentWriter {

    static final Instant FIRST_BACKUP = Instant.parse("2026-11-01T01:00:00Z");

    private ConcurrentWriter() {
    }

    /** Arguments: the data folder, the source's name, the number of scans. */
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        warmUp();
        System.out.println("ready");
        System.out.flush();
        if (!"go".equals(in.readLine())) {
            System.exit(4);
        }
        writeAll(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
        System.out.println("done");
    }

    /** Loads SQLite's native library, which takes long enough for the other process to be done migrating. */
    static void warmUp() throws SQLException {
        DriverManager.getConnection("jdbc:sqlite::memory:").close();
    }

    /** Scan {@code i} finds backups 0 to {@code i}, one a day, so the history ends with {@code scans} sets. */
    static void writeAll(Path dataDir, String source, int scans) {
        try (Store store = Store.open(dataDir)) {
            store.sources().add(new SourceRef(source, "/backups/" + source, Optional.of(Layout.DATED_SNAPSHOTS)));
        }
        for (int i = 0; i < scans; i++) {
            List<BackupSet> sets = new ArrayList<>();
            for (int d = 0; d <= i; d++) {
                Instant time = FIRST_BACKUP.plusSeconds(86_400L * d);
                sets.add(new BackupSet(time, "daily." + (i - d), List.of("daily." + (i - d)), 1000L + d, 10,
                        TimeSource.MTIME, Map.of()));
            }
            Inventory inventory = new Inventory("/backups/" + source, Layout.DATED_SNAPSHOTS, sets, List.of(), 10);
            try (Store store = Store.open(dataDir)) {
                store.history().record(source, inventory, FIRST_BACKUP.plusSeconds(86_400L * i + 3600));
                store.history().history(source);
            }
        }
    }
}
