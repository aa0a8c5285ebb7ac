package dev.vigie.verify;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Severity;
import dev.vigie.health.DateInName;
import dev.vigie.io.Folders;
import dev.vigie.io.FsNames;
import dev.vigie.io.Links;
import dev.vigie.io.Reasons;
import dev.vigie.io.WorkThreads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Verifies the integrity of backup sets, read-only: WhatsApp crypt files (header, MD5 trailer), ZIP and tar
 * archives (structure, CRCs), SQLite databases ({@code quick_check}), checksum manifests ({@code SHA256SUMS},
 * {@code MD5SUMS}...) and iPhone backups (finished, encrypted, manifest database). Never writes, never decrypts,
 * never reads a message: only headers, structures and checksums.
 *
 * <p>Which files: every file under the sets' paths; and checksum manifests found among them or beside them (in the
 * folder that holds a set's path). A manifest inside a verified set has every line checked, and a listed file that
 * is absent is a {@code missing-file}; a manifest beside the sets only has the lines about their files checked, so
 * that verifying this week's backup does not report last year's, rotated away, as missing.
 *
 * <p>What each depth does is told at {@link VerifyDepth}; findings and their severities at {@link IntegrityCode}.
 * An iPhone device folder is recognised by its files, whatever the layout the sets were found with.
 */
public final class Verifier {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final int jobs;

    /** A verifier that reads as many files at once as suits each source's device ({@link ReadLanes}). */
    public Verifier() {
        this(0);
    }

    /**
     * A verifier that reads {@code jobs} files at once; 0 lets each source's device decide ({@link ReadLanes}).
     *
     * @throws IllegalArgumentException when {@code jobs} is negative
     */
    public Verifier(int jobs) {
        if (jobs < 0) {
            throw new IllegalArgumentException("jobs cannot be negative: " + jobs);
        }
        this.jobs = jobs;
    }

    /**
     * Verifies {@code sets}, found in the source at {@code sourceRoot}.
     *
     * <p>Memory does not grow with the number of files: a first walk of the sets measures them and finds their
     * manifests, a second checks each file as the walk meets it, up to {@code jobs} files at once, and findings
     * come out in the walk's order whatever the order the files were finished in.
     *
     * @param now      picks a sample's share of the day; nothing else depends on it
     * @param progress told of bytes covered; may cancel
     * @throws InputProblem              when the source folder is missing, not a folder, or unreadable
     * @throws VerifyCancelledException when {@code progress} asked to stop
     */
    public VerifyReport verify(Path sourceRoot, List<BackupSet> sets, VerifyDepth depth, Instant now,
                               VerifyProgress progress) {
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(progress, "progress");
        Path root = Folders.readable(sourceRoot);
        int lanes = jobs > 0 ? jobs : ReadLanes.forSource(root);
        Plan plan = new Plan(root, sets, progress);
        plan.measure(lanes);
        plan.readManifests();

        List<Finding> findings = new ArrayList<>(plan.findings);
        Reading.Tally tally = new Reading.Tally(progress, plan.total);
        List<CheckedSet> checked = new ArrayList<>();
        try (Lanes checker = new Lanes(lanes, tally, findings)) {
            for (int i = 0; i < sets.size(); i++) {
                BackupSet set = sets.get(i);
                Map<String, Object> facts = new LinkedHashMap<>();
                for (Device d : plan.devices(i)) {
                    checker.reading().checkCancelled();
                    facts.putAll(checker.inline(run -> IosBackupCheck.check(run, set.name(), d.path(), d.folder())));
                }
                SetTotals totals = new SetTotals();
                plan.eachFile(i, null, (file, path, size) -> {
                    boolean deep = depth.fullyChecks(path, now);
                    List<Expected> expected = plan.expected.getOrDefault(path, List.of());
                    checker.submit(new FileTask(file, path, set.name(), size, deep), expected);
                    totals.add(size, deep);
                });
                checked.add(new CheckedSet(set.name(), totals.files, totals.full, totals.bytes, facts));
            }
            checker.awaitAll(); // sets are not waited for one by one: a folder of single-file sets uses every core
            checker.reading().finish();
        }
        return new VerifyReport(depth, findings, checked);
    }

    /** Verifies every set of a scan, in the scanned folder. */
    public VerifyReport verify(Inventory inventory, VerifyDepth depth, Instant now, VerifyProgress progress) {
        return verify(Path.of(inventory.source()), inventory.backups(), depth, now, progress);
    }

    /** One file's checks: its format's, then the manifests' digests. A file that cannot be read is a finding. */
    private static void checkFile(Run run, FileTask planned, List<Expected> expected) {
        run.reading().startFile(planned.size());
        if (!hasFormat(planned.name()) && !(planned.full() && !expected.isEmpty())) {
            // Nothing in it to read (most files of a folder backup): whether it can be read is the whole check,
            // and asking costs one system call where opening and closing cost three and a cleaner.
            try {
                run.reading().checkReadable(planned.file());
            } catch (Reading.NotRegularFileException e) {
                run.add(IntegrityCode.NOT_REGULAR_FILE.finding(planned.backup(), planned.path()));
            } catch (Reading.SourceReadException e) {
                run.add(IntegrityCode.UNREADABLE.finding(planned.backup(), planned.path(), e.reason()));
            }
            run.reading().finishFile();
            return;
        }
        try (FileChannel channel = run.reading().open(planned.file())) {
            FileTask task = planned.withSize(channel.size());
            checkFormat(run, task, channel);
            if (task.full() && !expected.isEmpty()) {
                checkDigests(run, task, channel, expected);
            }
        } catch (Reading.NotRegularFileException e) {
            run.add(IntegrityCode.NOT_REGULAR_FILE.finding(planned.backup(), planned.path()));
        } catch (Reading.SourceReadException e) {
            run.add(IntegrityCode.UNREADABLE.finding(planned.backup(), planned.path(), e.reason()));
        } catch (IOException e) {
            run.add(IntegrityCode.UNREADABLE.finding(planned.backup(), planned.path(), Reasons.of(e)));
        }
        run.reading().finishFile();
    }

    /** Whether a file's name says it has a format Vigie checks (a crypt file, an archive, maybe a database). */
    private static boolean hasFormat(String name) {
        return SqliteCheck.mayBe(name) || ArchiveCheck.kind(name).isPresent() || CryptCheck.version(name).isPresent();
    }

    private static void checkFormat(Run run, FileTask task, FileChannel channel) throws IOException {
        Optional<Integer> crypt = CryptCheck.version(task.name());
        Optional<ArchiveCheck.Kind> archive = ArchiveCheck.kind(task.name());
        if ((crypt.isPresent() || archive.isPresent()) && task.size() == 0) {
            run.add(IntegrityCode.ZERO_SIZE.finding(task.backup(), task.path()));
        } else if (crypt.isPresent()) {
            CryptCheck.check(run, task, channel, crypt.get());
        } else if (archive.isPresent()) {
            ArchiveCheck.check(run, task, channel, archive.get());
        } else if (SqliteCheck.mayBe(task.name()) && task.size() >= SqliteCheck.MAGIC.length) {
            byte[] head = new byte[SqliteCheck.HEADER_BYTES];
            int n = run.reading().readAt(channel, 0, head, head.length);
            if (SqliteCheck.hasMagic(head, n)) {
                SqliteCheck.check(run, task, channel, head, n);
            }
        }
    }

    /** Every digest the manifests list for the file, computed in one pass. */
    private static void checkDigests(Run run, FileTask task, FileChannel channel, List<Expected> expected)
            throws IOException {
        Map<ChecksumManifest.Algorithm, MessageDigest> digests = new LinkedHashMap<>();
        for (Expected e : expected) {
            digests.computeIfAbsent(e.algorithm(), ChecksumManifest.Algorithm::newDigest);
        }
        run.reading().digest(channel, task.size(), digests.values().toArray(new MessageDigest[0]));
        Map<ChecksumManifest.Algorithm, byte[]> actual = new HashMap<>();
        digests.forEach((algorithm, digest) -> actual.put(algorithm, digest.digest()));
        for (Expected e : expected) {
            if (!MessageDigest.isEqual(actual.get(e.algorithm()), e.digest())) {
                run.add(IntegrityCode.CHECKSUM_MISMATCH.finding(task.backup(), task.path(), e.manifest(),
                        e.algorithm().displayName()));
            }
        }
    }


    /** One file to check: where it is, its path in the source, its set, its size, and whether fully. */
    record FileTask(Path file, String path, String backup, long size, boolean full) {
        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        FileTask withSize(long actual) {
            return new FileTask(file, path, backup, actual, full);
        }
    }

    /** What the checks of one file (or one device folder) share: the thread's reading and their findings. */
    static final class Run {
        private final Reading reading;
        private final List<Finding> findings;

        Run(Reading reading, List<Finding> findings) {
            this.reading = reading;
            this.findings = findings;
        }

        Reading reading() {
            return reading;
        }

        void add(Finding finding) {
            findings.add(finding);
        }
    }

    /** A set's counts as its files are checked: no object per file. */
    private static final class SetTotals {
        private int files;
        private int full;
        private long bytes;

        void add(long size, boolean deep) {
            files++;
            full += deep ? 1 : 0;
            bytes += size;
        }
    }

    /**
     * Checks files on up to {@code lanes} threads (on the caller's alone for one lane) and adds their findings to
     * the report in the order the files were submitted. At most a bounded number of files wait or are in flight, so
     * memory stays flat however many files the walk meets.
     */
    private static final class Lanes implements AutoCloseable {
        private final ExecutorService pool;
        private final ThreadLocal<Reading> readings;
        private final Reading own;
        private static final int BATCH_FILES = 128;
        private static final long BATCH_BYTES = 1 << 20;
        private final Deque<Future<List<Finding>>> pending = new ArrayDeque<>();
        private final List<Queued> batch = new ArrayList<>();
        private long batchBytes;
        private final int window;
        private final List<Finding> findings;

        Lanes(int lanes, Reading.Tally tally, List<Finding> findings) {
            this.findings = findings;
            this.own = new Reading(tally);
            this.window = lanes * 4;
            if (lanes <= 1) {
                pool = null;
                readings = null;
            } else {
                readings = ThreadLocal.withInitial(() -> new Reading(tally));
                pool = newPool(lanes);
            }
        }

        /** Runs {@code work} on up to {@code lanes} threads and gives the results in the order of the work. */
        static <T> List<T> inOrder(int lanes, List<Callable<T>> work) {
            List<T> results = new ArrayList<>();
            if (lanes <= 1 || work.size() <= 1) {
                for (Callable<T> w : work) {
                    results.add(call(w));
                }
                return results;
            }
            ExecutorService pool = newPool(Math.min(lanes, work.size()));
            try {
                List<Future<T>> futures = new ArrayList<>();
                for (Callable<T> w : work) {
                    futures.add(pool.submit(w));
                }
                for (Future<T> f : futures) {
                    results.add(get(f));
                }
                return results;
            } finally {
                pool.shutdownNow();
            }
        }

        private static <T> T call(Callable<T> work) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static ExecutorService newPool(int lanes) {
            return Executors.newFixedThreadPool(lanes, WorkThreads.factory("vigie-verify-", THREAD_NUMBER));
        }

        /** The caller's own reading, for what it checks itself. */
        Reading reading() {
            return own;
        }

        /** Runs {@code check} now, on the caller's thread, after every file submitted so far. */
        <T> T inline(Function<Run, T> check) {
            awaitAll();
            List<Finding> found = new ArrayList<>();
            T result = check.apply(new Run(own, found));
            findings.addAll(found);
            return result;
        }

        void submit(FileTask task, List<Expected> expected) {
            if (pool == null) {
                checkFile(new Run(own, findings), task, expected);
                return;
            }
            // Small files go in batches: a thread hand-over per file would cost more than checking it.
            batch.add(new Queued(task, expected));
            batchBytes += task.size();
            if (batch.size() >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
                flush();
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Queued> files = List.copyOf(batch);
            batch.clear();
            batchBytes = 0;
            pending.add(pool.submit(() -> {
                List<Finding> found = new ArrayList<>(0);
                Run run = new Run(readings.get(), found);
                for (Queued q : files) {
                    checkFile(run, q.task(), q.expected());
                }
                return found;
            }));
            while (pending.size() > window) {
                collect(pending.poll());
            }
        }

        /** Waits for every file submitted, adding their findings in order. */
        void awaitAll() {
            flush();
            while (!pending.isEmpty()) {
                collect(pending.poll());
            }
        }

        private void collect(Future<List<Finding>> next) {
            findings.addAll(get(next));
        }

        private static <T> T get(Future<T> next) {
            try {
                return next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VerifyCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** A file waiting for a thread, with the digests its manifests expect. */
    private record Queued(FileTask task, List<Expected> expected) {
    }

    /** Told of each file of a set by the walk, with its size. */
    @FunctionalInterface
    private interface FileVisit {
        void file(Path file, String path, long size);
    }

    /** An iPhone device folder in a set. */
    private record Device(Path folder, String path) {
    }

    /** A path of a set, where it is, and the paths of earlier sets (or of the same set) it may share files with. */
    private record SetPath(String path, Path target, List<String> overlaps) {
    }

    /** A digest a manifest lists for a file. */
    private record Expected(String manifest, ChecksumManifest.Algorithm algorithm, byte[] digest) {
    }

    /**
     * What the sets hold, without one object per file: their total size (for progress), the manifests among them
     * and beside them and what those expect, the files a manifest adds to its set, and the problems met on the way.
     * A file in several sets' paths belongs to the first: it is checked and counted once.
     */
    private static final class Plan {
        private final Path root;
        private final List<BackupSet> sets;
        private final VerifyProgress progress;
        private final List<List<SetPath>> paths = new ArrayList<>();
        private final Set<String> allPaths = new HashSet<>();
        private final Set<SetPath> missing = new HashSet<>();
        private final Map<Integer, List<Device>> devices = new HashMap<>();
        private final Set<String> besideFolders = new LinkedHashSet<>();
        private final List<Manifest> inside = new ArrayList<>();
        private final Map<Integer, Map<String, Long>> extras = new HashMap<>();
        private final Map<String, List<Expected>> expected = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private long total;

        Plan(Path root, List<BackupSet> sets, VerifyProgress progress) {
            this.root = root;
            this.sets = sets;
            this.progress = progress;
            List<String> earlier = new ArrayList<>();
            for (BackupSet set : sets) {
                List<SetPath> own = new ArrayList<>();
                for (String path : set.paths()) {
                    List<String> overlaps = new ArrayList<>();
                    for (String other : earlier) {
                        if (under(path, other) || under(other, path)) {
                            overlaps.add(other);
                        }
                    }
                    earlier.add(path);
                    allPaths.add(path);
                    own.add(new SetPath(path, FsNames.resolve(root, path), List.copyOf(overlaps)));
                }
                paths.add(own);
            }
        }

        /**
         * The first walk: what is missing, the device folders, the manifests, and the bytes to cover. The sets are
         * walked on up to {@code lanes} threads (a walk is one system call per entry) and told of in their order.
         */
        void measure(int lanes) {
            for (List<SetPath> own : paths) {
                for (SetPath p : own) {
                    int slash = p.path().lastIndexOf('/');
                    if (!p.path().isEmpty()) {
                        besideFolders.add(slash < 0 ? "" : p.path().substring(0, slash));
                    }
                }
            }
            List<Callable<Measured>> walks = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                int set = i;
                walks.add(() -> measureSet(set));
            }
            for (Measured m : Lanes.inOrder(lanes, walks)) {
                findings.addAll(m.findings());
                missing.addAll(m.missing());
                if (!m.devices().isEmpty()) {
                    devices.put(m.set(), m.devices());
                }
                inside.addAll(m.manifests());
                total += m.bytes();
            }
        }

        private Measured measureSet(int set) {
            String name = sets.get(set).name();
            Measured m = new Measured(set, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new long[1]);
            for (SetPath p : paths.get(set)) {
                if (!Files.exists(p.target())) {
                    m.findings().add(IntegrityCode.MISSING_FILE.finding(name, p.path(), name));
                    m.missing().add(p);
                } else if (Files.isDirectory(p.target()) && IosBackupCheck.isDeviceFolder(p.target())) {
                    m.devices().add(new Device(p.target(), p.path()));
                }
            }
            eachFile(set, m.findings(), (file, path, size) -> {
                m.size()[0] += size;
                if (ChecksumManifest.algorithmOf(path.substring(path.lastIndexOf('/') + 1)).isPresent()) {
                    m.manifests().add(new Manifest(file, path, set));
                }
            });
            return m;
        }

        List<Device> devices(int set) {
            return devices.getOrDefault(set, List.of());
        }

        /**
         * Tells {@code visit} of every regular file of set {@code index} not already in an earlier set's paths,
         * in walk order, then of the files its manifests add. Only the first walk (with a {@code report} list)
         * reports the entries it cannot read, so that a problem is told once.
         */
        void eachFile(int index, List<Finding> report, FileVisit visit) {
            String backup = sets.get(index).name();
            List<SetPath> own = paths.get(index);
            for (SetPath p : own) {
                // Missing at the first walk is told; a file gone since is the check's to tell (unreadable).
                if (report != null ? !Files.exists(p.target()) : missing.contains(p)) {
                    continue;
                }
                if (!Files.isDirectory(p.target())) {
                    if (p.overlaps().isEmpty() || !coveredBy(p.path(), p.overlaps())) {
                        visit.file(p.target(), p.path(), sizeOf(p.target()));
                    }
                    continue;
                }
                walk(backup, p, report, visit);
            }
            if (report == null) {
                extras.getOrDefault(index, Map.of()).forEach((path, size) -> visit.file(root.resolve(path), path,
                        size));
            }
        }

        private void walk(String backup, SetPath start, List<Finding> report, FileVisit visit) {
            // Relative paths are built from the parents' prefixes: relativize() per entry is needlessly dear.
            String first = start.path().isEmpty() ? "" : start.path() + "/";
            try {
                Files.walkFileTree(start.target(), EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            private final Deque<String> prefixes = new ArrayDeque<>(List.of(first));

                            @Override
                            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                                if (progress.isCancelled()) {
                                    throw new VerifyCancelledException();
                                }
                                if (leavesSource(d)) {
                                    return FileVisitResult.SKIP_SUBTREE;
                                }
                                if (!d.equals(start.target())) {
                                    prefixes.push(prefixes.peek() + d.getFileName() + "/");
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                                if (leavesSource(f)) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (attrs.isRegularFile()) {
                                    String path = prefixes.peek() + f.getFileName();
                                    if (start.overlaps().isEmpty() || !coveredBy(path, start.overlaps())) {
                                        visit.file(f, path, attrs.size());
                                    }
                                } else if (attrs.isOther() && report != null) {
                                    // A pipe, socket or device is a finding, never opened: a pipe would block.
                                    report.add(IntegrityCode.NOT_REGULAR_FILE.finding(backup,
                                            prefixes.peek() + f.getFileName()));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path f, IOException e) {
                                // Link loops and broken links were the scan's to report; they hold no backup data.
                                if (report != null && !(e instanceof FileSystemLoopException)
                                        && !(e instanceof NoSuchFileException)) {
                                    report.add(IntegrityCode.UNREADABLE.finding(backup, relative(f), Reasons.of(e)));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                                if (!d.equals(start.target())) {
                                    prefixes.pop();
                                }
                                if (e != null && report != null) {
                                    report.add(IntegrityCode.UNREADABLE.finding(backup, relative(d), Reasons.of(e)));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                if (report != null) {
                    report.add(IntegrityCode.UNREADABLE.finding(backup, start.path(), Reasons.of(e)));
                }
            }
        }

        /** Manifests among the sets' files, then those in the folders that hold the sets' paths. */
        /** A link out of the source (or into /proc...): the scan warned of it, and it holds none of the backup. */
        private boolean leavesSource(Path p) {
            if (!Files.isSymbolicLink(p)) {
                return false;
            }
            try {
                return !Links.staysInside(root.toRealPath(), p.toRealPath());
            } catch (IOException e) {
                return true;
            }
        }

        void readManifests() {
            Set<String> seen = new HashSet<>();
            for (Manifest m : inside) {
                if (seen.add(m.path())) {
                    readManifest(m.file(), m.path(), Optional.of(m.set()));
                }
            }
            for (String folder : besideFolders) {
                Path dir = FsNames.resolve(root, folder);
                try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                    for (Path child : children) {
                        String path = relative(child);
                        if (ChecksumManifest.algorithmOf(child.getFileName().toString()).isPresent()
                                && Files.isRegularFile(child) && seen.add(path)) {
                            readManifest(child, path, Optional.empty());
                        }
                    }
                } catch (IOException e) {
                    // A folder that cannot be listed has no manifest Vigie can use; its files' own checks go on.
                    continue;
                }
            }
        }

        private void readManifest(Path file, String path, Optional<Integer> set) {
            String backup = set.map(i -> sets.get(i).name()).orElse(null);
            if (progress.isCancelled()) {
                throw new VerifyCancelledException();
            }
            ChecksumManifest manifest;
            if (!Files.isRegularFile(file)) {
                return; // a pipe named like a manifest would block; the file's own check reports it
            }
            try (InputStream in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ))) {
                manifest = ChecksumManifest.read(file.getFileName().toString(), in);
            } catch (IOException e) {
                findings.add(IntegrityCode.UNREADABLE.finding(backup, path, Reasons.of(e)));
                return;
            }
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash + 1);
            int malformed = manifest.malformed();
            // Read once, for a manifest above the backups: which dated backups it lists are still kept.
            List<LocalDate> kept = set.isEmpty() ? keptDates(manifest, folder) : List.of();
            for (ChecksumManifest.Entry entry : manifest.entries()) {
                Optional<String> listed = inside(folder + entry.name());
                if (listed.isEmpty()) {
                    malformed++;
                    continue;
                }
                String target = listed.get();
                Expected expectation = new Expected(path, manifest.algorithm(), entry.digest());
                Path listedFile = root.resolve(target);
                boolean inASet = inASet(target);
                if ((inASet || extra(target)) && Files.isRegularFile(listedFile)) {
                    expected.computeIfAbsent(target, k -> new ArrayList<>()).add(expectation);
                } else if (set.isPresent()) {
                    if (!inASet && Files.isRegularFile(listedFile)) {
                        long size = sizeOf(listedFile);
                        extras.computeIfAbsent(set.get(), k -> new LinkedHashMap<>()).put(target, size);
                        total += size;
                        expected.computeIfAbsent(target, k -> new ArrayList<>()).add(expectation);
                    } else {
                        findings.add(IntegrityCode.MISSING_FILE.finding(backup, target, path));
                    }
                } else if (!Files.exists(listedFile)) {
                    findings.add(missingBesideBackups(entry.name(), target, path, kept));
                }
            }
            if (malformed > 0) {
                findings.add(IntegrityCode.MANIFEST_MALFORMED.finding(backup, path, Integer.toString(malformed)));
            }
        }

        /**
         * A file a manifest above the backups lists but the folder no longer holds, as {@code sha256sum -c} reports
         * it. Where the manifest lists several dated backups still kept and the name's date is older than the
         * oldest of them, rotation most likely removed it (a WARNING, "rotated away?"); otherwise a backup is
         * missing (CRITICAL).
         */
        private static Finding missingBesideBackups(String listedName, String target, String manifestPath,
                                                    List<LocalDate> kept) {
            Optional<LocalDate> dated = DateInName.find(baseName(listedName));
            Optional<LocalDate> oldest = kept.stream().min(LocalDate::compareTo);
            boolean rotated = kept.size() >= 2 && dated.isPresent() && oldest.isPresent()
                    && dated.get().isBefore(oldest.get());
            return Finding.of(rotated ? Severity.WARNING : IntegrityCode.MISSING_FILE.severity(),
                    IntegrityCode.MISSING_FILE.id(), null, target, manifestPath);
        }

        /** The dates in the names of the files a manifest lists that are still there: the backups kept. */
        private List<LocalDate> keptDates(ChecksumManifest manifest, String folder) {
            List<LocalDate> dates = new ArrayList<>();
            for (ChecksumManifest.Entry entry : manifest.entries()) {
                inside(folder + entry.name()).filter(t -> Files.exists(root.resolve(t)))
                        .flatMap(t -> DateInName.find(baseName(entry.name()))).ifPresent(dates::add);
            }
            return dates;
        }

        private static String baseName(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** Whether a path is one of the sets' paths or inside one of them. */
        private boolean inASet(String path) {
            if (allPaths.contains("")) {
                return true;
            }
            for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
                if (allPaths.contains(p)) {
                    return true;
                }
                if (p.indexOf('/') < 0) {
                    return false;
                }
            }
        }

        /** Whether a manifest already added the file to a set. */
        private boolean extra(String path) {
            for (Map<String, Long> added : extras.values()) {
                if (added.containsKey(path)) {
                    return true;
                }
            }
            return false;
        }

        /** A listed name as a path in the source, '/'-separated; empty when it is absolute or leads out of it. */
        private Optional<String> inside(String listed) {
            if (listed.startsWith("/") || listed.contains("\0")) {
                return Optional.empty();
            }
            Path resolved;
            try {
                resolved = root.resolve(listed).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
            if (!resolved.startsWith(root) || resolved.equals(root)) {
                return Optional.empty();
            }
            return Optional.of(relative(resolved));
        }

        private String relative(Path p) {
            String rel = root.relativize(p).toString();
            String separator = p.getFileSystem().getSeparator();
            return separator.equals("/") ? rel : rel.replace(separator, "/");
        }

        private static long sizeOf(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0; // the check says why it cannot read it
            }
        }

        /** Whether {@code path} is in one of {@code paths} (the root's path "" holds every path). */
        private static boolean coveredBy(String path, List<String> paths) {
            for (String p : paths) {
                if (under(path, p)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code path} is {@code folder} or inside it. */
        private static boolean under(String path, String folder) {
            return folder.isEmpty() || path.equals(folder)
                    || path.length() > folder.length() && path.startsWith(folder) && path.charAt(folder.length()) == '/';
        }
    }

    /** What the first walk learnt of one set; {@code size} is its one running total. */
    private record Measured(int set, List<Finding> findings, List<SetPath> missing, List<Device> devices,
                            List<Manifest> manifests, long[] size) {
        long bytes() {
            return size[0];
        }
    }

    /** A manifest found among the files of a set. */
    private record Manifest(Path file, String path, int set) {
    }
}
