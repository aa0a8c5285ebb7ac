package dev.vigie.source.local;

import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import dev.vigie.io.Links;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Walks a folder tree read-only and turns every per-entry failure (unreadable, link loop, broken link, link out of
 * the source, undecodable name) into a warning instead of an error. Reports progress and honours cancel.
 *
 * <p>A link is followed only when its target stays inside the source's folder and on no pseudo-filesystem: a link
 * to {@code /etc} would count another folder's files as backup contents, one to {@code /proc} never ends.
 *
 * <p>The sub-folders of the starting folder are walked on all cores (a scan is bound by one stat call per
 * entry, and one thread alone does not keep up with {@code find}); their entries are put back in listing order,
 * so callers always see a pre-order walk: a folder, then everything in it, then its next sibling.
 */
final class FolderWalker {

    private static final int PROGRESS_EVERY = 512;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final ScanProgress progress;
    private final AtomicLong filesSeen = new AtomicLong();
    private final Object progressLock = new Object();
    private long lastReported;

    FolderWalker(ScanProgress progress) {
        this.progress = progress;
    }

    /** Files seen by all walks of this walker so far. */
    long filesSeen() {
        return filesSeen.get();
    }

    /** Walks {@code dir} (the root or a folder inside it); paths come out relative to {@code root}. */
    Walk walk(Path root, Path dir) throws IOException {
        long before = filesSeen.get();
        String start = relative(root, dir);
        String prefix = start.isEmpty() ? "" : start + "/";
        int depth = start.isEmpty() ? 1 : (int) start.chars().filter(c -> c == '/').count() + 2;
        Object startKey = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
        Path realRoot = root.toRealPath();
        if (!Links.staysInside(realRoot, dir.toRealPath())) {
            // A reader's folder (Databases, a device folder) that is itself a link out of the source.
            return new Walk(List.of(), List.of(ScanWarning.of(WarningCode.LINK_OUTSIDE_SOURCE, start)), 0);
        }

        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            throw new UncheckedWalkFailure(e);
        }
        Part top = new Part(root, realRoot, prefix, depth, startKey);
        List<Path> folders = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (Path child : children) {
            checkCancelled();
            BasicFileAttributes attrs = top.attributes(child);
            if (attrs != null && attrs.isDirectory()) {
                folders.add(child);
                parts.add(null); // walked below, maybe on another thread
            } else {
                if (attrs != null) {
                    top.visit(child, attrs);
                }
                parts.add(top.detachLast());
            }
        }
        walkFolders(root, realRoot, prefix, depth, startKey, folders, parts);

        List<FileEntry> entries = new ArrayList<>();
        List<ScanWarning> warnings = new ArrayList<>(top.warnings);
        for (Part part : parts) {
            entries.addAll(part.entries);
            warnings.addAll(part.warnings);
        }
        report(filesSeen.get(), true);
        return new Walk(entries, warnings, filesSeen.get() - before);
    }

    /** Fills the null places of {@code parts} with the walks of {@code folders}, in order. */
    private void walkFolders(Path root, Path realRoot, String prefix, int depth, Object startKey, List<Path> folders,
                             List<Part> parts) throws IOException {
        if (folders.isEmpty()) {
            return;
        }
        List<Part> walked = new ArrayList<>();
        if (folders.size() == 1 || THREADS == 1) {
            for (Path folder : folders) {
                walked.add(walkFolder(root, realRoot, prefix, depth, startKey, folder));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "vigie-scan-" + THREAD_NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Part>> futures = new ArrayList<>();
                for (Path folder : folders) {
                    futures.add(pool.submit(() -> walkFolder(root, realRoot, prefix, depth, startKey, folder)));
                }
                for (Future<Part> f : futures) {
                    walked.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScanCancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        int next = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == null) {
                parts.set(i, walked.get(next++));
            }
        }
    }

    private Part walkFolder(Path root, Path realRoot, String prefix, int depth, Object startKey, Path folder)
            throws IOException {
        Part part = new Part(root, realRoot, prefix, depth, startKey);
        // Links are not followed by the walk itself: each one is looked at, and followed only inside the source.
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, part);
        return part;
    }

    private void checkCancelled() {
        if (progress.isCancelled()) {
            throw new ScanCancelledException();
        }
    }

    private void countFile() {
        long n = filesSeen.incrementAndGet();
        if (n % PROGRESS_EVERY == 0) {
            report(n, false);
            checkCancelled();
        }
    }

    /** Tells the listener, never going backwards even when several threads count at once. */
    private void report(long n, boolean last) {
        synchronized (progressLock) {
            if (n > lastReported || (last && n != lastReported)) {
                lastReported = n;
                progress.filesSeen(n);
            }
        }
    }

    /** The entries and warnings of one part of the walk; a file visitor for one sub-folder. */
    private final class Part extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final Object startKey;
        // The folders being walked, by file key, to tell a link back to one of them (a loop).
        private final Deque<Object> open = new ArrayDeque<>();
        // The name a followed folder link gives to the folder it leads to, for the next folder visited.
        private String linkName;
        private final List<FileEntry> entries = new ArrayList<>();
        private final List<ScanWarning> warnings = new ArrayList<>();
        // Relative paths are built from the parents' prefixes: relativize() per entry is needlessly dear.
        private final Deque<String> prefixes = new ArrayDeque<>();
        private int depth;

        Part(Path root, Path realRoot, String prefix, int depth, Object startKey) {
            this.root = root;
            this.realRoot = realRoot;
            this.depth = depth;
            this.startKey = startKey;
            prefixes.push(prefix);
        }

        /** The attributes of a direct child, a link as itself; null (and a warning) when they cannot be read. */
        BasicFileAttributes attributes(Path child) {
            try {
                return Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                warnings.add(failure(root, child, e));
                return null;
            }
        }

        /** Takes out the entries and warnings gathered for the last child, as a part of their own. */
        Part detachLast() {
            Part single = new Part(root, realRoot, prefixes.peek(), depth, startKey);
            single.entries.addAll(entries);
            entries.clear();
            return single;
        }

        void visit(Path file, BasicFileAttributes attrs) {
            visitFile(file, attrs);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            checkCancelled();
            if (Objects.equals(attrs.fileKey(), startKey) && startKey != null) {
                // A link back to where the walk started: walkFileTree only knows the ancestors of its own start.
                warnings.add(ScanWarning.of(WarningCode.SYMLINK_LOOP, prefixes.peek() + name(d)));
                return FileVisitResult.SKIP_SUBTREE;
            }
            String rel = add(d, attrs, true);
            prefixes.push(rel + "/");
            open.push(attrs.fileKey() == null ? NO_KEY : attrs.fileKey());
            depth++;
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) {
            depth--;
            prefixes.pop();
            open.pop();
            if (e != null) {
                warnings.add(failure(root, d, e));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                follow(f);
                return FileVisitResult.CONTINUE;
            }
            add(f, attrs, false);
            countFile();
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
            warnings.add(failure(root, f, e));
            return FileVisitResult.CONTINUE;
        }

        /** A link: followed when it stays inside the source, else a warning; a folder's walk goes on through it. */
        private void follow(Path link) {
            String rel = prefixes.peek() + name(link);
            Path target;
            BasicFileAttributes attrs;
            try {
                target = link.toRealPath();
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            } catch (IOException e) {
                warnings.add(ScanWarning.of(Links.isLoop(e) ? WarningCode.SYMLINK_LOOP : WarningCode.BROKEN_LINK,
                        rel));
                return;
            }
            if (!Links.staysInside(realRoot, target)) {
                warnings.add(ScanWarning.of(WarningCode.LINK_OUTSIDE_SOURCE, rel));
                return;
            }
            if (!attrs.isDirectory()) {
                add(link, attrs, false);
                countFile();
                return;
            }
            Object key = attrs.fileKey();
            if (key != null && (key.equals(startKey) || open.contains(key))) {
                warnings.add(ScanWarning.of(WarningCode.SYMLINK_LOOP, rel));
                return;
            }
            linkName = name(link);
            try {
                Files.walkFileTree(target, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, this);
            } catch (IOException e) {
                warnings.add(failure(rel, e));
            }
        }

        private String add(Path p, BasicFileAttributes attrs, boolean directory) {
            String name = linkName != null ? linkName : name(p);
            linkName = null;
            String rel = prefixes.peek() + name;
            if (name.indexOf('\uFFFD') >= 0) {
                warnings.add(ScanWarning.of(WarningCode.INVALID_NAME, rel));
            }
            entries.add(new FileEntry(rel, name, depth, directory, directory ? 0 : attrs.size(),
                    attrs.lastModifiedTime().toMillis()));
            return rel;
        }
    }

    private static final Object NO_KEY = new Object();

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    /** The warning for an entry that could not be read. */
    static ScanWarning failure(Path root, Path entry, IOException e) {
        return failure(relative(root, entry), e);
    }

    /** The warning for an entry, named by its path relative to the source, that could not be read. */
    static ScanWarning failure(String rel, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return ScanWarning.of(WarningCode.SYMLINK_LOOP, rel);
        }
        if (e instanceof NoSuchFileException) {
            return ScanWarning.of(WarningCode.BROKEN_LINK, rel);
        }
        return ScanWarning.of(WarningCode.UNREADABLE, rel, Reasons.of(e));
    }

    static String relative(Path root, Path p) {
        String rel = root.relativize(p).toString();
        String separator = p.getFileSystem().getSeparator();
        return separator.equals("/") ? rel : rel.replace(separator, "/");
    }

    /** Carries the failure to read the walk's own starting folder out to the scanner. */
    static final class UncheckedWalkFailure extends RuntimeException {
        UncheckedWalkFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
