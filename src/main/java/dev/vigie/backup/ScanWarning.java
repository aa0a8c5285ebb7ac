package dev.vigie.backup;

import java.util.List;
import java.util.Objects;

/**
 * A problem with one entry of a source that did not stop the scan.
 *
 * @param code what kind of problem, stable for scripts
 * @param path the entry concerned, relative to the source ("" for the source itself)
 * @param args values for the localised message, in the order the message uses them
 */
public record ScanWarning(WarningCode code, String path, List<String> args) {

    public ScanWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        args = List.copyOf(args);
    }

    public static ScanWarning of(WarningCode code, String path, String... args) {
        return new ScanWarning(code, path, List.of(args));
    }
}
