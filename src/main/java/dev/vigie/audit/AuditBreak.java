package dev.vigie.audit;

import java.util.Objects;

/**
 * Where the audit chain first breaks, and what most likely happened there.
 *
 * @param entry    the sequence number of the entry concerned: the one edited, inserted or out of place, the first
 *                 one deleted, or the one at which the chain breaks
 * @param lastEntry for {@link Kind#DELETED}, the last one deleted (the same as {@code entry} for a single one)
 */
public record AuditBreak(Kind kind, long entry, long lastEntry) {

    /** What the stored entries show. */
    public enum Kind {
        /** The entry's content no longer matches its hash. */
        EDITED,
        /** Entries are missing before the next one: their numbers are gone and the next one points past them. */
        DELETED,
        /** The entry points at the right predecessor but its successor points at that same predecessor. */
        INSERTED,
        /** The entry points at an entry that comes after it. */
        REORDERED,
        /** Something else: the chain breaks here, and what happened cannot be told apart. */
        BROKEN
    }

    public AuditBreak {
        Objects.requireNonNull(kind, "kind");
    }

    public static AuditBreak at(Kind kind, long entry) {
        return new AuditBreak(kind, entry, entry);
    }
}
