package dev.vigie.retention;

import java.util.List;

/** Which snapshots to keep, with restic's {@code forget} semantics; the reasons say which rule kept each. */
public interface RetentionPolicy {

    /** Applies the policy to {@code snapshots} (any order); the decision lists keep and reasons newest first. */
    RetentionDecision apply(List<Snapshot> snapshots);

    /**
     * Only the snapshots the policy removes, for callers that apply it at every run of a long simulation and need
     * no reasons; the same answer as {@code apply(snapshots).remove()}.
     */
    default List<Snapshot> removed(List<Snapshot> snapshots) {
        return apply(snapshots).remove();
    }

    /** A short description of the rules, e.g. {@code keep-daily 7, keep-weekly 4}. */
    String describe();
}
