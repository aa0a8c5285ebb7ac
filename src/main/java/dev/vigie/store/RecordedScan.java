package dev.vigie.store;

import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanWarning;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the history remembers of one scan of a source, enough for a line in a list of sources.
 *
 * @param scannedAt     when the scan ran
 * @param layout        the layout it used
 * @param filesSeen     how many files it looked at
 * @param backupCount   how many backup sets it found
 * @param latestBackup  the time of the newest set it found, if any
 * @param warnings      the per-entry problems it met
 */
public record RecordedScan(Instant scannedAt, Layout layout, long filesSeen, int backupCount,
                           Optional<Instant> latestBackup, List<ScanWarning> warnings) {

    public RecordedScan {
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(latestBackup, "latestBackup");
        warnings = List.copyOf(warnings);
    }
}
