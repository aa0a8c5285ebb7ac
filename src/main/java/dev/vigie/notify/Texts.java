package dev.vigie.notify;

import dev.vigie.alert.Alert;
import dev.vigie.alert.AlertFinding;

/**
 * The plain text every channel carries: the summary, then one line per finding. Nothing else of the backups. A
 * digest (mail, chat, ntfy) ends with the audit log's head; a desktop notification, read at a glance, does not.
 */
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

    /** The body followed by the audit log's head, for the channels that keep what they receive. */
    static String digest(Alert alert) {
        String body = body(alert);
        return alert.audit().map(a -> body + '\n' + a.line() + '\n').orElse(body);
    }
}
