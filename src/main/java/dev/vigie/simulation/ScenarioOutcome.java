package dev.vigie.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * How one scenario fares over the observed period.
 *
 * @param scenario            the scenario
 * @param backups             how many backups it makes within the period
 * @param worstExposure       the most data a loss could cost: the longest time between a loss and the last backup
 *                            before it
 * @param meanExposure        the same, averaged over every moment of the period
 * @param recoverableAfterDelay of deletions spread evenly over the period (of messages that existed long before),
 *                            the share a backup still holds when the deletion is noticed after the delay, 0 to 1
 */
public record ScenarioOutcome(Scenario scenario, int backups, Duration worstExposure, Duration meanExposure,
                              double recoverableAfterDelay) {

    public ScenarioOutcome {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(worstExposure, "worstExposure");
        Objects.requireNonNull(meanExposure, "meanExposure");
        if (!(recoverableAfterDelay >= 0 && recoverableAfterDelay <= 1)) {
            throw new IllegalArgumentException("A share is between 0 and 1: " + recoverableAfterDelay);
        }
    }
}
