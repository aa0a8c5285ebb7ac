package dev.vigie.checklist;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a saved checklist has been followed: its ticked steps and its sign-off.
 *
 * @param ticks   by step id
 * @param signOff when it was signed off
 */
public record Progress(Map<String, Tick> ticks, Optional<SignOff> signOff) {

    public static final Progress NONE = new Progress(Map.of(), Optional.empty());

    /** Who ticked a step, and when. */
    public record Tick(String stepId, String by, Instant at) {

        public Tick {
            Objects.requireNonNull(stepId, "stepId");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Who did the restore, who checked it, and when they signed. */
    public record SignOff(String performedBy, String checkedBy, Instant at) {

        public SignOff {
            Objects.requireNonNull(performedBy, "performedBy");
            Objects.requireNonNull(checkedBy, "checkedBy");
            Objects.requireNonNull(at, "at");
        }
    }

    public Progress {
        ticks = Map.copyOf(ticks);
        Objects.requireNonNull(signOff, "signOff");
    }
}
