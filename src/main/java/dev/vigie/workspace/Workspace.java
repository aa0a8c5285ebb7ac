package dev.vigie.workspace;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import dev.vigie.demo.DemoSource;
import dev.vigie.demo.DemoWorkspace;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.store.RecordedScan;
import dev.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's registered sources and their history, as both faces use them: register a folder, scan a source and
 * record what it found, list sources with their last scan, open the demo. Synchronous; each call opens the
 * database for its own short transaction, so the window and the command line can run at once.
 */
public final class Workspace {

    /** The demo's folder inside the data directory. */
    public static final String DEMO_FOLDER = "demo";

    private final Path dataDir;
    private final LocalScanner scanner;

    public Workspace(Path dataDir, LocalScanner scanner) {
        this.dataDir = dataDir;
        this.scanner = scanner;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The layout Vigie recognises in a folder (reads names only). */
    public Layout recognise(Path folder) {
        return scanner.recognise(folder);
    }

    public List<SourceSummary> sources() {
        try (Store store = Store.open(dataDir)) {
            List<SourceSummary> all = new ArrayList<>();
            for (SourceRef ref : store.sources().list()) {
                all.add(new SourceSummary(ref, store.history().latestScan(ref.name())));
            }
            return all;
        }
    }

    /** Registers a folder; it must exist and be a folder. The path is kept absolute. */
    public SourceRef add(String name, Path folder, Optional<Layout> layout) {
        scanner.recognise(folder); // throws a clear InputProblem for a missing path or a file
        SourceRef ref = new SourceRef(name.strip(), folder.toAbsolutePath().normalize().toString(), layout);
        try (Store store = Store.open(dataDir)) {
            store.sources().add(ref);
        }
        return ref;
    }

    public void rename(String oldName, String newName) {
        try (Store store = Store.open(dataDir)) {
            store.sources().rename(oldName, newName.strip());
        }
    }

    public boolean remove(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.sources().remove(name);
        }
    }

    public Optional<SourceRef> find(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.sources().find(name);
        }
    }

    /**
     * How the user said the source is backed up ({@link SourceSettings#DEFAULTS} when nothing).
     *
     * @throws InputProblem when no source is named {@code name}
     */
    public SourceSettings settings(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.sources().settings(name);
        }
    }

    /** Every source's settings, by name. */
    public Map<String, SourceSettings> allSettings() {
        try (Store store = Store.open(dataDir)) {
            return store.sources().allSettings();
        }
    }

    /**
     * Replaces the source's settings as a whole. The schedule is stored as written; it is read when the source is
     * checked.
     *
     * @throws InputProblem when no source is named {@code name}
     */
    public void saveSettings(String name, SourceSettings settings) {
        try (Store store = Store.open(dataDir)) {
            store.sources().saveSettings(name, settings);
        }
    }

    /**
     * Scans a registered source and records the result in its history, in one transaction. The scan itself holds
     * no database lock: only the short write at the end does.
     *
     * @param layout a layout for this scan only; empty uses the source's own (or recognises it)
     */
    public Inventory scan(String name, Optional<Layout> layout, ZoneId zone, Instant now, ScanProgress progress) {
        SourceRef ref = find(name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
        Inventory inventory = scanner.scan(Path.of(ref.location()),
                layout.isPresent() ? layout : ref.layout(), zone, now, progress);
        try (Store store = Store.open(dataDir)) {
            store.history().record(ref.name(), inventory, now);
        }
        return inventory;
    }

    public List<SeenBackup> history(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.history().history(name);
        }
    }

    public Optional<RecordedScan> latestScan(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.history().latestScan(name);
        }
    }

    /**
     * Opens the demo workspace: writes it into the data directory the first time, registers its sources (those
     * not registered yet) and scans each, so its history starts at once.
     *
     * @return the names of the demo's sources
     */
    public List<String> openDemo(Instant now, ZoneId zone, ScanProgress progress) {
        Path folder = dataDir.resolve(DEMO_FOLDER);
        List<DemoSource> demoSources = isEmptyOrMissing(folder)
                ? DemoWorkspace.create(folder, now, zone).sources()
                : DemoWorkspace.describe(folder);
        List<String> names = new ArrayList<>();
        for (DemoSource demo : demoSources) {
            if (!Files.isDirectory(demo.path())) {
                continue;
            }
            if (find(demo.name()).isEmpty()) {
                add(demo.name(), demo.path(), Optional.of(demo.layout()));
            }
            scan(demo.name(), Optional.empty(), zone, now, progress);
            names.add(demo.name());
        }
        return names;
    }

    private static boolean isEmptyOrMissing(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new InputProblem(e, "error.path.unreadable", folder.toString(), String.valueOf(e.getMessage()));
        }
    }
}
