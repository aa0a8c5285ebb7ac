package dev.vigie.workspace;

/** Told how a check is going (scan, then verification), and asked whether to stop. Called on the working thread. */
public interface CheckProgress {

    CheckProgress NONE = new CheckProgress() {
    };

    /** Files looked at by the scan so far. */
    default void filesSeen(long count) {
    }

    /** Bytes read by the verification so far, of the total it will read. */
    default void bytesVerified(long done, long total) {
    }

    default boolean isCancelled() {
        return false;
    }
}
