package dev.vigie.source.local;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * A tree of files and folders as the layout readers see it, whatever holds it: a local folder, or a listing made
 * elsewhere (a Google Drive folder). Paths are relative to the tree's root, '/'-separated; "" is the root itself.
 * Readers only ever go through this, so one recognition serves every kind of source.
 */
interface EntryTree {

    /** The names of a folder's children, in the order the tree gives them. */
    List<String> list(String folder) throws IOException;

    boolean exists(String path);

    boolean isFolder(String path);

    boolean isFile(String path);

    Instant modified(String path) throws IOException;

    long size(String path) throws IOException;

    /** A small file's content; a tree that holds names and sizes only answers with an {@link IOException}. */
    byte[] read(String path) throws IOException;

    /** Every entry under {@code folder}, in pre-order, with paths and depths relative to the root. */
    Walk walk(String folder) throws IOException;

    /** Files seen by all walks so far. */
    long filesSeen();

    /** The root's own name and those of the folders above it, outermost first (a phone copy's path tells). */
    List<String> rootSegments();

    /** The root's own name, as a user would recognise it. */
    String rootName();

    /** {@code folder/name}, or {@code name} at the root. */
    static String child(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    /** The last segment of a relative path. */
    static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** How many segments a relative path has (0 for the root). */
    static int segments(String path) {
        return path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '/').count() + 1;
    }
}
