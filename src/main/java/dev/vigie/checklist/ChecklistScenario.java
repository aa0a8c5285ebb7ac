package dev.vigie.checklist;

import java.util.Arrays;
import java.util.Optional;

/** What happened, or what is planned, that the checklist answers. */
public enum ChecklistScenario {
    /** Deleted messages or a deleted conversation to get back. */
    RECOVER("recover"),
    /** The phone was lost, stolen or broken: restore onto another one. */
    LOST("lost"),
    /** A move to a new phone of the same platform. */
    MIGRATE("migrate"),
    /** A rehearsal of a recovery on the demo workspace, marked as practice. */
    TRAINING("training");

    private final String id;

    ChecklistScenario(String id) {
        this.id = id;
    }

    /** As the command line and the files write it. */
    public String id() {
        return id;
    }

    public static Optional<ChecklistScenario> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
