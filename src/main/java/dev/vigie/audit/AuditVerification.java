package dev.vigie.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What walking the audit chain found.
 *
 * @param entries      how many entries the log holds
 * @param head         the last entry's hash (write it down elsewhere: a later verify against it shows entries
 *                     removed from the end, which the chain alone cannot); {@link AuditChain#GENESIS} when empty
 * @param firstBreak   empty when every entry is intact and in place
 * @param guarded      whether the database's triggers that refuse changes to the log are in place
 * @param keyed        whether the chain's key was found (entries from its first keyed one are checked with it)
 * @param missingHeads the heads verified against that the log no longer holds: entries cut or rewritten
 */
public record AuditVerification(long entries, String head, Optional<AuditBreak> firstBreak, boolean guarded,
                                boolean keyed, List<AuditHead> missingHeads) {

    public AuditVerification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
        missingHeads = List.copyOf(missingHeads);
    }

    public AuditVerification(long entries, String head, Optional<AuditBreak> firstBreak, boolean guarded) {
        this(entries, head, firstBreak, guarded, false, List.of());
    }

    /** The chain holds together and every head verified against is still there. */
    public boolean intact() {
        return firstBreak.isEmpty() && missingHeads.isEmpty();
    }

    /** Intact, and still guarded by its triggers: what {@code audit verify} exits 0 for. */
    public boolean sound() {
        return intact() && guarded;
    }
}
