package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.TimeSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Running totals of the files of one backup set: size, count, newest last-modified time. */
final class Totals {

    private long size;
    private int files;
    private Instant newest;

    void add(FileEntry entry) {
        if (!entry.directory()) {
            size += entry.size();
            files++;
        }
        if (newest == null || entry.modified().isAfter(newest)) {
            newest = entry.modified();
        }
    }

    Instant newest() {
        return newest;
    }

    long size() {
        return size;
    }

    int files() {
        return files;
    }

    BackupSet toSet(String name, List<String> paths, TimeSource source, Map<String, Object> details) {
        return new BackupSet(newest, name, paths, size, files, source, details);
    }

    BackupSet toSet(Instant time, String name, List<String> paths, TimeSource source, Map<String, Object> details) {
        return new BackupSet(time, name, paths, size, files, source, details);
    }
}
