package dev.vigie.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One consent a customer gave for one purpose, and its withdrawal if any.
 *
 * @param evidence    where the proof is (a form's number, a message's date, a scan's file name)
 * @param withdrawnAt never before {@code grantedAt}
 */
public record ConsentRecord(String contactId, Purpose purpose, Instant grantedAt, ConsentMethod method,
                            Optional<String> evidence, Optional<Instant> withdrawnAt) {

    public ConsentRecord {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (withdrawnAt.isPresent() && withdrawnAt.get().isBefore(grantedAt)) {
            throw new IllegalArgumentException("Consent withdrawn before it was granted: " + grantedAt + " > "
                    + withdrawnAt.get());
        }
    }

    /** Valid at {@code t} when granted at or before {@code t} and not withdrawn at or before {@code t}. */
    public boolean isValidAt(Instant t) {
        return !grantedAt.isAfter(t) && withdrawnAt.map(w -> w.isAfter(t)).orElse(true);
    }

    /** Withdrawn at or before {@code t}. */
    public boolean isWithdrawnBy(Instant t) {
        return withdrawnAt.map(w -> !w.isAfter(t)).orElse(false);
    }

    /**
     * Whether the two consents cover some instant in common. The ledger keeps at most one consent per contact and
     * purpose at any time, so that a withdrawal always names the one it ends.
     */
    public boolean overlaps(ConsentRecord other) {
        if (!contactId.equals(other.contactId) || purpose != other.purpose) {
            return false;
        }
        boolean thisEndsAfterOtherStarts = withdrawnAt.map(w -> w.isAfter(other.grantedAt)).orElse(true);
        boolean otherEndsAfterThisStarts = other.withdrawnAt.map(w -> w.isAfter(grantedAt)).orElse(true);
        return thisEndsAfterOtherStarts && otherEndsAfterThisStarts && !isEmpty() && !other.isEmpty();
    }

    /** Withdrawn the moment it was granted: valid at no instant. */
    private boolean isEmpty() {
        return withdrawnAt.map(grantedAt::equals).orElse(false);
    }

    public ConsentRecord withdrawn(Instant at) {
        return new ConsentRecord(contactId, purpose, grantedAt, method, evidence, Optional.of(at));
    }
}
