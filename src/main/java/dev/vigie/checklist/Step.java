package dev.vigie.checklist;

import java.util.List;
import java.util.Objects;

/**
 * One short, checkable thing to do.
 *
 * @param id   stable within its checklist, so that a tick survives a new rendering: {@code restore.rename}
 * @param key  the message key of its wording
 * @param args the values the wording names: strings, {@link java.time.Instant}s (shown in the checklist's zone),
 *             {@link java.time.Duration}s, numbers
 */
public record Step(String id, String key, List<Object> args) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Step of(String id, Object... args) {
        return new Step(id, "checklist.step." + id, List.of(args));
    }
}
