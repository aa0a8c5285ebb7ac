package dev.vigie.drill;

/** What an automatic drill is doing, for a progress view; and whether it should stop. */
public interface DrillProgress {

    /** No one is watching. */
    DrillProgress NONE = new DrillProgress() {
    };

    /** A file is being restored; {@code done} of {@code total} bytes of the whole drill are written. */
    default void restoring(String file, long done, long total) {
    }

    /** A restored file is being checked. */
    default void checking(String file) {
    }

    default boolean isCancelled() {
        return false;
    }
}
