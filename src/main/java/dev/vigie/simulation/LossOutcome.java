package dev.vigie.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a loss of everything costs: the work done since the last backup before it.
 *
 * @param event            the loss
 * @param lastBackupBefore the newest backup made at or before the loss
 * @param exposure         from that backup to the loss: what is gone for good
 * @param backupExistsNow  whether that backup still exists at the present
 */
public record LossOutcome(LossEvent event, Optional<Instant> lastBackupBefore, Optional<Duration> exposure,
                          boolean backupExistsNow) implements EventOutcome {

    public LossOutcome {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lastBackupBefore, "lastBackupBefore");
        Objects.requireNonNull(exposure, "exposure");
    }

    @Override
    public boolean recoverableNow() {
        return backupExistsNow;
    }

    @Override
    public boolean neverCaptured() {
        return lastBackupBefore.isEmpty();
    }
}
