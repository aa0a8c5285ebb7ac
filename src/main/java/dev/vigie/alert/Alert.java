package dev.vigie.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert to deliver: the texts are already in the user's language.
 *
 * @param kind     problem, recovery or test
 * @param source   the source it is about ("" for a test)
 * @param state    the state now, as the channel hears it
 * @param previous the state before, empty on a first check or a test
 * @param title    a short title ("Vigie: nas is DOWN")
 * @param summary  the check's summary line
 * @param findings the findings the channel hears of
 * @param checkedAt when the source was checked
 * @param audit    the audit log's head when the alert left; empty when the log holds no entry yet
 */
public record Alert(AlertKind kind, String source, AlertState state, Optional<AlertState> previous, String title,
                    String summary, List<AlertFinding> findings, Instant checkedAt,
                    Optional<AuditMark> audit) {

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(audit, "audit");
    }
}
