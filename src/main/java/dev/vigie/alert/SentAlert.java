package dev.vigie.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert Vigie sent, or tried to send, as the Settings view and {@code vigie alerts list} show it.
 *
 * @param errorKey  the message key of why it failed, when it did
 * @param errorArgs its arguments
 */
public record SentAlert(Instant at, String channel, String source, AlertKind kind, AlertState state,
                        Optional<AlertState> previous, boolean delivered, Optional<String> errorKey,
                        List<String> errorArgs) {

    public SentAlert {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(errorKey, "errorKey");
        errorArgs = List.copyOf(errorArgs);
    }
}
