package dev.vigie.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes a folder's disk can still take; a test gives its own answer. */
@FunctionalInterface
public interface FreeSpace {

    /** The disk's own answer, for this user. */
    FreeSpace DISK = folder -> Files.getFileStore(folder).getUsableSpace();

    long usableBytes(Path folder) throws IOException;
}
