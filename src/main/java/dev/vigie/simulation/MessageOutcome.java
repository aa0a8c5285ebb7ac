package dev.vigie.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which backups held a deleted message and until when one of them exists.
 *
 * @param event            the message
 * @param capturedBy       when each backup that holds it was made, oldest first
 * @param recoverableNow   whether one of them exists at the present
 * @param recoverableUntil when the last of them is pruned; empty when never captured, or when one is still kept at
 *                         the horizon (see {@link #keptBeyondHorizon})
 * @param keptBeyondHorizon whether one of them outlives the simulated timeline
 * @param timeLeft         from the present to {@code recoverableUntil}, when recoverable now and that is known
 * @param whyNotCaptured   why no backup holds it, when none does
 * @param advice           what to do to keep it, when recoverable now until a known moment
 */
public record MessageOutcome(MessageEvent event, List<Instant> capturedBy, boolean recoverableNow,
                             Optional<Instant> recoverableUntil, boolean keptBeyondHorizon,
                             Optional<Duration> timeLeft, Optional<NotCaptured> whyNotCaptured,
                             Optional<Advice> advice) implements EventOutcome {

    public MessageOutcome {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(capturedBy, "capturedBy");
        Objects.requireNonNull(recoverableUntil, "recoverableUntil");
        Objects.requireNonNull(timeLeft, "timeLeft");
        Objects.requireNonNull(whyNotCaptured, "whyNotCaptured");
        Objects.requireNonNull(advice, "advice");
    }

    public boolean captured() {
        return !capturedBy.isEmpty();
    }

    @Override
    public boolean neverCaptured() {
        return capturedBy.isEmpty();
    }
}
