package dev.vigie.simulation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do now to keep a deleted message recoverable, before the backup that holds it the longest is pruned.
 *
 * @param action what to do
 * @param backup when the backup that holds it the longest was made
 * @param file   that backup's file or snapshot name, when it was observed
 * @param before when that backup is pruned, the deadline
 */
public record Advice(Action action, Instant backup, Optional<String> file, Instant before) {

    /** The actions, each with its identifier in JSON and its message key. */
    public enum Action {
        /** Copy the backup file somewhere the backup tool does not prune: a local folder of backups. */
        COPY_BACKUP("copy-backup"),
        /**
         * Stop the next run from replacing the only copy: a cloud backup that keeps one copy, which the user cannot
         * copy out.
         */
        TURN_OFF_AUTOMATIC_BACKUP("turn-off-automatic-backup");

        private final String id;

        Action(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Advice {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(before, "before");
    }
}
