package dev.vigie.consent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "may this agent open this contact's restored or deleted messages for this purpose now?".
 *
 * @param reasons empty when allowed; every reason that applies when denied
 */
public record AccessDecision(String contactId, Purpose purpose, Instant at, String agent, String justification,
                             boolean allowed, List<DenialReason> reasons) {

    public AccessDecision {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(justification, "justification");
        reasons = List.copyOf(reasons);
        if (allowed != reasons.isEmpty()) {
            throw new IllegalArgumentException("A decision is allowed exactly when it has no reason against it");
        }
    }
}
