package dev.vigie.workspace;

import dev.vigie.verify.VerifyDepth;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check is asked to do differently from the source's stored settings ({@code vigie check --schedule
 * ...}), and how deep to verify the files.
 *
 * @param schedule a schedule for this check only
 * @param zone     the schedule's zone for this check only
 * @param grace    a grace for this check only
 * @param verify   how deep to verify: quick (headers, structure, sizes), full, or a rotating sample
 * @param jobs     how many files to verify at once; 0 lets the source's device decide (one per core, one on a
 *                 spinning disk)
 */
public record CheckOptions(Optional<String> schedule, Optional<ZoneId> zone, Optional<Duration> grace,
                           VerifyDepth verify, int jobs) {

    public CheckOptions {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(verify, "verify");
        if (jobs < 0) {
            throw new IllegalArgumentException("jobs cannot be negative: " + jobs);
        }
    }

    /** Options that let the source's device decide how many files are verified at once. */
    public CheckOptions(Optional<String> schedule, Optional<ZoneId> zone, Optional<Duration> grace,
                        VerifyDepth verify) {
        this(schedule, zone, grace, verify, 0);
    }

    /** The stored settings as they are, with a verification of the given depth. */
    public static CheckOptions verifying(VerifyDepth depth) {
        return new CheckOptions(Optional.empty(), Optional.empty(), Optional.empty(), depth);
    }
}
