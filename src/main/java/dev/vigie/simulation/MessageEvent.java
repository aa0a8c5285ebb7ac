package dev.vigie.simulation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of data (a message, a file) that existed from {@code created} and was deleted at {@code deleted}: every
 * backup made in {@code [created, deleted)} holds it.
 *
 * @param label   the user's name for it
 * @param created when it appeared; empty when it existed long before any backup
 * @param deleted when it was deleted
 */
public record MessageEvent(String label, Optional<Instant> created, Instant deleted) implements DataEvent {

    public MessageEvent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(deleted, "deleted");
        if (created.filter(c -> c.isAfter(deleted)).isPresent()) {
            throw new IllegalArgumentException("deleted " + deleted + " before it was created " + created.get());
        }
    }
}
