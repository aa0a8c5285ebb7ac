package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.TimeSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Running totals of the files of one backup set: size, count, newest last-modified time. */
final class Totals {

    private long size;
    private int files;
    private long newest = Long.MIN_VALUE;

    void add(FileEntry entry) {
        if (!entry.directory()) {
            size += entry.size();
            files++;
        }
        newest = Math.max(newest, entry.modifiedMillis());
    }

    /** The newest last-modified time seen; empty before the first entry. */
    Optional<Instant> newest() {
        return newest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(newest));
    }

    long size() {
        return size;
    }

    int files() {
        return files;
    }

    BackupSet toSet(String name, List<String> paths, TimeSource source, Map<String, Object> details) {
        return new BackupSet(newest().orElseThrow(), name, paths, size, files, source, details);
    }

    BackupSet toSet(Instant time, String name, List<String> paths, TimeSource source, Map<String, Object> details) {
        return new BackupSet(time, name, paths, size, files, source, details);
    }
}
