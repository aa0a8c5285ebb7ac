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
 */
public record CheckOptions(Optional<String> schedule, Optional<ZoneId> zone, Optional<Duration> grace,
                           VerifyDepth verify) {

    public CheckOptions {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(verify, "verify");
    }

    /** The stored settings as they are, with a verification of the given depth. */
    public static CheckOptions verifying(VerifyDepth depth) {
        return new CheckOptions(Optional.empty(), Optional.empty(), Optional.empty(), depth);
    }
}
