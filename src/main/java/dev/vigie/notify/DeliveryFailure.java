package dev.vigie.notify;

import java.util.List;
import java.util.Objects;

/**
 * A channel could not deliver. Carries a message key and its arguments so that each face words the reason in the
 * user's language: what failed, where, and what to do.
 */
public final class DeliveryFailure extends Exception {

    private final String messageKey;
    private final List<Object> args;

    public DeliveryFailure(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.args = List.of(args);
    }

    public DeliveryFailure(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
