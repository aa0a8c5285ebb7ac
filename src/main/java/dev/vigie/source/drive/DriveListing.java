package dev.vigie.source.drive;

import dev.vigie.backup.ScanWarning;
import dev.vigie.source.local.FileEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything under a Drive folder, as names, sizes, times and Drive's MD5s.
 *
 * @param folderId     the folder listed
 * @param folderName   its name
 * @param modified     its last-modified time
 * @param entries      everything under it in pre-order, paths relative to it
 * @param md5ByPath    Drive's {@code md5Checksum} of the files that have one (not Google-native documents)
 * @param warnings     shortcuts that loop or lead nowhere
 * @param pages        how many {@code files.list} pages were read
 */
public record DriveListing(String folderId, String folderName, Instant modified, List<FileEntry> entries,
                           Map<String, String> md5ByPath, List<ScanWarning> warnings, int pages) {

    public DriveListing {
        entries = List.copyOf(entries);
        md5ByPath = Map.copyOf(md5ByPath);
        warnings = List.copyOf(warnings);
    }

    public Optional<String> md5(String path) {
        return Optional.ofNullable(md5ByPath.get(path));
    }

    public Optional<FileEntry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
