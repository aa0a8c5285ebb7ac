package dev.vigie.backup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a health check or a verification found about a backup or one of its files.
 *
 * @param severity how much it matters
 * @param code     stable for scripts: {@code corrupt-checksum}, {@code size-drop}... (message key {@code finding.<code>})
 * @param backup   the name of the backup set concerned, when it concerns one
 * @param path     the file or folder concerned, relative to the source ("" for the source itself)
 * @param args     values for the localised message, after the path ({1}, {2}...)
 */
public record Finding(Severity severity, String code, Optional<String> backup, String path, List<String> args) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(path, "path");
        args = List.copyOf(args);
    }

    public static Finding of(Severity severity, String code, String backup, String path, String... args) {
        return new Finding(severity, code, Optional.ofNullable(backup), path, List.of(args));
    }

    public String messageKey() {
        return "finding." + code;
    }
}
