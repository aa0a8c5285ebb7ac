package dev.vigie.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything on the device was lost at {@code lost} (a phone stolen, a disk dead): what matters is the last backup
 * before it.
 *
 * @param label the user's name for it
 * @param lost  when the data was lost
 */
public record LossEvent(String label, Instant lost) implements DataEvent {

    public LossEvent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lost, "lost");
    }
}
