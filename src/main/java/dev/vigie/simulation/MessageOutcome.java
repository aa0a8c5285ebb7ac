package dev.vigie.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which backups held a deleted message and until when one of them exists.
 *
 * <p>A value, compared by what it answers. It keeps positions in the simulator's timeline rather than the answers
 * themselves, and words them when asked: a batch of a million events then fits in a small heap.
 */
public final class MessageOutcome implements EventOutcome {

    private final MessageEvent event;
    private final Simulator simulator;
    /** The backups {@code [from, to)} of the timeline hold the message. */
    private final int from;
    private final int to;
    /** Of those made by now, the one pruned last; -1 when none exists now. */
    private final int holderNow;
    /** When the last of them is pruned; {@link Timeline#KEPT} when one outlives the horizon. */
    private final long untilMillis;
    private final NotCaptured whyNotCaptured;

    MessageOutcome(MessageEvent event, Simulator simulator, int from, int to, int holderNow, long untilMillis,
                   NotCaptured whyNotCaptured) {
        this.event = Objects.requireNonNull(event, "event");
        this.simulator = simulator;
        this.from = from;
        this.to = to;
        this.holderNow = holderNow;
        this.untilMillis = untilMillis;
        this.whyNotCaptured = whyNotCaptured;
    }

    @Override
    public MessageEvent event() {
        return event;
    }

    /** When each backup that holds it was made, oldest first. */
    public List<Instant> capturedBy() {
        return from >= to ? List.of() : simulator.times(from, to);
    }

    /** Whether one of them exists at the present. */
    @Override
    public boolean recoverableNow() {
        return holderNow >= 0;
    }

    /**
     * When the last of them is pruned; empty when never captured, or when one is still kept at the horizon (see
     * {@link #keptBeyondHorizon}).
     */
    public Optional<Instant> recoverableUntil() {
        return from >= to || untilMillis == Timeline.KEPT ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(untilMillis));
    }

    /** Whether one of them outlives the simulated timeline. */
    public boolean keptBeyondHorizon() {
        return from < to && untilMillis == Timeline.KEPT;
    }

    /** From the present to {@code recoverableUntil}, when recoverable now and that is known. */
    public Optional<Duration> timeLeft() {
        long left = timeLeftMillis();
        return left < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(left));
    }

    /** {@link #timeLeft()} in milliseconds, -1 when it has none: for batch summaries. */
    long timeLeftMillis() {
        if (holderNow < 0 || untilMillis == Timeline.KEPT) {
            return -1;
        }
        return untilMillis - simulator.now().toEpochMilli();
    }

    /** Why no backup holds it, when none does. */
    public Optional<NotCaptured> whyNotCaptured() {
        return Optional.ofNullable(whyNotCaptured);
    }

    /** What to do to keep it, when recoverable now until a known moment. */
    public Optional<Advice> advice() {
        return holderNow < 0 || untilMillis == Timeline.KEPT ? Optional.empty()
                : Optional.of(simulator.advice(holderNow));
    }

    /**
     * The backup to restore from: of those that hold the message and exist now, the newest, which loses least of
     * what came after; empty when none exists now.
     */
    public Optional<BackupLifetime> bestBackup() {
        return holderNow < 0 ? Optional.empty() : Optional.of(simulator.newestExisting(from, to));
    }

    public boolean captured() {
        return from < to;
    }

    @Override
    public boolean neverCaptured() {
        return from >= to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageOutcome other && event.equals(other.event)
                && capturedBy().equals(other.capturedBy()) && recoverableNow() == other.recoverableNow()
                && recoverableUntil().equals(other.recoverableUntil())
                && keptBeyondHorizon() == other.keptBeyondHorizon() && timeLeft().equals(other.timeLeft())
                && whyNotCaptured().equals(other.whyNotCaptured()) && advice().equals(other.advice());
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, capturedBy(), recoverableNow(), recoverableUntil(), timeLeft());
    }

    @Override
    public String toString() {
        return "MessageOutcome[event=" + event + ", capturedBy=" + capturedBy() + ", recoverableNow="
                + recoverableNow() + ", recoverableUntil=" + recoverableUntil() + ", keptBeyondHorizon="
                + keptBeyondHorizon() + ", timeLeft=" + timeLeft() + ", whyNotCaptured=" + whyNotCaptured()
                + ", advice=" + advice() + "]";
    }
}
