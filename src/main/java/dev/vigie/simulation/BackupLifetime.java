package dev.vigie.simulation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long one backup of a simulated timeline exists: from its run until the run whose pruning removed it.
 *
 * @param created  when its run made it
 * @param prunedAt the run that removed it; empty when it is still kept at the timeline's horizon
 * @param name     its name when it was observed; empty for a projected run
 */
public record BackupLifetime(Instant created, Optional<Instant> prunedAt, Optional<String> name) {

    public BackupLifetime {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(prunedAt, "prunedAt");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this backup was seen rather than projected from the schedule. */
    public boolean observed() {
        return name.isPresent();
    }

    /** Whether it exists at {@code t}: made at or before, not yet pruned. */
    public boolean existsAt(Instant t) {
        return !created.isAfter(t) && prunedAt.map(p -> p.isAfter(t)).orElse(true);
    }
}
