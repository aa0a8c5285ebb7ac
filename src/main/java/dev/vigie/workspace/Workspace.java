package dev.vigie.workspace;

import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceNames;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import dev.vigie.consent.Contact;
import dev.vigie.demo.DemoLedger;
import dev.vigie.demo.DemoSource;
import dev.vigie.demo.DemoWorkspace;
import dev.vigie.health.HealthAnalysis;
import dev.vigie.health.HealthReport;
import dev.vigie.health.SourceCopy;
import dev.vigie.health.ThreeTwoOne;
import dev.vigie.health.ThreeTwoOneAssessment;
import dev.vigie.io.OwnerOnly;
import dev.vigie.io.Reasons;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.backup.Severity;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveFolderRef;
import dev.vigie.source.drive.DriveListing;
import dev.vigie.source.drive.DriveScanner;
import dev.vigie.source.borg.BorgRepository;
import dev.vigie.source.borg.BorgRestorer;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.restore.FreeSpace;
import dev.vigie.restore.Restorer;
import dev.vigie.source.restic.ResticRepository;
import dev.vigie.source.restic.ResticRestorer;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.source.tool.ToolSetup;
import dev.vigie.store.RecordedScan;
import dev.vigie.store.Store;
import dev.vigie.verify.Verifier;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.verify.VerifyProgress;
import dev.vigie.verify.VerifyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The user's registered sources and their history, as both faces use them: register a folder, scan a source and
 * record what it found, list sources with their last scan, open the demo. Synchronous; each call opens the
 * database for its own short transaction, so the window and the command line can run at once.
 */
public final class Workspace {

    /** The finding of a source whose file contents Vigie cannot read (a Google Drive folder). */
    public static final String NOT_VERIFIED = "not-verified";

    /** The demo's folder inside the data directory. */
    public static final String DEMO_FOLDER = "demo";
    /** In the data folder: the whole addresses of repositories whose address holds a password, owner-only. */
    public static final String ADDRESSES_FOLDER = "repositories";

    private final Path dataDir;
    private final LocalScanner scanner;
    private final DriveScanner drive;
    private final ToolSetup tools;
    private final Clock clock;
    private final String actor;

    /**
     * Drive reached at Google's endpoint, with the process environment's token if it has one; the audit log timed by
     * the system clock and naming the operating-system user.
     */
    public Workspace(Path dataDir, LocalScanner scanner) {
        this(dataDir, scanner, new DriveScanner(DriveEndpoint.of(dataDir, System.getenv(), Optional.empty())),
                Clock.systemUTC(), osUser());
    }

    /** Drive as for {@link #Workspace(Path, LocalScanner)}; the audit log timed and signed as given. */
    public Workspace(Path dataDir, LocalScanner scanner, Clock auditClock, String actor) {
        this(dataDir, scanner, new DriveScanner(DriveEndpoint.of(dataDir, System.getenv(), Optional.empty())),
                auditClock, actor);
    }

    /**
     * @param auditClock times the audit log's entries and the scans recorded in the history (never a what-if
     *                   {@code now})
     * @param actor      who the audit log names for what this workspace does
     */
    public Workspace(Path dataDir, LocalScanner scanner, DriveScanner drive, Clock auditClock, String actor) {
        this(dataDir, scanner, drive, ToolSetup.system(System.getenv()), auditClock, actor);
    }

    /** @param tools how restic and borg are run for repository sources */
    public Workspace(Path dataDir, LocalScanner scanner, DriveScanner drive, ToolSetup tools, Clock auditClock,
                     String actor) {
        this.dataDir = dataDir;
        this.scanner = scanner;
        this.drive = drive;
        this.tools = tools;
        this.clock = auditClock;
        this.actor = actor;
    }

    public DriveScanner drive() {
        return drive;
    }

    /** The operating-system user running Vigie, as the audit log names them. */
    public static String osUser() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "unknown" : user;
    }

    /** The consent ledger and the audit log. */
    public Ledger ledger() {
        return new Ledger(dataDir, clock, actor);
    }

    /** Restore checklists: write, keep, tick and sign off. */
    public RestoreChecklists checklists() {
        return new RestoreChecklists(this, scanner, clock, actor);
    }

    /** Restore drills: run, record, list, and when the next is due. */
    public Drills drills() {
        return drills(FreeSpace.DISK);
    }

    /** Restore drills, with the sandbox's free space measured by {@code freeSpace} (a test's probe). */
    public Drills drills(FreeSpace freeSpace) {
        return new Drills(this, clock, actor, freeSpace);
    }

    /** Imported WhatsApp chat exports: import, list, remove, and what their deleted messages' backups hold. */
    public ChatExports chats() {
        return new ChatExports(this, clock, actor);
    }

    /** Alert channels, and alerting after a check, delivered by {@code notifier}. */
    public Alerts alerts(dev.vigie.notify.Notifier notifier) {
        return new Alerts(this, notifier, clock, actor);
    }

    /** The scheduled check registered with the operating system through {@code scheduler}. */
    public Watch watch(dev.vigie.notify.WatchScheduler scheduler) {
        return new Watch(this, scheduler);
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

    /**
     * The registered sources that already watch this folder, by the same path or another path to it. A second
     * registration is allowed (two schedules on one folder can make sense), but its backups then count twice.
     */
    public List<String> alsoWatching(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try (Store store = Store.open(dataDir)) {
            return store.sources().list().stream().filter(other -> sameFolder(other.location(), absolute))
                    .map(SourceRef::name).toList();
        }
    }

    private static boolean sameFolder(String location, Path folder) {
        if (location.equals(folder.toString())) {
            return true;
        }
        try {
            Path other = Path.of(location);
            return Files.exists(other) && Files.isSameFile(other, folder);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false;
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

    /**
     * Registers a Google Drive folder ({@code gdrive:ID}, a folder link or an id); it must be a folder this account
     * can see. Kept as {@code gdrive:ID}.
     */
    public SourceRef addDrive(String name, String folder, Optional<Layout> layout) {
        String id = drive.folder(folder);
        SourceRef ref = new SourceRef(name.strip(), DriveFolderRef.location(id), layout);
        try (Store store = Store.open(dataDir)) {
            store.sources().add(ref);
        }
        return ref;
    }

    /**
     * Registers a restic or borg repository ({@code restic:REPO}, {@code borg:REPO}) after listing it once with the
     * tool, so that a wrong password or address is said now rather than at the first scan.
     *
     * @throws InputProblem when the location names no repository or the tool cannot list it
     */
    public SourceRef addRepository(String name, String location, RepositoryAccess access) {
        SourceNames.check(name.strip());
        RepositoryLocation where = repositoryLocation(location);
        checkAccessFits(where, access);
        scanRepository(where, access, ScanProgress.NONE);
        // A password in the address stays out of the database, the audit log and every output: the whole address
        // is kept aside in an owner-only file, which the tool is given.
        SourceRef ref = new SourceRef(name.strip(), where.location(), Optional.of(where.layout()));
        try (Store store = Store.open(dataDir)) {
            store.sources().add(ref, clock.instant(), Optional.of(access));
        }
        if (where.hasPassword()) {
            try {
                OwnerOnly.write(addressFile(ref.name()), where.repository().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                remove(ref.name());
                throw new InputProblem(e, "error.repo.keepAddress", addressFile(ref.name()).toString(),
                        Reasons.of(e));
            }
        }
        return ref;
    }

    /** A registered repository, at its whole address when a password in it was kept aside. */
    private RepositoryLocation repository(SourceRef ref) {
        RepositoryLocation where = repositoryLocation(ref.location());
        Path kept = addressFile(ref.name());
        if (!Files.isRegularFile(kept)) {
            return where;
        }
        try {
            return where.at(Files.readString(kept, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new InputProblem(e, "error.repo.keptAddress", kept.toString(), Reasons.of(e));
        }
    }

    /** Where the whole address of a repository whose address holds a password is kept. */
    private Path addressFile(String source) {
        return dataDir.resolve(ADDRESSES_FOLDER).resolve(source + ".address");
    }

    /** Lists a repository without registering it: what the window's "Test" button shows. */
    public Inventory testRepository(String location, RepositoryAccess access, ScanProgress progress) {
        RepositoryLocation where = repositoryLocation(location);
        checkAccessFits(where, access);
        return scanRepository(where, access, progress);
    }

    /** How a repository source is opened ({@link RepositoryAccess#DEFAULTS} for any other source). */
    public RepositoryAccess repositoryAccess(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.sources().access(name);
        }
    }

    private static RepositoryLocation repositoryLocation(String location) {
        return RepositoryLocation.parse(location).orElseThrow(() -> new InputProblem("error.repo.badLocation",
                RepositoryLocation.withoutPassword(location)));
    }

    /** restic's filters are restic's, borg's prefix is borg's: one given to the other tool is refused. */
    private static void checkAccessFits(RepositoryLocation where, RepositoryAccess access) {
        if (where.isRestic() && access.prefix().isPresent()) {
            throw new InputProblem("error.repo.optionFor", "--prefix", "borg");
        }
        if (!where.isRestic() && (access.host().isPresent() || access.path().isPresent()
                || access.tag().isPresent())) {
            throw new InputProblem("error.repo.optionFor", "--host, --path, --tag", "restic");
        }
    }

    private Inventory scanRepository(RepositoryLocation where, RepositoryAccess access, ScanProgress progress) {
        return where.isRestic() ? new ResticRepository(tools).scan(where, access, progress)
                : new BorgRepository(tools).scan(where, access, progress);
    }

    /** The restorer of a restic or borg source: the tool itself restores, read-only on the repository. */
    Restorer repositoryRestorer(SourceRef ref) {
        RepositoryLocation where = repository(ref);
        RepositoryAccess access = repositoryAccess(ref.name());
        return where.isRestic() ? new ResticRestorer(new ResticRepository(tools), where, access)
                : new BorgRestorer(new BorgRepository(tools), where, access);
    }

    /** Scans a registered source, with its repository access when it is a restic or borg repository. */
    Inventory scanSource(SourceRef ref, Optional<Layout> layout, ZoneId zone, Instant now,
                        ScanProgress progress) {
        if (RepositoryLocation.isRepository(ref.location())) {
            return scanRepository(repository(ref), repositoryAccess(ref.name()), progress);
        }
        return scanLocation(ref.location(), layout, zone, now, progress);
    }

    /** Scans a stored location: a Drive folder ({@code gdrive:ID}) or a local folder. */
    public Inventory scanLocation(String location, Optional<Layout> layout, ZoneId zone, Instant now,
                                  ScanProgress progress) {
        if (DriveFolderRef.isDrive(location)) {
            return drive.scan(location, layout, zone, now, progress);
        }
        return scanner.scan(Path.of(location), layout, zone, now, progress);
    }

    /**
     * Compares the backups of a local source (a registered name or a folder) with their copies in a Drive source
     * (a registered name or a Drive folder): same name, then size and MD5. Nothing is recorded.
     */
    public CloudComparison compareCloud(String local, String cloud, ZoneId zone, Instant now, ScanProgress progress) {
        Optional<SourceRef> localRef = find(local);
        Path folder = Path.of(localRef.map(SourceRef::location).orElse(local));
        if (DriveFolderRef.isDrive(folder.toString())) {
            throw new InputProblem("error.drive.compareLocal", local);
        }
        Inventory localInventory = scanner.scan(folder, localRef.flatMap(SourceRef::layout), zone, now, progress);
        Optional<SourceRef> cloudRef = find(cloud);
        String location = cloudRef.map(SourceRef::location).orElse(cloud);
        if (DriveFolderRef.parse(location).isEmpty()) {
            throw new InputProblem("error.drive.badFolder", cloud);
        }
        DriveListing listing = drive.list(location, progress);
        Inventory cloudInventory = drive.inventory(listing, cloudRef.flatMap(SourceRef::layout), zone, now, progress);
        return new CloudComparison(local, cloudInventory.source(),
                CloudComparison.compare(localInventory, cloudInventory, listing));
    }

    public void rename(String oldName, String newName) {
        try (Store store = Store.open(dataDir)) {
            store.sources().rename(oldName, newName.strip());
        }
        Path kept = addressFile(oldName);
        if (Files.exists(kept)) {
            try {
                Files.move(kept, addressFile(newName.strip()));
            } catch (IOException e) {
                throw new InputProblem(e, "error.repo.keptAddress", kept.toString(), Reasons.of(e));
            }
        }
    }

    /** Forgets a source and its history, and records that in the audit log. The folder is not touched. */
    public boolean remove(String name) {
        boolean removed;
        try (Store store = Store.open(dataDir)) {
            removed = store.sources().remove(name, new AuditStamp(actor, clock.instant()));
        }
        try {
            Files.deleteIfExists(addressFile(name));
        } catch (IOException e) {
            throw new InputProblem(e, "error.repo.keptAddress", addressFile(name).toString(), Reasons.of(e));
        }
        return removed;
    }

    /**
     * The zone a command reads and shows a source's times in when the user gives none: the source's own, else
     * {@code fallback} (the user's). One rule for every command and the window.
     */
    public ZoneId zoneOf(String source, ZoneId fallback) {
        return find(source).flatMap(ref -> settings(ref.name()).zone()).orElse(fallback);
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

    /**
     * The schedule Vigie would guess for a source from its history and layout, whatever is stored: what the settings
     * dialog shows and pre-fills.
     */
    public String guessedSchedule(String name, ZoneId userZone) {
        try (Store store = Store.open(dataDir)) {
            SourceRef ref = store.sources().find(name)
                    .orElseThrow(() -> new InputProblem("error.source.unknown", name));
            ZoneId zone = store.sources().settings(name).zone().orElse(userZone);
            Layout layout = store.history().latestScan(name).map(RecordedScan::layout)
                    .or(ref::layout).orElse(Layout.GENERIC);
            List<Instant> times = store.history().history(name).stream().map(b -> b.backup().time()).toList();
            return Schedules.defaultFor(layout, times, zone).expression();
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
        Inventory inventory = scanSource(ref, layout.isPresent() ? layout : ref.layout(), zone, now, progress);
        try (Store store = Store.open(dataDir)) {
            // now is a what-if for judgements; the history records when the scan really ran.
            store.history().record(ref.name(), inventory, clock.instant());
        }
        return inventory;
    }

    public List<SeenBackup> history(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.history().history(name);
        }
    }

    /**
     * A registered source as the simulator sees it: its whole recorded history, its layout as last scanned and its
     * settings.
     *
     * @throws InputProblem for an unknown source
     */
    public SimulationSource simulationSource(String name) {
        SourceRef ref = find(name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
        List<ObservedBackup> backups = history(ref.name()).stream().map(seen -> SimulationSource.observed(seen.backup()))
                .toList();
        Layout layout = latestScan(ref.name()).map(RecordedScan::layout).or(ref::layout).orElse(Layout.GENERIC);
        return new SimulationSource(backups, layout, settings(ref.name()));
    }

    /** A folder scanned now, not recorded, as the simulator sees it. */
    public SimulationSource simulationSource(Path folder, ZoneId zone, Instant now, ScanProgress progress) {
        Inventory inventory = scanner.scan(folder, Optional.empty(), zone, now, progress);
        return new SimulationSource(inventory.backups().stream().map(SimulationSource::observed).toList(),
                inventory.layout(), SourceSettings.DEFAULTS);
    }

    public Optional<RecordedScan> latestScan(String name) {
        try (Store store = Store.open(dataDir)) {
            return store.history().latestScan(name);
        }
    }

    /**
     * Checks a registered source: scans it and records the scan, judges its whole history against its schedule
     * (given, stored, or inferred from the backups) and verifies the files it holds now. A folder that cannot be
     * scanned gives a health without report (monitoring's UNKNOWN) rather than an exception.
     *
     * @param userZone the zone of the user, for whatever the options and the settings leave open
     * @throws InputProblem for an unknown source or a schedule that cannot be read
     */
    public SourceHealth check(String name, CheckOptions options, ZoneId userZone, Instant now,
                              CheckProgress progress) {
        SourceRef ref;
        SourceSettings settings;
        try (Store store = Store.open(dataDir)) {
            ref = store.sources().find(name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
            settings = store.sources().settings(name);
        }
        ZoneId zone = options.zone().or(settings::zone).orElse(userZone);
        Inventory inventory;
        try {
            inventory = scanSource(ref, ref.layout(), zone, now, scanProgress(progress));
        } catch (InputProblem problem) {
            return new SourceHealth(ref, Optional.empty(), Optional.of(problem));
        }
        List<BackupSet> history;
        Instant watchedSince;
        try (Store store = Store.open(dataDir)) {
            // now is a what-if for judgements; the history records when the scan really ran.
            store.history().record(ref.name(), inventory, clock.instant());
            history = store.history().history(name).stream().map(SeenBackup::backup).toList();
            watchedSince = store.sources().addedAt(name).orElse(now);
        }
        Schedule schedule = schedule(inventory.layout(), settings, options, zone, history);
        HealthReport report = HealthAnalysis.analyse(history, schedule, watchedSince, now);
        report = report.withFindings(drills().overdue(ref.name(), now).stream().toList());
        if (RepositoryLocation.isRepository(ref.location())) {
            try {
                return new SourceHealth(ref, Optional.of(report.withFindings(verifyRepository(ref, inventory,
                        options.verify(), now, scanProgress(progress)))), Optional.empty());
            } catch (InputProblem problem) {
                return new SourceHealth(ref, Optional.empty(), Optional.of(problem));
            }
        }
        return new SourceHealth(ref, Optional.of(withVerification(report, inventory, options, now, progress)),
                Optional.empty());
    }

    /** The tool's own verification of a repository, at the depth asked. */
    private List<Finding> verifyRepository(SourceRef ref, Inventory inventory, VerifyDepth depth, Instant now,
                                           ScanProgress progress) {
        RepositoryLocation where = repository(ref);
        RepositoryAccess access = repositoryAccess(ref.name());
        return where.isRestic() ? new ResticRepository(tools).verify(where, access, depth, now, progress)
                : new BorgRepository(tools).verify(where, access, inventory.backups(), depth, now, progress);
    }

    /**
     * Checks a folder that is not registered: its backups now are its whole history, and the schedule comes from
     * the options or is inferred. Nothing is recorded.
     */
    public SourceHealth checkFolder(Path folder, CheckOptions options, ZoneId userZone, Instant now,
                                    CheckProgress progress) {
        ZoneId zone = options.zone().orElse(userZone);
        SourceRef ref = new SourceRef(folder.toString(), folder.toAbsolutePath().normalize().toString(),
                Optional.empty());
        Inventory inventory;
        try {
            inventory = scanner.scan(folder, Optional.empty(), zone, now, scanProgress(progress));
        } catch (InputProblem problem) {
            return new SourceHealth(ref, Optional.empty(), Optional.of(problem));
        }
        List<BackupSet> history = inventory.backups();
        Instant watchedSince = history.isEmpty() ? now : history.get(0).time();
        Schedule schedule = schedule(inventory.layout(), SourceSettings.DEFAULTS, options, zone, history);
        HealthReport report = HealthAnalysis.analyse(history, schedule, watchedSince, now);
        return new SourceHealth(ref, Optional.of(withVerification(report, inventory, options, now, progress)),
                Optional.empty());
    }

    /** A registered source's health from its history alone: no scan, no verification (for the timeline). */
    public HealthReport analyse(String name, ZoneId userZone, Instant now) {
        try (Store store = Store.open(dataDir)) {
            SourceRef ref = store.sources().find(name)
                    .orElseThrow(() -> new InputProblem("error.source.unknown", name));
            SourceSettings settings = store.sources().settings(name);
            ZoneId zone = settings.zone().orElse(userZone);
            List<SeenBackup> seen = store.history().history(name);
            List<BackupSet> history = seen.stream().map(SeenBackup::backup).toList();
            Layout layout = store.history().latestScan(name).map(RecordedScan::layout)
                    .or(ref::layout).orElse(Layout.GENERIC);
            Schedule schedule = schedule(layout, settings, CheckOptions.verifying(VerifyDepth.QUICK), zone, history);
            HealthReport report = HealthAnalysis.analyse(history, schedule,
                    store.sources().addedAt(name).orElse(now), now);
            // The same findings as a check's: a flagged backup (an unencrypted iPhone backup, a bad WhatsApp
            // trailer) is found by the file checks, not by the history, and the timeline draws it in red.
            List<BackupSet> present = seen.stream().filter(SeenBackup::inLatestScan).map(SeenBackup::backup)
                    .toList();
            if (present.isEmpty() || DriveFolderRef.isDrive(ref.location())) {
                return report;
            }
            try {
                Inventory current = new Inventory(ref.location(), layout, present, List.of(), 0);
                return withVerification(report, current, CheckOptions.verifying(VerifyDepth.QUICK), now,
                        CheckProgress.NONE);
            } catch (InputProblem unreadable) {
                return report; // the folder is gone or unreadable now: the history still says what it saw
            }
        }
    }

    /**
     * The 3-2-1 rule across every registered source: how many places hold the same backup, on how many kinds of
     * media, and whether one is off-site. A source whose media the user did not give counts as a local disk, the
     * cautious guess: it never makes the rule look met when it is not.
     */
    public ThreeTwoOneAssessment threeTwoOne() {
        try (Store store = Store.open(dataDir)) {
            Map<String, SourceSettings> settings = store.sources().allSettings();
            List<SourceCopy> copies = new ArrayList<>();
            for (SourceRef ref : store.sources().list()) {
                SourceSettings s = settings.getOrDefault(ref.name(), SourceSettings.DEFAULTS);
                List<BackupSet> backups = store.history().history(ref.name()).stream().map(SeenBackup::backup)
                        .toList();
                copies.add(new SourceCopy(ref.name(), backups, s.media().orElse(MediaKind.LOCAL_DISK),
                        s.offsite()));
            }
            return ThreeTwoOne.assess(copies);
        }
    }

    /** The schedule a check judges by: the option's, else the stored one, else the layout's default or a guess. */
    private static Schedule schedule(Layout layout, SourceSettings settings, CheckOptions options, ZoneId zone,
                                     List<BackupSet> history) {
        Optional<Duration> grace = options.grace().or(settings::grace);
        Optional<String> expression = options.schedule().or(settings::schedule);
        if (expression.isPresent()) {
            return Schedules.parse(expression.get(), zone, grace);
        }
        Schedule guessed = Schedules.defaultFor(layout, history.stream().map(BackupSet::time).toList(), zone);
        return grace.map(g -> Schedules.withGrace(guessed, g)).orElse(guessed);
    }

    /** Adds what the file checks found; a problem both the analysis and the files show is told once. */
    private static HealthReport withVerification(HealthReport report, Inventory inventory, CheckOptions options,
                                                 Instant now, CheckProgress progress) {
        if (DriveFolderRef.isDrive(inventory.source())) {
            // The metadata-only scope shows no file content: say so rather than fail or pretend.
            return report.withFindings(List.of(Finding.of(Severity.INFO, NOT_VERIFIED, null, "")));
        }
        VerifyReport verified = new Verifier(options.jobs()).verify(Path.of(inventory.source()), inventory.backups(),
                options.verify(), now, new VerifyProgress() {
                    @Override
                    public void bytesDone(long done, long total) {
                        progress.bytesVerified(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
        Set<String> known = new HashSet<>();
        report.findings().forEach(f -> known.add(f.code() + "|" + f.path()));
        List<Finding> added = verified.findings().stream()
                .filter(f -> known.add(f.code() + "|" + f.path())).toList();
        return report.withFindings(added);
    }

    private static ScanProgress scanProgress(CheckProgress progress) {
        return new ScanProgress() {
            @Override
            public void filesSeen(long count) {
                progress.filesSeen(count);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
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
        seedDemoLedger(now, zone);
        return names;
    }

    /** The demo's five contacts, written once into an empty ledger; a ledger that holds anything is left alone. */
    private void seedDemoLedger(Instant now, ZoneId zone) {
        Ledger ledger = ledger();
        if (!ledger.contacts(now).isEmpty()) {
            return;
        }
        for (DemoLedger.DemoContact demo : DemoLedger.contacts(now)) {
            Contact contact = ledger.addContact(new ContactDraft(Optional.empty(), demo.name(), demo.phone(),
                    Optional.of(demo.conversation()), Optional.empty()), Optional.of("FR"));
            for (DemoLedger.DemoConsent consent : demo.consents()) {
                ledger.grant(contact.id(), consent.purpose(), consent.grantedAt(), consent.method(), Optional.empty());
                consent.withdrawnAt().ifPresent(w -> ledger.withdraw(contact.id(), consent.purpose(), w));
            }
            demo.erasureReceived().ifPresent(at -> ledger.addErasure(contact.id(), at, Optional.empty(), zone));
        }
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
