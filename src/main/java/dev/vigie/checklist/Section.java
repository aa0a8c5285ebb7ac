package dev.vigie.checklist;

import java.util.List;
import java.util.Objects;

/**
 * Steps done together, in order: protect the backup, pre-flight checks, restore, post-restore checks...
 *
 * @param id    {@code protect}, {@code preflight}, {@code restore}, {@code postrestore}, {@code secure},
 *              {@code prepare}, {@code transfer}, {@code wipe}
 * @param steps in the order to do them
 */
public record Section(String id, List<Step> steps) {

    public Section {
        Objects.requireNonNull(id, "id");
        steps = List.copyOf(steps);
    }

    /** The message key of its title. */
    public String titleKey() {
        return "checklist.section." + id;
    }
}
