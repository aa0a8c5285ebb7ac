package dev.vigie.checklist;

import dev.vigie.backup.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a verification of the chosen backup found, when it ran.
 *
 * @param state    sound, with problems, or not possible (the backup is no longer on disk, or lives in a cloud)
 * @param at       when it ran
 * @param problems the problems found, when any
 */
public record Verification(State state, Instant at, List<Finding> problems) {

    public enum State {
        SOUND("sound"), PROBLEMS("problems"), NOT_VERIFIED("not-verified");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Verification {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        problems = List.copyOf(problems);
    }
}
