package dev.vigie.source.local;

import java.time.Instant;

/**
 * One file or folder met by a walk, or listed by another source (a Google Drive folder).
 *
 * @param path      relative to the scanned root, '/'-separated ("" is never used: the root itself is not listed)
 * @param name      the last segment of {@code path}
 * @param depth     1 for the root's children, 2 for theirs...
 * @param directory whether it is a folder
 * @param size      size in bytes (0 for folders)
 * @param modifiedMillis last-modified time, in milliseconds since the epoch (a long: one object less per entry)
 */
public record FileEntry(String path, String name, int depth, boolean directory, long size, long modifiedMillis) {

    public Instant modified() {
        return Instant.ofEpochMilli(modifiedMillis);
    }
}
