package dev.vigie.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * Why no backup ever held a message, and the moment that explains it.
 *
 * @param reason the cause
 * @param at     the next run after the message appeared ({@code DELETED_BEFORE_NEXT_RUN}), the run expected while
 *               it existed that never came ({@code RUN_MISSED}), or the last backup ({@code
 *               CREATED_AFTER_LAST_BACKUP}, the horizon when there was none)
 */
public record NotCaptured(Reason reason, Instant at) {

    /** The causes, each with its identifier in JSON and its message key. */
    public enum Reason {
        /** It was deleted before the next run came. */
        DELETED_BEFORE_NEXT_RUN("deleted-before-next-run"),
        /** A run was expected while it existed, and no backup came of it. */
        RUN_MISSED("run-missed"),
        /** No run came after it appeared, not even projected ones. */
        CREATED_AFTER_LAST_BACKUP("created-after-last-backup");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** {@code simulate.why.} and the identifier. */
        public String messageKey() {
            return "simulate.why." + id;
        }
    }

    public NotCaptured {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
