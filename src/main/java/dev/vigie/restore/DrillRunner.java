package dev.vigie.restore;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Severity;
import dev.vigie.drill.DrillCancelledException;
import dev.vigie.drill.DrillProgress;
import dev.vigie.drill.DrillSample;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * An automatic drill: checks the room, restores a backup (or a sample of its files) into a fresh sandbox folder,
 * checks every file that came out (size, CRC-32 against the archive or against the bytes read from the backup,
 * {@code PRAGMA integrity_check} for SQLite databases, the file count) and deletes the sandbox, whatever happens.
 */
public final class DrillRunner {

    /** Finding codes, message keys {@code finding.<code>}. */
    public static final String NOT_RESTORED = "drill-not-restored";
    public static final String CRC_MISMATCH = "drill-crc-mismatch";
    public static final String SIZE_MISMATCH = "drill-size-mismatch";
    public static final String COPY_MISMATCH = "drill-copy-mismatch";
    public static final String SQLITE_DAMAGED = "drill-sqlite-damaged";
    public static final String FILE_COUNT = "drill-file-count";

    /** Room kept free beyond the files themselves: folders' own blocks, and a disk never filled to the last byte. */
    static final long MARGIN_BYTES = 16L * 1024 * 1024;
    private static final int BUFFER = 256 * 1024;

    private final FreeSpace freeSpace;
    private final Clock clock;

    public DrillRunner(FreeSpace freeSpace, Clock clock) {
        this.freeSpace = freeSpace;
        this.clock = clock;
    }

    /**
     * @param percent       the share of files to restore, 1 to 100
     * @param seed          draws the sample
     * @param sandboxParent the folder the sandbox is made in; it must exist
     * @throws InputProblem            when the disk has not the room (nothing is written then)
     * @throws DrillCancelledException when the progress says so; the sandbox is deleted
     */
    public RestoreReport run(Restorer restorer, BackupSet backup, int percent, long seed, Path sandboxParent,
                             DrillProgress progress) {
        Instant start = clock.instant();
        List<Member> members;
        try {
            members = restorer.members(backup);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputProblem problem) {
                throw problem;
            }
            Finding f = Finding.of(Severity.CRITICAL, NOT_RESTORED, backup.name(), backup.name(), Reasons.of(e));
            return new RestoreReport(backup.name(), start, Duration.between(start, clock.instant()), 0, 0, 0, 0,
                    List.of(f));
        }
        List<Member> chosen = DrillSample.choose(members, percent, seed);
        long needed = chosen.stream().mapToLong(Member::size).sum() + MARGIN_BYTES;
        long available;
        try {
            available = freeSpace.usableBytes(sandboxParent);
        } catch (IOException e) {
            throw new InputProblem(e, "error.drill.folder", sandboxParent.toString(), Reasons.of(e));
        }
        if (needed > available) {
            throw new InputProblem("error.drill.noRoom", sandboxParent.toString(), megabytes(needed),
                    megabytes(available));
        }
        Path sandbox;
        try {
            sandbox = Files.createTempDirectory(sandboxParent, "vigie-drill-");
        } catch (IOException e) {
            throw new InputProblem(e, "error.drill.folder", sandboxParent.toString(), Reasons.of(e));
        }
        try {
            Check check = new Check(backup.name(), chosen, progress);
            try {
                restorer.restore(backup, chosen, sandbox, check);
            } catch (IOException | RuntimeException e) {
                if (e instanceof DrillCancelledException cancelled) {
                    throw cancelled;
                }
                check.findings.add(Finding.of(Severity.CRITICAL, NOT_RESTORED, backup.name(), backup.name(),
                        Reasons.of(e)));
            }
            if (progress.isCancelled()) {
                throw new DrillCancelledException();
            }
            long onDisk = countFiles(sandbox);
            // Each failure is already a finding: the count catches files skipped silently or written twice.
            if (check.written + check.failed != chosen.size() || onDisk != check.written) {
                check.findings.add(Finding.of(Severity.WARNING, FILE_COUNT, backup.name(), backup.name(),
                        String.valueOf(onDisk), String.valueOf(chosen.size())));
            }
            return new RestoreReport(backup.name(), start, Duration.between(start, clock.instant()), chosen.size(),
                    members.size(), check.intact, check.bytes, check.findings);
        } finally {
            deleteTree(sandbox);
        }
    }

    /** Checks each file as the restorer writes it, while it is still in the disk cache. */
    private final class Check implements RestoreListener {
        private final String backup;
        private final DrillProgress progress;
        private final long total;
        private final List<Finding> findings = new ArrayList<>();
        private long bytes;
        private int written;
        private int failed;
        private int intact;

        Check(String backup, List<Member> chosen, DrillProgress progress) {
            this.backup = backup;
            this.progress = progress;
            this.total = chosen.stream().mapToLong(Member::size).sum();
        }

        @Override
        public void written(Member member, Path file, long sourceCrc32, long bytesRead) {
            written++;
            progress.checking(member.path());
            int before = findings.size();
            if (member.crc32().isPresent() && member.crc32().get() != sourceCrc32) {
                findings.add(finding(CRC_MISMATCH, member, hex(member.crc32().get()), hex(sourceCrc32)));
            }
            if (bytesRead != member.size()) {
                findings.add(finding(SIZE_MISMATCH, member, String.valueOf(bytesRead), String.valueOf(member.size())));
            }
            try {
                Reread restored = reread(file);
                if (restored.size != bytesRead || restored.crc != sourceCrc32) {
                    findings.add(finding(COPY_MISMATCH, member, String.valueOf(restored.size),
                            String.valueOf(bytesRead)));
                } else if (restored.sqlite) {
                    SqliteIntegrity.check(file).ifPresent(p -> findings.add(finding(SQLITE_DAMAGED, member, p)));
                }
            } catch (IOException e) {
                findings.add(finding(NOT_RESTORED, member, Reasons.of(e)));
            }
            if (findings.size() == before) {
                intact++;
            }
        }

        @Override
        public void failed(Member member, String reason) {
            failed++;
            findings.add(finding(NOT_RESTORED, member, reason));
        }

        @Override
        public void damaged(String path, int filesWritten, String reason) {
            findings.add(Finding.of(Severity.CRITICAL, NOT_RESTORED, backup, path, reason));
            intact = Math.max(0, intact - filesWritten);
        }

        @Override
        public void progress(String member, long more) {
            bytes += more;
            progress.restoring(member, bytes, total);
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }

        private Finding finding(String code, Member member, String... args) {
            return Finding.of(Severity.CRITICAL, code, backup, member.path(), args);
        }
    }

    private record Reread(long size, long crc, boolean sqlite) {
    }

    private static Reread reread(Path file) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        byte[] head = new byte[SqliteIntegrity.MAGIC.length];
        int headLength = 0;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        return new Reread(size, crc.getValue(), SqliteIntegrity.isSqlite(head, headLength));
    }

    private static long countFiles(Path sandbox) {
        try (Stream<Path> walk = Files.walk(sandbox)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String hex(long crc) {
        return HexFormat.of().toHexDigits((int) crc);
    }

    private static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }

    /** Deletes the sandbox and everything in it, without following links out of it. */
    static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // What could not be deleted stays in its vigie-drill-* folder, named for what it is; the drill's
            // result matters more than a leftover copy in the user's own folder.
        }
    }
}
