package dev.vigie.source.local;

import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import dev.vigie.io.Links;
import dev.vigie.io.Reasons;
import dev.vigie.io.WorkThreads;
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
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * so callers always see a pre-order walk: a folder, then everything in it, then its next sibling. The entries
 * stream to the caller as they are walked, a few sub-folders ahead, and are never all held at once.
 */
final class FolderWalker {

    private static final int PROGRESS_EVERY = 512;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** How many sub-folders are walked ahead of the one being read. */
    private static final int AHEAD = THREADS * 2;
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

    /**
     * Walks {@code dir} (the root or a folder inside it); paths come out relative to {@code root}. The entries
     * stream: the sub-folders of {@code dir} are walked a few ahead of the reader, each on a thread of its own, and
     * only those are held, so memory stays flat however many sub-folders there are.
     */
    Walk walk(Path root, Path dir) throws IOException {
        String start = relative(root, dir);
        String prefix = start.isEmpty() ? "" : start + "/";
        int depth = start.isEmpty() ? 1 : (int) start.chars().filter(c -> c == '/').count() + 2;
        Object startKey = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
        Path realRoot = root.toRealPath();
        if (!Links.staysInside(realRoot, dir.toRealPath())) {
            // A reader's folder (Databases, a device folder) that is itself a link out of the source.
            return new Walk(List.<FileEntry>of(), List.of(ScanWarning.of(WarningCode.LINK_OUTSIDE_SOURCE, start)));
        }

        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            throw new UncheckedWalkFailure(e);
        }
        Part top = new Part(root, realRoot, prefix, depth, startKey);
        List<Object> slots = new ArrayList<>(); // a Part already walked (a file), or a Path to walk (a folder)
        for (Path child : children) {
            checkCancelled();
            BasicFileAttributes attrs = top.attributes(child);
            if (attrs != null && attrs.isDirectory()) {
                slots.add(child);
            } else {
                if (attrs != null) {
                    top.visit(child, attrs);
                }
                slots.add(top.detachLast());
            }
        }
        List<ScanWarning> warnings = new ArrayList<>(top.warnings);
        Ahead ahead = new Ahead(root, realRoot, prefix, depth, startKey, slots, warnings);
        return new Walk(() -> ahead, () -> List.copyOf(warnings));
    }

    /**
     * The entries of a walk, slot by slot in listing order: the sub-folders are walked by a small pool, at most a
     * few ahead of the one being read. The pool's threads end when the walk is read through, or when idle.
     */
    private final class Ahead implements Iterator<FileEntry> {
        private final Path root;
        private final Path realRoot;
        private final String prefix;
        private final int depth;
        private final Object startKey;
        private final List<Object> slots;
        private final List<ScanWarning> warnings;
        private final Deque<Future<Part>> walking = new ArrayDeque<>();
        private ThreadPoolExecutor pool;
        private int next;
        private int submitted;
        private Iterator<FileEntry> current = Collections.emptyIterator();
        private boolean done;

        Ahead(Path root, Path realRoot, String prefix, int depth, Object startKey, List<Object> slots,
              List<ScanWarning> warnings) {
            this.root = root;
            this.realRoot = realRoot;
            this.prefix = prefix;
            this.depth = depth;
            this.startKey = startKey;
            this.slots = slots;
            this.warnings = warnings;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (next == slots.size()) {
                    finish();
                    return false;
                }
                Part part = take(next++);
                warnings.addAll(part.warnings);
                current = part.entries.iterator();
            }
            return true;
        }

        @Override
        public FileEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private Part take(int slot) {
            if (slots.get(slot) instanceof Part walked) {
                slots.set(slot, null);
                return walked;
            }
            submitUpTo(slot + AHEAD);
            Future<Part> future = walking.poll();
            slots.set(slot, null);
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new ScanCancelledException();
            } catch (ExecutionException e) {
                stop();
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof IOException io) {
                    throw new UncheckedWalkFailure(io);
                }
                throw new IllegalStateException(cause);
            }
        }

        /** Starts the walks of the folders among the slots up to {@code last}, in order. */
        private void submitUpTo(int last) {
            while (submitted < slots.size() && submitted <= last) {
                if (slots.get(submitted) instanceof Path folder) {
                    walking.add(pool().submit(() -> walkFolder(root, realRoot, prefix, depth, startKey, folder)));
                }
                submitted++;
            }
        }

        private ThreadPoolExecutor pool() {
            if (pool == null) {
                pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                        WorkThreads.factory("vigie-scan-", THREAD_NUMBER));
                pool.allowCoreThreadTimeOut(true);
            }
            return pool;
        }

        private void finish() {
            if (!done) {
                done = true;
                stop();
                report(filesSeen.get(), true);
            }
        }

        private void stop() {
            if (pool != null) {
                pool.shutdownNow();
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
