package dev.vigie.health;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch with expected runs but no backup.
 *
 * @param from        the last backup before it (or the start of the watch when there was none)
 * @param to          the first backup after it (or now, while it lasts)
 * @param missedSlots how many expected runs fell in it without a backup
 */
public record Gap(Instant from, Instant to, int missedSlots) {

    public Gap {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
