package dev.vigie.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds a file again from the relative path a scan wrote down. Without a UTF-8 locale (LANG=C) Java decodes a
 * non-ASCII file name to a string it cannot encode back, and {@link Path#resolve(String)} then fails: here each
 * such segment is found among its folder's entries instead, by the name Java gave it, so the file system's own
 * name (its bytes) is used.
 */
public final class FsNames {

    private static final char REPLACED = '\uFFFD';

    private FsNames() {
    }

    /** {@code root} joined with the '/'-separated {@code relative}; segments Java cannot spell are looked up. */
    public static Path resolve(Path root, String relative) {
        if (relative.isEmpty()) {
            return root;
        }
        if (relative.indexOf(REPLACED) < 0) {
            try {
                return root.resolve(relative);
            } catch (InvalidPathException e) {
                // a name the locale cannot encode: found segment by segment below
            }
        }
        Path at = root;
        for (String segment : relative.split("/", -1)) {
            at = child(at, segment);
        }
        return at;
    }

    /**
     * A name with U+FFFD was not valid in the file system's encoding: encoding it again gives other bytes (a file
     * that does not exist), so it is always found among its folder's entries.
     */
    private static Path child(Path folder, String name) {
        try {
            if (name.indexOf(REPLACED) < 0) {
                return folder.resolve(name);
            }
            throw new InvalidPathException(name, "not valid in the file system's encoding");
        } catch (InvalidPathException e) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (entry.getFileName().toString().equals(name)) {
                        return entry;
                    }
                }
            } catch (IOException listing) {
                // an unreadable folder: the file is reported missing or unreadable by whoever looks for it
            }
            // Gone since it was listed: a path that does not exist, for the caller to report as such.
            StringBuilder plain = new StringBuilder();
            name.codePoints().forEach(cp -> plain.appendCodePoint(cp < 0x80 ? cp : '_'));
            return folder.resolve(plain.toString());
        }
    }
}
