package dev.vigie.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Several scenarios side by side over the same period.
 *
 * @param from     the first observed backup
 * @param to       the present of the comparison
 * @param delay    how long after a deletion it is noticed
 * @param outcomes one per scenario, in the order given
 */
public record WhatIfResult(Instant from, Instant to, Duration delay, List<ScenarioOutcome> outcomes) {

    public WhatIfResult {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(delay, "delay");
        outcomes = List.copyOf(outcomes);
    }
}
