package dev.vigie.consent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's request to erase their data (GDPR Art. 17), to be answered within one month of its receipt
 * (Art. 12(3)).
 *
 * @param id          the ledger's number for it; 0 until it is stored
 * @param dueAt       {@link #dueFor(Instant, ZoneId)} of the receipt, unless the business extended it
 * @param completedAt when the business finished erasing
 * @param scope       what was asked to be erased, in the user's words
 */
public record ErasureRequest(long id, String contactId, Instant receivedAt, Instant dueAt,
                             Optional<Instant> completedAt, Optional<String> scope) {

    /** "Due soon" means due within this long. */
    public static final Duration DUE_SOON = Duration.ofDays(7);

    public ErasureRequest {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(scope, "scope");
        if (completedAt.isPresent() && completedAt.get().isBefore(receivedAt)) {
            throw new IllegalArgumentException("Erasure completed before it was received: " + receivedAt + " > "
                    + completedAt.get());
        }
    }

    /**
     * One month after receipt, on the same day of the month in the user's zone (the last day of a shorter month:
     * 31 January is due 28 or 29 February), at the same time of day.
     */
    public static Instant dueFor(Instant receivedAt, ZoneId zone) {
        return receivedAt.atZone(zone).plusMonths(1).toInstant();
    }

    /** A new request, due one month after receipt. */
    public static ErasureRequest received(String contactId, Instant receivedAt, ZoneId zone,
                                          Optional<Instant> completedAt, Optional<String> scope) {
        return new ErasureRequest(0, contactId, receivedAt, dueFor(receivedAt, zone), completedAt, scope);
    }

    public boolean isOpen() {
        return completedAt.isEmpty();
    }

    /** Still open after its due time. */
    public boolean isOverdueAt(Instant now) {
        return isOpen() && dueAt.isBefore(now);
    }

    /** Still open, not overdue, and due within {@link #DUE_SOON}. */
    public boolean isDueSoonAt(Instant now) {
        return isOpen() && !dueAt.isBefore(now) && !dueAt.isAfter(now.plus(DUE_SOON));
    }

    public ErasureRequest completed(Instant at) {
        return new ErasureRequest(id, contactId, receivedAt, dueAt, Optional.of(at), scope);
    }

    public ErasureRequest withId(long newId) {
        return new ErasureRequest(newId, contactId, receivedAt, dueAt, completedAt, scope);
    }
}
