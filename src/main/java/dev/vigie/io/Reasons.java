package dev.vigie.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Why a file operation failed, in the few words a message to the user ends with. */
public final class Reasons {

    private Reasons() {
    }

    /** "permission denied", "no such file", else the system's words, else the kind of failure. */
    public static String of(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
