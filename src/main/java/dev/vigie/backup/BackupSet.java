package dev.vigie.backup;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One backup found in a source: the files made by one run, when it was made, and how big it is.
 *
 * @param time       when the backup was made
 * @param name       the name a user recognises (a file or folder name)
 * @param paths      the files and folders it is made of, relative to the source, '/'-separated
 * @param sizeBytes  total size of its files
 * @param fileCount  number of files
 * @param timeSource where {@code time} was read from
 * @param details    layout-specific facts (device name, encryption flag...): strings, numbers and booleans
 */
public record BackupSet(Instant time, String name, List<String> paths, long sizeBytes, int fileCount,
                        TimeSource timeSource, Map<String, Object> details) {

    /**
     * The key, in {@link #details()}, that says the tool did not give this set's size and file count cheaply (an
     * older restic, a borg archive other than the newest): their 0 then means "not known", not "empty".
     */
    public static final String SIZE_UNKNOWN = "size-unknown";

    public BackupSet {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeSource, "timeSource");
        paths = List.copyOf(paths);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        if (sizeBytes < 0 || fileCount < 0) {
            throw new IllegalArgumentException("size and file count cannot be negative");
        }
    }

    /** Whether the size and file count are known (see {@link #SIZE_UNKNOWN}). */
    public boolean sizeKnown() {
        return !Boolean.TRUE.equals(details.get(SIZE_UNKNOWN));
    }
}
