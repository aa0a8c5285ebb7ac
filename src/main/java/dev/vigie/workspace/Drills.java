package dev.vigie.workspace;

import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SourceRef;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillCancelledException;
import dev.vigie.drill.DrillKind;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.drill.DrillPolicy;
import dev.vigie.drill.DrillProgress;
import dev.vigie.drill.RestoreTestRule;
import dev.vigie.io.Reasons;
import dev.vigie.restore.DrillRunner;
import dev.vigie.restore.FreeSpace;
import dev.vigie.restore.LocalRestorer;
import dev.vigie.restore.Restorer;
import dev.vigie.restore.RestoreReport;
import dev.vigie.source.drive.DriveFolderRef;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.store.DrillRepository;
import dev.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Restore drills as both faces use them: run an automatic drill on a source, start and sign off a hands-on one from
 * a checklist, list them, and say when the next is due. Every drill is recorded in the source's history and in the
 * audit log, timed and signed by this workspace's clock and user; a cancelled drill records nothing.
 */
public final class Drills {

    /** The folder inside the data directory where sandboxes are made, unless told otherwise. */
    public static final String SANDBOX_FOLDER = "drills";

    /**
     * What to restore, and where.
     *
     * @param backup  the backup's name; empty for the newest
     * @param percent the share of its files to restore, 1 to 100
     * @param into    the folder to make the sandbox in; empty for the data directory's {@value #SANDBOX_FOLDER}
     * @param seed    draws the sample of files
     */
    public record Request(Optional<String> backup, int percent, Optional<Path> into, long seed) {

        public Request {
            if (percent < 1 || percent > 100) {
                throw new InputProblem("error.drill.sample", String.valueOf(percent));
            }
        }

        /** The newest backup, whole, in the data directory. */
        public static Request latestWhole() {
            return new Request(Optional.empty(), 100, Optional.empty(), 0);
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final String actor;
    private final FreeSpace freeSpace;

    Drills(Workspace workspace, Clock clock, String actor, FreeSpace freeSpace) {
        this.workspace = workspace;
        this.clock = clock;
        this.actor = actor;
        this.freeSpace = freeSpace;
    }

    /**
     * Restores a backup of a registered source into a sandbox, checks it, deletes the sandbox and records the drill.
     *
     * @param zone and {@code now} date the backups as the scan reads them; the drill itself is timed by the clock
     * @throws InputProblem            unknown source or backup, a source whose contents cannot be read, no room
     * @throws DrillCancelledException when cancelled; nothing is recorded
     */
    public Drill run(String name, Request request, ZoneId zone, Instant now, DrillProgress progress) {
        SourceRef ref = workspace.find(name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
        if (DriveFolderRef.isDrive(ref.location())) {
            throw new InputProblem("error.drill.drive", ref.name());
        }
        Optional<RepositoryLocation> repository = RepositoryLocation.parse(ref.location());
        // A local repository is a folder the sandbox must stay out of; a remote one has no folder here.
        Optional<Path> root = repository.isEmpty() ? Optional.of(Path.of(ref.location()))
                : repository.filter(RepositoryLocation::isLocal).map(r -> Path.of(r.repository()));
        Inventory inventory = workspace.scanSource(ref, ref.layout(), zone, now, scanProgress(progress));
        BackupSet backup = chosen(inventory, request.backup(), ref.name());
        Path parent = sandboxParent(request.into(), root);
        Restorer restorer = repository.isPresent() ? workspace.repositoryRestorer(ref) : new LocalRestorer(root.get());
        RestoreReport report = new DrillRunner(freeSpace, clock).run(restorer, backup, request.percent(),
                request.seed(), parent, progress);
        if (progress.isCancelled()) {
            throw new DrillCancelledException();
        }
        Drill drill = new Drill(ref.name(), DrillKind.AUTOMATIC, root.filter(this::isDemo).isPresent(), report.backup(), actor,
                report.startedAt(), report.duration(), report.outcome(), report.filesIntact(),
                report.bytesRestored(), report.findings(), "");
        try (Store store = Store.open(workspace.dataDir())) {
            store.drills().record(drill, new AuditStamp(actor, clock.instant()));
        }
        return drill;
    }

    /** The finished drills of a source, newest first. */
    public List<Drill> list(String name) {
        try (Store store = Store.open(workspace.dataDir())) {
            store.sources().find(name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
            return store.drills().list(name);
        }
    }

    /** Every finished drill, newest first: the trainer's summary of a class. */
    public List<Drill> all() {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().all();
        }
    }

    /** The newest drill of the source that counts as a restore test. */
    public Optional<Drill> lastTest(String name) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().lastTest(name);
        }
    }

    public DrillPolicy policy(String name) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().policy(name);
        }
    }

    public Map<String, DrillPolicy> allPolicies() {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().allPolicies();
        }
    }

    public DrillPolicy updatePolicy(String name, UnaryOperator<DrillPolicy> change) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().updatePolicy(name, change);
        }
    }

    /** The {@code restore-test-overdue} finding of a source at {@code now}, if its restore test is overdue. */
    public Optional<Finding> overdue(String name, Instant now) {
        try (Store store = Store.open(workspace.dataDir())) {
            DrillPolicy policy = store.drills().policy(name);
            Optional<Instant> last = store.drills().lastTest(name).map(Drill::endedAt);
            Instant since = store.sources().addedAt(name).orElse(now);
            return RestoreTestRule.overdue(policy, last, since, now);
        }
    }

    /** Starts a hands-on drill on a saved checklist of a registered source; practice when it is a training run. */
    public DrillRepository.Running start(String checklistId, String source, boolean practice) {
        try (Store store = Store.open(workspace.dataDir())) {
            Optional<DrillRepository.Running> running = store.drills().running(checklistId);
            if (running.isPresent()) {
                return running.get();
            }
            return store.drills().start(source, practice, checklistId, new AuditStamp(actor, clock.instant()));
        }
    }

    /** The hands-on drill running on a checklist, if any. */
    public Optional<DrillRepository.Running> running(String checklistId) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().running(checklistId);
        }
    }

    /** Ends a hands-on drill at this moment, with its result and the person who restored. */
    public Drill finish(DrillRepository.Running running, DrillOutcome outcome, String backup, String notes,
                        String performedBy) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.drills().finish(running, outcome, backup, notes.strip(), performedBy.strip(),
                    new AuditStamp(actor, clock.instant()));
        }
    }

    private static BackupSet chosen(Inventory inventory, Optional<String> wanted, String source) {
        if (wanted.isEmpty() || wanted.get().equals("latest")) {
            return inventory.latest().orElseThrow(() -> new InputProblem("error.drill.noBackup", source));
        }
        return inventory.backups().stream().filter(b -> b.name().equals(wanted.get())).findFirst()
                .orElseThrow(() -> new InputProblem("error.drill.unknownBackup", wanted.get(), source));
    }

    /** The folder to make the sandbox in: never inside the source, which a drill never writes to. */
    private Path sandboxParent(Optional<Path> into, Optional<Path> root) {
        if (into.isEmpty()) {
            Path folder = workspace.dataDir().resolve(SANDBOX_FOLDER);
            try {
                if (!Files.isDirectory(folder)) {
                    Files.createDirectories(folder);
                    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                    }
                }
            } catch (IOException e) {
                throw new InputProblem(e, "error.drill.folder", folder.toString(), Reasons.of(e));
            }
            return folder;
        }
        Path folder = into.get().toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new InputProblem("error.drill.into", folder.toString());
        }
        try {
            Path real = folder.toRealPath();
            Optional<Path> source = root.isPresent() ? Optional.of(root.get().toRealPath()) : Optional.empty();
            if (source.isPresent() && real.startsWith(source.get())) {
                throw new InputProblem("error.drill.intoSource", folder.toString(), root.get().toString());
            }
        } catch (IOException e) {
            throw new InputProblem(e, "error.drill.folder", folder.toString(), Reasons.of(e));
        }
        return folder;
    }

    /** A drill on the demo's own folders is practice: it says nothing about a real backup. */
    private boolean isDemo(Path root) {
        Path demo = workspace.dataDir().resolve(Workspace.DEMO_FOLDER).toAbsolutePath().normalize();
        return root.toAbsolutePath().normalize().startsWith(demo) && Files.exists(demo, LinkOption.NOFOLLOW_LINKS);
    }

    private static ScanProgress scanProgress(DrillProgress progress) {
        return new ScanProgress() {
            @Override
            public void filesSeen(long count) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
