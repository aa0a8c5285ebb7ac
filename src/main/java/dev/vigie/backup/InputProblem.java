package dev.vigie.backup;

import java.util.List;
import java.util.Objects;

/**
 * Input that cannot be worked with at all (a missing folder, a file where a folder was expected...).
 * Carries a message key and its arguments so that each face words it in the user's language; the
 * message says what happened, to what, and what to do.
 */
public class InputProblem extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public InputProblem(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public InputProblem(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
