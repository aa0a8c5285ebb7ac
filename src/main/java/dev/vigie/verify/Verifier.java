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
import java.util.ArrayList;
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

    /**
     * Verifies {@code sets}, found in the source at {@code sourceRoot}.
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
        Plan plan = new Plan(root, progress);
        for (int i = 0; i < sets.size(); i++) {
            plan.add(i, sets.get(i));
        }
        plan.readManifests();

        long total = plan.files.stream().mapToLong(Planned::size).sum();
        Run run = new Run(new Reading(progress, total), plan.findings);
        List<CheckedSet> checked = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            BackupSet set = sets.get(i);
            Map<String, Object> facts = new LinkedHashMap<>();
            for (Device d : plan.devices.getOrDefault(i, List.of())) {
                run.reading().checkCancelled();
                facts.putAll(IosBackupCheck.check(run, set.name(), d.path(), d.folder()));
            }
            int files = 0;
            int full = 0;
            long bytes = 0;
            for (Planned p : plan.files) {
                if (p.set() != i) {
                    continue;
                }
                boolean deep = depth.fullyChecks(p.path(), now);
                checkFile(run, new FileTask(p.file(), p.path(), set.name(), p.size(), deep),
                        plan.expected.getOrDefault(p.path(), List.of()));
                files++;
                full += deep ? 1 : 0;
                bytes += p.size();
            }
            checked.add(new CheckedSet(set.name(), files, full, bytes, facts));
        }
        run.reading().finish();
        return new VerifyReport(depth, run.findings, checked);
    }

    /** Verifies every set of a scan, in the scanned folder. */
    public VerifyReport verify(Inventory inventory, VerifyDepth depth, Instant now, VerifyProgress progress) {
        return verify(Path.of(inventory.source()), inventory.backups(), depth, now, progress);
    }

    /** One file's checks: its format's, then the manifests' digests. A file that cannot be read is a finding. */
    private static void checkFile(Run run, FileTask planned, List<Expected> expected) {
        run.reading().startFile(planned.size());
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

    /** What the checks of one verification share: the reading and the findings. */
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

    /** A file of the plan: in which set (by position), where, and its size when planned. */
    private record Planned(int set, Path file, String path, long size) {
    }

    /** An iPhone device folder in a set. */
    private record Device(Path folder, String path) {
    }

    /** A digest a manifest lists for a file. */
    private record Expected(String manifest, ChecksumManifest.Algorithm algorithm, byte[] digest) {
    }

    /** The files of the sets, the manifests that speak of them, and the problems met on the way. */
    private static final class Plan {
        private final Path root;
        private final VerifyProgress progress;
        private final List<Planned> files = new ArrayList<>();
        private final Map<String, Integer> owner = new HashMap<>();
        private final Map<Integer, List<Device>> devices = new HashMap<>();
        private final Set<String> besideFolders = new LinkedHashSet<>();
        private final Map<String, List<Expected>> expected = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<String> setNames = new ArrayList<>();

        Plan(Path root, VerifyProgress progress) {
            this.root = root;
            this.progress = progress;
        }

        void add(int index, BackupSet set) {
            setNames.add(set.name());
            for (String path : set.paths()) {
                Path target = FsNames.resolve(root, path);
                if (!Files.exists(target)) {
                    findings.add(IntegrityCode.MISSING_FILE.finding(set.name(), path, set.name()));
                    continue;
                }
                if (Files.isDirectory(target)) {
                    if (IosBackupCheck.isDeviceFolder(target)) {
                        devices.computeIfAbsent(index, k -> new ArrayList<>()).add(new Device(target, path));
                    }
                    walk(index, set.name(), target);
                } else {
                    addFile(index, target, path);
                }
                int slash = path.lastIndexOf('/');
                if (!path.isEmpty()) {
                    besideFolders.add(slash < 0 ? "" : path.substring(0, slash));
                }
            }
        }

        private void addFile(int set, Path file, String path) {
            if (owner.putIfAbsent(path, set) != null) {
                return; // in an earlier set already: checked once
            }
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = 0; // the check says why it cannot read it
            }
            files.add(new Planned(set, file, path, size));
        }

        private void walk(int set, String backup, Path dir) {
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                                if (progress.isCancelled()) {
                                    throw new VerifyCancelledException();
                                }
                                return leavesSource(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                                if ((attrs.isRegularFile() || attrs.isOther()) && !leavesSource(f)) {
                                    addFile(set, f, relative(f)); // a pipe or device is a finding, never opened
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path f, IOException e) {
                                // Link loops and broken links were the scan's to report; they hold no backup data.
                                if (!(e instanceof FileSystemLoopException) && !(e instanceof NoSuchFileException)) {
                                    findings.add(IntegrityCode.UNREADABLE.finding(backup, relative(f), Reasons.of(e)));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                                if (e != null) {
                                    findings.add(IntegrityCode.UNREADABLE.finding(backup, relative(d), Reasons.of(e)));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                findings.add(IntegrityCode.UNREADABLE.finding(backup, relative(dir), Reasons.of(e)));
            }
        }

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

        /** Manifests among the sets' files, then those in the folders that hold the sets' paths. */
        void readManifests() {
            Set<String> seen = new HashSet<>();
            for (Planned p : List.copyOf(files)) {
                String name = p.path().substring(p.path().lastIndexOf('/') + 1);
                if (ChecksumManifest.algorithmOf(name).isPresent() && seen.add(p.path())) {
                    readManifest(p.file(), p.path(), Optional.of(p.set()));
                }
            }
            for (String folder : besideFolders) {
                Path dir = FsNames.resolve(root, folder);
                try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                    for (Path child : children) {
                        String path = relative(child);
                        if (ChecksumManifest.algorithmOf(child.getFileName().toString()).isPresent()
                                && Files.isRegularFile(child) && seen.add(path)) {
                            readManifest(child, path, Optional.ofNullable(owner.get(path)));
                        }
                    }
                } catch (IOException e) {
                    // A folder that cannot be listed has no manifest Vigie can use; its files' own checks go on.
                    continue;
                }
            }
        }

        private void readManifest(Path file, String path, Optional<Integer> set) {
            String backup = set.map(setNames::get).orElse(null);
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
                if (owner.containsKey(target)) {
                    expected.computeIfAbsent(target, k -> new ArrayList<>()).add(expectation);
                } else if (set.isPresent()) {
                    Path listedFile = root.resolve(target);
                    if (Files.isRegularFile(listedFile)) {
                        addFile(set.get(), listedFile, target);
                        expected.computeIfAbsent(target, k -> new ArrayList<>()).add(expectation);
                    } else {
                        findings.add(IntegrityCode.MISSING_FILE.finding(backup, target, path));
                    }
                } else if (!Files.exists(root.resolve(target))) {
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
    }
}
