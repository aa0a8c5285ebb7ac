package dev.vigie.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps Vigie's data folder the user's alone: the folder and its sub-folders 0700, every file in them 0600 (on
 * POSIX systems), or an ACL naming the owner alone (Windows). Run at every start, since a folder made by another
 * tool, or files made under a loose umask (SQLite's WAL, the logs), would otherwise stay readable by others.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The data folder, its sub-folders (logs) and theirs: deep enough, and never a walk of a large tree. */
    private static final int DEPTH = 3;

    private OwnerOnly() {
    }

    /** Tightens {@code folder} and what is in it; links are left alone (never followed). */
    public static void tighten(Path folder) throws IOException {
        tighten(folder, DEPTH);
    }

    private static void tighten(Path folder, int depth) throws IOException {
        restrict(folder, true);
        if (depth == 0) {
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        tighten(child, depth - 1);
                    } else if (attrs.isRegularFile()) {
                        restrict(child, false);
                    }
                } catch (IOException e) {
                    // Another user's file (left by a run as root): not Vigie's to change; the folder stays closed.
                    continue;
                }
            }
        }
    }

    /**
     * Writes a file only its owner can read, in a folder only its owner can open: written beside its place with
     * those rights from the start, then moved in, so that it is never readable by others, even for a moment.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            restrict(folder, true);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(temp);
            restrict(temp, false);
        }
        Files.write(temp, content);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes one file or folder the owner's only. */
    public static void restrict(Path path, boolean folder) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> wanted = folder ? FOLDER : FILE;
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}
