package dev.vigie.notify;

import dev.vigie.alert.Alert;
import dev.vigie.alert.AlertFinding;

/** The plain text every channel carries: the summary, then one line per finding. Nothing else of the backups. */
final class Texts {

    private Texts() {
    }

    static String body(Alert alert) {
        StringBuilder body = new StringBuilder(alert.summary());
        for (AlertFinding finding : alert.findings()) {
            body.append('\n').append("- ").append(finding.severity().name()).append(": ").append(finding.message());
        }
        return body.append('\n').toString();
    }
}
