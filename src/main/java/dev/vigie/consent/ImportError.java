package dev.vigie.consent;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong in a file being imported, where it is, as a message key and its arguments: {@code {0}} is the
 * file, {@code {1}} the line, {@code {2}}... the problem's own values.
 *
 * @param line the line the row starts on (1 is the first line of the file)
 */
public record ImportError(String file, long line, String messageKey, List<Object> args) {

    public ImportError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static ImportError at(String file, long line, String messageKey, Object... args) {
        return new ImportError(file, line, messageKey, List.of(args));
    }

    /** The arguments for the message: file, line, then the problem's own. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.size() + 2];
        all[0] = file;
        all[1] = line;
        for (int i = 0; i < args.size(); i++) {
            all[i + 2] = args.get(i);
        }
        return all;
    }
}
