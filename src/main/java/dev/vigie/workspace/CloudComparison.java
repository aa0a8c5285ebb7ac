package dev.vigie.workspace;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.health.CloudCopies;
import dev.vigie.health.CloudCopies.CloudCopy;
import dev.vigie.health.CloudCopies.CopyFile;
import dev.vigie.io.Reasons;
import dev.vigie.source.drive.DriveListing;
import dev.vigie.source.local.FileEntry;
import dev.vigie.verify.FileMd5;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A local source's backups beside their Drive copies. Local files are hashed only when Drive has an MD5 for a file
 * of the same name and size: a copy that already differs in size needs no reading.
 *
 * @param local  the local source's name or folder
 * @param cloud  the Drive source's name or {@code gdrive:ID}
 * @param copies one answer per backup name
 */
public record CloudComparison(String local, String cloud, List<CloudCopy> copies) {

    public CloudComparison {
        copies = List.copyOf(copies);
    }

    /** Every backup present on both sides matches, and the local ones are all in the cloud. */
    public boolean allMatch() {
        return copies.stream().allMatch(c -> c.state() == CloudCopies.State.MATCHES
                || c.state() == CloudCopies.State.ONLY_CLOUD);
    }

    static List<CloudCopy> compare(Inventory local, Inventory cloud, DriveListing listing) {
        Map<String, List<CopyFile>> cloudFiles = new LinkedHashMap<>();
        for (BackupSet set : cloud.backups()) {
            cloudFiles.put(set.name(), cloudFiles(set, listing));
        }
        Path root = Path.of(local.source());
        Map<String, List<CopyFile>> localFiles = new LinkedHashMap<>();
        for (BackupSet set : local.backups()) {
            localFiles.put(set.name(), localFiles(root, set, cloudFiles.getOrDefault(set.name(), List.of())));
        }
        return CloudCopies.compare(localFiles, cloudFiles);
    }

    private static List<CopyFile> cloudFiles(BackupSet set, DriveListing listing) {
        List<CopyFile> files = new ArrayList<>();
        for (String p : set.paths()) {
            String prefix = p.isEmpty() ? "" : p + "/";
            for (FileEntry e : listing.entries()) {
                if (e.directory()) {
                    continue;
                }
                if (e.path().equals(p) || e.path().startsWith(prefix)) {
                    files.add(new CopyFile(key(p, e.path()), e.size(), listing.md5(e.path())));
                }
            }
        }
        return files;
    }

    private static List<CopyFile> localFiles(Path root, BackupSet set, List<CopyFile> cloud) {
        Map<String, CopyFile> theirs = new LinkedHashMap<>();
        cloud.forEach(f -> theirs.put(f.name(), f));
        List<CopyFile> files = new ArrayList<>();
        for (String p : set.paths()) {
            Path start = p.isEmpty() ? root : root.resolve(p);
            try (Stream<Path> walk = Files.walk(start)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String rel = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    String name = key(p, rel);
                    long size = Files.size(file);
                    CopyFile other = theirs.get(name);
                    Optional<String> md5 = other != null && other.sizeBytes() == size && other.md5().isPresent()
                            ? Optional.of(FileMd5.of(file)) : Optional.empty();
                    files.add(new CopyFile(name, size, md5));
                }
            } catch (IOException e) {
                throw new InputProblem(e, "error.path.unreadable", start.toString(), Reasons.of(e));
            }
        }
        return files;
    }

    /** A file's name inside its backup: the backup path's own last name, then the way down to the file. */
    private static String key(String setPath, String filePath) {
        if (setPath.isEmpty()) {
            return filePath;
        }
        String own = setPath.substring(setPath.lastIndexOf('/') + 1);
        return filePath.equals(setPath) ? own : own + filePath.substring(setPath.length());
    }
}
