package dev.vigie.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides access to a contact's restored or deleted messages: allowed only when the contact's consent for that very
 * purpose is valid at that time and the agent says why the access is necessary. Every reason against is given, not
 * just the first, so the agent knows everything that must change.
 */
public final class AccessRule {

    private AccessRule() {
    }

    /**
     * @param consents      every consent of the contact, any purpose
     * @param erasures      the contact's erasure requests: one received by {@code at}, open or done, puts the
     *                      contact out of scope for every purpose, whatever its consents say
     * @param justification why opening the messages is necessary; blank counts as none
     */
    public static AccessDecision decide(String contactId, List<ConsentRecord> consents,
                                        List<ErasureRequest> erasures, Purpose purpose, String justification,
                                        String agent, Instant at) {
        List<DenialReason> reasons = new ArrayList<>();
        erasures.stream().filter(e -> e.contactId().equals(contactId) && !e.receivedAt().isAfter(at))
                .map(ErasureRequest::receivedAt).min(Comparator.naturalOrder())
                .ifPresent(received -> reasons.add(new DenialReason(DenialReason.Code.ERASURE_REQUESTED,
                        Optional.of(received), List.of())));
        consentReason(consents, purpose, at).ifPresent(reasons::add);
        if (justification.isBlank()) {
            reasons.add(DenialReason.of(DenialReason.Code.NO_JUSTIFICATION));
        }
        return new AccessDecision(contactId, purpose, at, agent, justification.strip(), reasons.isEmpty(), reasons);
    }

    private static Optional<DenialReason> consentReason(List<ConsentRecord> consents, Purpose purpose, Instant at) {
        ConsentStatus status = ConsentStatus.at(consents, purpose, at);
        if (status.state() == ConsentState.GIVEN) {
            return Optional.empty();
        }
        if (status.state() == ConsentState.WITHDRAWN) {
            return Optional.of(new DenialReason(DenialReason.Code.WITHDRAWN, status.since(), List.of()));
        }
        List<Purpose> others = consents.stream().filter(c -> c.purpose() != purpose && c.isValidAt(at))
                .map(ConsentRecord::purpose).distinct().sorted(Comparator.naturalOrder()).toList();
        if (!others.isEmpty()) {
            return Optional.of(new DenialReason(DenialReason.Code.OTHER_PURPOSE_ONLY, Optional.empty(), others));
        }
        return Optional.of(DenialReason.of(DenialReason.Code.NO_CONSENT));
    }
}
