package dev.vigie.alert;

import dev.vigie.backup.Severity;
import java.util.Objects;

/**
 * A finding as an alert carries it.
 *
 * @param message already in the user's language
 */
public record AlertFinding(Severity severity, String code, String message) {

    public AlertFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The channel level this finding's severity reaches: INFO none. */
    public Minimum level() {
        return switch (severity) {
            case CRITICAL -> Minimum.CRITICAL;
            case WARNING -> Minimum.WARNING;
            default -> Minimum.NONE;
        };
    }
}
