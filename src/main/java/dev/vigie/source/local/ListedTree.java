package dev.vigie.source.local;

import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tree listed elsewhere, such as a Google Drive folder: names, sizes and times only. Its file contents cannot be
 * read, so a layout that wants them (an iPhone backup's property lists) says so in warnings and goes on.
 */
public final class ListedTree implements EntryTree {

    private final String rootName;
    private final Instant rootModified;
    private final List<FileEntry> entries;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final ScanProgress progress;
    private long filesSeen;

    /**
     * @param rootName     the listed folder's own name
     * @param rootModified the listed folder's own last-modified time
     * @param entries      everything under it in pre-order (a folder before what it holds), paths relative to it
     * @param progress     polled for cancel while the readers walk the listing
     */
    public ListedTree(String rootName, Instant rootModified, List<FileEntry> entries, ScanProgress progress) {
        this.rootName = Objects.requireNonNull(rootName, "rootName");
        this.rootModified = Objects.requireNonNull(rootModified, "rootModified");
        this.entries = List.copyOf(entries);
        this.progress = progress;
        children.put("", new ArrayList<>());
        for (int i = 0; i < this.entries.size(); i++) {
            FileEntry e = this.entries.get(i);
            index.put(e.path(), i);
            int slash = e.path().lastIndexOf('/');
            String parent = slash < 0 ? "" : e.path().substring(0, slash);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.name());
            if (e.directory()) {
                children.computeIfAbsent(e.path(), k -> new ArrayList<>());
            }
        }
    }

    @Override
    public List<String> list(String folder) throws IOException {
        List<String> names = children.get(folder);
        if (names == null || !isFolder(folder)) {
            throw new IOException("not a folder: " + folder);
        }
        return List.copyOf(names);
    }

    @Override
    public boolean exists(String path) {
        return path.isEmpty() || index.containsKey(path);
    }

    @Override
    public boolean isFolder(String path) {
        return path.isEmpty() || entry(path) != null && entry(path).directory();
    }

    @Override
    public boolean isFile(String path) {
        return entry(path) != null && !entry(path).directory();
    }

    @Override
    public Instant modified(String path) throws IOException {
        if (path.isEmpty()) {
            return rootModified;
        }
        return existing(path).modified();
    }

    @Override
    public long size(String path) throws IOException {
        return path.isEmpty() ? 0 : existing(path).size();
    }

    @Override
    public byte[] read(String path) throws IOException {
        throw new IOException("metadata only: file contents are not read from this source");
    }

    @Override
    public Walk walk(String folder) throws IOException {
        if (progress.isCancelled()) {
            throw new ScanCancelledException();
        }
        int from = 0;
        int to = entries.size();
        if (!folder.isEmpty()) {
            if (!isFolder(folder)) {
                throw new IOException("not a folder: " + folder);
            }
            from = index.get(folder) + 1;
            String prefix = folder + "/";
            to = from;
            while (to < entries.size() && entries.get(to).path().startsWith(prefix)) {
                to++;
            }
        }
        List<FileEntry> under = entries.subList(from, to);
        long files = under.stream().filter(e -> !e.directory()).count();
        filesSeen += files;
        return new Walk(under, List.of());
    }

    @Override
    public long filesSeen() {
        return filesSeen;
    }

    @Override
    public List<String> rootSegments() {
        return List.of(rootName);
    }

    @Override
    public String rootName() {
        return rootName;
    }

    private FileEntry entry(String path) {
        Integer i = index.get(path);
        return i == null ? null : entries.get(i);
    }

    private FileEntry existing(String path) throws IOException {
        FileEntry e = entry(path);
        if (e == null) {
            throw new IOException("no such entry: " + path);
        }
        return e;
    }
}
