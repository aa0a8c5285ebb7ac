package dev.vigie.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * A backup that was seen (in a source's history, a scan or a restic snapshot list): when it was made and the name a
 * user would look for.
 *
 * @param time when it was made
 * @param name its file, folder or snapshot name, e.g. {@code msgstore-2026-11-18.1.db.crypt14}
 */
public record ObservedBackup(Instant time, String name) {

    public ObservedBackup {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(name, "name");
    }
}
