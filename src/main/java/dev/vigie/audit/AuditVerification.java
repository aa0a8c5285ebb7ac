package dev.vigie.audit;

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
 */
public record AuditVerification(long entries, String head, Optional<AuditBreak> firstBreak, boolean guarded) {

    public AuditVerification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
