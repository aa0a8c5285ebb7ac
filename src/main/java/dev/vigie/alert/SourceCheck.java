package dev.vigie.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One source's check as the alert rules see it.
 *
 * @param source    the registered source's name
 * @param state     its state
 * @param summary   the check's one-line summary, already in the user's language (an alert carries no more text)
 * @param findings  every finding of the check
 * @param checkedAt when it was checked
 */
public record SourceCheck(String source, AlertState state, String summary, List<AlertFinding> findings,
                          Instant checkedAt) {

    public SourceCheck {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** healthchecks.io's convention: a ping to {@code /fail} for LATE, DOWN, NEW-overdue, UNKNOWN or a critical finding. */
    public boolean failing() {
        return state.level() != Minimum.NONE
                || findings.stream().anyMatch(f -> f.level() == Minimum.CRITICAL);
    }
}
