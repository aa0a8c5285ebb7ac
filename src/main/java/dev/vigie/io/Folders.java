package dev.vigie.io;

import dev.vigie.backup.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;

/** The guard every adapter puts before reading a folder the user named. */
public final class Folders {

    private Folders() {
    }

    /**
     * The folder as an absolute, normalised path.
     *
     * @throws InputProblem when it is missing, a file, or unreadable: what, where, and what to do
     */
    public static Path readable(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new InputProblem("error.path.missing", abs.toString());
        }
        if (!Files.isDirectory(abs)) {
            throw new InputProblem("error.path.notFolder", abs.toString());
        }
        if (!Files.isReadable(abs)) {
            throw new InputProblem("error.path.unreadable", abs.toString(), "permission denied");
        }
        return abs;
    }
}
