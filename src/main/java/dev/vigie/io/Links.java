package dev.vigie.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a symbolic link in a backup source may lead: only inside the source's own folder, and never into a system
 * pseudo-filesystem (processes, devices, kernel state), whose files are not backups and can be endless.
 */
public final class Links {

    private static final List<Path> PSEUDO_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"));
    private static final Set<String> PSEUDO_TYPES = Set.of("proc", "sysfs", "devtmpfs", "devpts", "cgroup",
            "cgroup2", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "configfs", "fusectl", "mqueue",
            "binfmt_misc", "efivarfs", "autofs", "hugetlbfs");

    private Links() {
    }

    /**
     * Whether a link whose real target is {@code realTarget} may be followed in the source whose real path is
     * {@code realRoot}: the target is the root or inside it, and on no pseudo-filesystem.
     */
    public static boolean staysInside(Path realRoot, Path realTarget) {
        if (!realTarget.startsWith(realRoot)) {
            return false;
        }
        for (Path pseudo : PSEUDO_FOLDERS) {
            if (realTarget.getFileSystem() == pseudo.getFileSystem() && realTarget.startsWith(pseudo)) {
                return false;
            }
        }
        try {
            return !PSEUDO_TYPES.contains(Files.getFileStore(realTarget).type().toLowerCase(Locale.ROOT));
        } catch (IOException | SecurityException e) {
            return true; // no store to name: the path test above is what there is
        }
    }

    /** Whether following a link failed because links lead into each other (ELOOP), not because one is broken. */
    public static boolean isLoop(IOException e) {
        return e instanceof java.nio.file.FileSystemLoopException
                || e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links");
    }
}
