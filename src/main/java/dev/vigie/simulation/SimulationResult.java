package dev.vigie.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers for a batch of events, in their order, and what they add up to.
 *
 * @param outcomes one per event
 * @param summary  the counts
 */
public record SimulationResult(List<EventOutcome> outcomes, Summary summary) {

    public SimulationResult {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * What a batch adds up to. Every event is in exactly one of {@code recoverableNow}, {@code neverCaptured} and
     * {@code lost}.
     *
     * @param events         how many
     * @param recoverableNow messages a backup still holds, losses whose last backup still exists
     * @param neverCaptured  messages no backup ever held, losses before any backup
     * @param lost           held once, gone now: messages whose backups were all pruned, losses whose last backup was
     * @param medianTimeLeft of the messages recoverable now until a known moment, the median time left
     */
    public record Summary(int events, int recoverableNow, int neverCaptured, int lost,
                          Optional<Duration> medianTimeLeft) {

        public Summary {
            Objects.requireNonNull(medianTimeLeft, "medianTimeLeft");
        }

        static Summary of(List<EventOutcome> outcomes) {
            int recoverable = 0;
            int never = 0;
            long[] left = new long[outcomes.size()];
            int lefts = 0;
            for (EventOutcome outcome : outcomes) {
                if (outcome.recoverableNow()) {
                    recoverable++;
                } else if (outcome.neverCaptured()) {
                    never++;
                }
                if (outcome instanceof MessageOutcome message && message.timeLeftMillis() >= 0) {
                    left[lefts++] = message.timeLeftMillis();
                }
            }
            Optional<Duration> median = Optional.empty();
            if (lefts > 0) {
                // The lower median: a real event's time left, not an average of two.
                median = Optional.of(Duration.ofMillis(Selection.kth(left, lefts, (lefts - 1) / 2)));
            }
            return new Summary(outcomes.size(), recoverable, never, outcomes.size() - recoverable - never, median);
        }
    }
}
