package dev.vigie.backup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one scan of a source found: its backup sets, oldest first, and the problems met on the way.
 *
 * @param source    the absolute location scanned
 * @param layout    the layout used to group files into sets
 * @param backups   the backup sets, oldest first
 * @param warnings  per-entry problems that did not stop the scan
 * @param filesSeen how many files the scan looked at
 */
public record Inventory(String source, Layout layout, List<BackupSet> backups, List<ScanWarning> warnings,
                        long filesSeen) {

    private static final Comparator<BackupSet> OLDEST_FIRST =
            Comparator.comparing(BackupSet::time).thenComparing(BackupSet::name);

    public Inventory {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        backups = backups.stream().sorted(OLDEST_FIRST).toList();
        warnings = List.copyOf(warnings);
    }

    public Optional<BackupSet> latest() {
        return backups.isEmpty() ? Optional.empty() : Optional.of(backups.get(backups.size() - 1));
    }

    public Optional<Instant> latestTime() {
        return latest().map(BackupSet::time);
    }
}
