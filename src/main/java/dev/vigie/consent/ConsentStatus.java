package dev.vigie.consent;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
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
        return Arrays.stream(Purpose.values()).map(p -> at(consents, p, t)).toList();
    }

    /** The status for {@code purpose} at {@code t}, from all of one contact's consents (any purpose). */
    public static ConsentStatus at(List<ConsentRecord> consents, Purpose purpose, Instant t) {
        List<ConsentRecord> forPurpose = consents.stream().filter(c -> c.purpose() == purpose).toList();
        Optional<ConsentRecord> valid = forPurpose.stream().filter(c -> c.isValidAt(t))
                .max(Comparator.comparing(ConsentRecord::grantedAt));
        if (valid.isPresent()) {
            return new ConsentStatus(purpose, ConsentState.GIVEN, Optional.of(valid.get().grantedAt()));
        }
        Optional<Instant> lastWithdrawal = forPurpose.stream().filter(c -> c.isWithdrawnBy(t))
                .map(c -> c.withdrawnAt().orElseThrow()).max(Comparator.naturalOrder());
        return lastWithdrawal.map(w -> new ConsentStatus(purpose, ConsentState.WITHDRAWN, Optional.of(w)))
                .orElseGet(() -> new ConsentStatus(purpose, ConsentState.NONE, Optional.empty()));
    }
}
