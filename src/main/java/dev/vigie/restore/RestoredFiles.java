package dev.vigie.restore;

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
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * For restorers whose tool writes the sandbox itself ({@code restic restore}, {@code borg extract}): hands each
 * chosen member's restored file to the listener as if it had been written by Vigie, so that the drill's own checks
 * (size against the tool's listing, {@code PRAGMA integrity_check} for SQLite databases, the file count) apply
 * unchanged. A member the tool did not write is reported as failed.
 */
public final class RestoredFiles {

    private static final int BUFFER = 256 * 1024;

    private RestoredFiles() {
    }

    /**
     * @param missing why a member that is not in the sandbox is missing, in the tool's words when it said something
     * @return how many members were handed as written
     */
    public static int hand(List<Member> chosen, Path sandbox, String missing, RestoreListener listener) {
        ownerAccess(sandbox);
        int written = 0;
        for (Member member : chosen) {
            if (listener.isCancelled()) {
                return written;
            }
            Path file = sandbox.resolve(member.path()).normalize();
            if (!file.startsWith(sandbox) || file.equals(sandbox)) {
                listener.failed(member, "its name leads outside the restore folder");
            } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                listener.failed(member, missing);
            } else if (hand(member, file, listener)) {
                written++;
            }
        }
        return written;
    }

    private static boolean hand(Member member, Path file, RestoreListener listener) {
        CRC32 crc = new CRC32();
        long length = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                length += n;
                listener.progress(member.path(), n);
            }
        } catch (IOException e) {
            listener.failed(member, Reasons.of(e));
            return false;
        }
        listener.written(member, file, crc.getValue(), length);
        return true;
    }

    /**
     * The tools restore the backup's permissions: a read-only folder would keep the sandbox from being deleted, an
     * unreadable file from being checked. The owner gets them back, inside the sandbox only.
     */
    private static void ownerAccess(Path sandbox) {
        if (!sandbox.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.walkFileTree(sandbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    add(dir, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        add(file, EnumSet.of(PosixFilePermission.OWNER_READ));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A file still unreadable is reported when it is checked.
        }
    }

    private static void add(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (!now.containsAll(wanted)) {
            Set<PosixFilePermission> more = EnumSet.copyOf(wanted);
            more.addAll(now);
            Files.setPosixFilePermissions(path, more);
        }
    }
}
