package dev.vigie.alert;

import java.util.Objects;
import java.util.Optional;

/**
 * What the rules decided for one source on one channel: the state to remember, and the alert to send if any.
 *
 * @param remember what the channel has heard once the alert (if any) is delivered
 * @param previous what it had heard before, empty on the source's first check (the baseline)
 * @param alert    the alert to send, empty when nothing worth telling changed
 */
public record AlertDecision(Watched remember, Optional<Watched> previous, Optional<AlertKind> alert) {

    public AlertDecision {
        Objects.requireNonNull(remember, "remember");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(alert, "alert");
    }

    /** Whether the stored state changes (and so must be written), alert or not. */
    public boolean changed() {
        return previous.map(p -> !p.equals(remember)).orElse(true);
    }
}
