package dev.vigie.drill;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a source's restore must be tested.
 *
 * @param important whether the user marked the source as important (its restore is then tested every
 *                  {@link RestoreTestRule#DEFAULT_INTERVAL} unless the interval says otherwise)
 * @param every     the interval the user gave; empty for the default
 * @param off       the user turned the reminder off for this source, important or not
 */
public record DrillPolicy(boolean important, Optional<Duration> every, boolean off) {

    /** Nothing said: not important, no reminder. */
    public static final DrillPolicy DEFAULTS = new DrillPolicy(false, Optional.empty(), false);

    public DrillPolicy {
        Objects.requireNonNull(every, "every");
        if (every.filter(d -> d.isNegative() || d.isZero()).isPresent()) {
            throw new IllegalArgumentException("A restore-test interval must be positive: " + every.get());
        }
    }

    public DrillPolicy withImportant(boolean newImportant) {
        return new DrillPolicy(newImportant, every, off);
    }

    /** An interval, or back to the default ({@code empty}); either turns the reminder on. */
    public DrillPolicy withEvery(Optional<Duration> newEvery) {
        return new DrillPolicy(important, newEvery, false);
    }

    public DrillPolicy turnedOff() {
        return new DrillPolicy(important, Optional.empty(), true);
    }
}
