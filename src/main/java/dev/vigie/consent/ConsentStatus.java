package dev.vigie.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact's consent for one purpose at a given time.
 *
 * @param since when the consent was granted ({@code GIVEN}) or withdrawn ({@code WITHDRAWN}); empty for NONE
 */
public record ConsentStatus(Purpose purpose, ConsentState state, Optional<Instant> since) {

    public ConsentStatus {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
    }

    /** The status for every purpose at {@code t}, in the order of {@link Purpose}. */
    public static List<ConsentStatus> forEveryPurpose(List<ConsentRecord> consents, Instant t) {
        Purpose[] purposes = Purpose.values();
        List<ConsentStatus> statuses = new ArrayList<>(purposes.length);
        for (Purpose purpose : purposes) {
            statuses.add(at(consents, purpose, t));
        }
        return List.copyOf(statuses);
    }

    /** The status for {@code purpose} at {@code t}, from all of one contact's consents (any purpose). */
    public static ConsentStatus at(List<ConsentRecord> consents, Purpose purpose, Instant t) {
        // Plain loops, not streams: `contacts list` runs this three times for each of 100,000 contacts, mostly
        // before the JIT has compiled anything, where a stream pipeline costs many times a loop.
        ConsentRecord valid = null;
        Instant lastWithdrawal = null;
        for (ConsentRecord c : consents) {
            if (c.purpose() != purpose) {
                continue;
            }
            if (c.isValidAt(t)) {
                if (valid == null || c.grantedAt().isAfter(valid.grantedAt())) {
                    valid = c;
                }
            } else if (c.isWithdrawnBy(t)) {
                Instant w = c.withdrawnAt().orElseThrow();
                if (lastWithdrawal == null || w.isAfter(lastWithdrawal)) {
                    lastWithdrawal = w;
                }
            }
        }
        if (valid != null) {
            return new ConsentStatus(purpose, ConsentState.GIVEN, Optional.of(valid.grantedAt()));
        }
        return lastWithdrawal == null ? new ConsentStatus(purpose, ConsentState.NONE, Optional.empty())
                : new ConsentStatus(purpose, ConsentState.WITHDRAWN, Optional.of(lastWithdrawal));
    }
}
