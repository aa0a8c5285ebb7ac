package dev.vigie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Builds a folder tree of backup-like files with chosen sizes and modified times, for tests. */
public final class TreeBuilder {

    private final Path root;
    private final Map<Path, Instant> folderTimes = new LinkedHashMap<>();

    private TreeBuilder(Path root) {
        this.root = root;
    }

    public static TreeBuilder in(Path root) {
        return new TreeBuilder(root);
    }

    public Path root() {
        return root;
    }

    /** A file of {@code size} deterministic bytes, modified at {@code modified}. */
    public TreeBuilder file(String relative, int size, Instant modified) {
        byte[] bytes = new byte[size];
        new SplittableRandom(relative.hashCode()).nextBytes(bytes);
        return file(relative, bytes, modified);
    }

    public TreeBuilder file(String relative, byte[] content, Instant modified) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            Files.setLastModifiedTime(p, FileTime.from(modified));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder whose own modified time is set when the tree is {@link #build() built} (adding files changes it). */
    public TreeBuilder folder(String relative, Instant modified) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p);
            folderTimes.put(p, modified);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path build() {
        try {
            List<Path> deepestFirst = new ArrayList<>(folderTimes.keySet());
            deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
            for (Path p : deepestFirst) {
                Files.setLastModifiedTime(p, FileTime.from(folderTimes.get(p)));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
