package dev.vigie.source.local;

import dev.vigie.io.FsNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A local folder as an {@link EntryTree}: read-only, links followed, walks counted and cancellable. */
final class LocalTree implements EntryTree {

    private final Path root;
    private final FolderWalker walker;

    LocalTree(Path root, FolderWalker walker) {
        this.root = root;
        this.walker = walker;
    }

    Path resolve(String path) {
        return FsNames.resolve(root, path);
    }

    @Override
    public List<String> list(String folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(resolve(folder))) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    @Override
    public boolean exists(String path) {
        return Files.exists(resolve(path));
    }

    @Override
    public boolean isFolder(String path) {
        return Files.isDirectory(resolve(path));
    }

    @Override
    public boolean isFile(String path) {
        return Files.isRegularFile(resolve(path));
    }

    @Override
    public Instant modified(String path) throws IOException {
        return Files.getLastModifiedTime(resolve(path)).toInstant();
    }

    @Override
    public long size(String path) throws IOException {
        return Files.size(resolve(path));
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path file = resolve(path);
        if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
            // Opening a pipe or a device can block forever: never opened.
            throw new IOException("not a regular file (a pipe, socket or device); not opened");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }

    @Override
    public Walk walk(String folder) throws IOException {
        return walker.walk(root, resolve(folder));
    }

    @Override
    public long filesSeen() {
        return walker.filesSeen();
    }

    @Override
    public List<String> rootSegments() {
        List<String> segments = new ArrayList<>();
        for (Path part : root) {
            segments.add(part.toString());
        }
        return segments;
    }

    @Override
    public String rootName() {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }
}
