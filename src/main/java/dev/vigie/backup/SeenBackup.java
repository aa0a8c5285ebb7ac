package dev.vigie.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * A backup set as the history remembers it: what it was when last seen, and when it was first and last seen.
 *
 * @param backup      the set as of its last sighting
 * @param firstSeen   the first scan that found it
 * @param lastSeen    the last scan that found it
 * @param inLatestScan whether the most recent scan of the source still found it
 */
public record SeenBackup(BackupSet backup, Instant firstSeen, Instant lastSeen, boolean inLatestScan) {

    public SeenBackup {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
