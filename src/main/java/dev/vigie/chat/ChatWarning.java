package dev.vigie.chat;

import dev.vigie.i18n.Messages;
import java.util.Objects;

/**
 * Something in a chat export Vigie read but could not fully understand, said to the user at import; never the
 * message text.
 *
 * @param code   {@code unknown-notice}: notices in a language Vigie has no words for, counted as {@code system};
 *               {@code unreadable-header}: a line that looks like a header in a form Vigie cannot read, skipped
 * @param line   the (first) line concerned, from 1
 * @param detail for {@code unknown-notice} the language guessed from the script; for {@code unreadable-header} the
 *               line's start, up to where the author's name would begin
 * @param count  how many lines this warning stands for
 */
public record ChatWarning(String code, int line, String detail, int count) {

    public static final String UNKNOWN_NOTICE = "unknown-notice";
    public static final String UNREADABLE_HEADER = "unreadable-header";

    public ChatWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** The key of the sentence that says it, in {@code messages.properties}: line, detail and count as arguments. */
    public String messageKey() {
        return "chat.warning." + code;
    }

    /** The warning in the user's language, the guessed language named in it too. */
    public String describe(Messages messages) {
        String said = code.equals(UNKNOWN_NOTICE) ? messages.get("chat.language." + detail) : detail;
        return messages.get(messageKey(), line, said, count);
    }
}
