package dev.vigie.source.local;

import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Walks a folder tree read-only, following links, and turns every per-entry failure (unreadable, link loop,
 * broken link, undecodable name) into a warning instead of an error. Reports progress and honours cancel.
 */
final class FolderWalker {

    private static final int PROGRESS_EVERY = 512;

    private final ScanProgress progress;
    private long filesSeen;

    FolderWalker(ScanProgress progress) {
        this.progress = progress;
    }

    /** Files seen by all walks of this walker so far. */
    long filesSeen() {
        return filesSeen;
    }

    /** Walks {@code dir} (the root or a folder inside it); paths come out relative to {@code root}. */
    Walk walk(Path root, Path dir) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        List<ScanWarning> warnings = new ArrayList<>();
        long before = filesSeen;
        int baseDepth = root.relativize(dir).toString().isEmpty() ? 0 : root.relativize(dir).getNameCount();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    private int depth = baseDepth;

                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        checkCancelled();
                        if (!d.equals(dir)) {
                            add(d, attrs, true);
                        }
                        depth++;
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) {
                        depth--;
                        if (e != null) {
                            warnings.add(failure(root, d, e));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        if (attrs.isSymbolicLink()) {
                            // With FOLLOW_LINKS a link arrives as itself only when its target cannot be read.
                            warnings.add(ScanWarning.of(WarningCode.BROKEN_LINK, relative(root, f)));
                            return FileVisitResult.CONTINUE;
                        }
                        add(f, attrs, false);
                        if (++filesSeen % PROGRESS_EVERY == 0) {
                            progress.filesSeen(filesSeen);
                            checkCancelled();
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        if (f.equals(dir)) {
                            throw new UncheckedWalkFailure(e);
                        }
                        warnings.add(failure(root, f, e));
                        return FileVisitResult.CONTINUE;
                    }

                    private void add(Path p, BasicFileAttributes attrs, boolean directory) {
                        String name = p.getFileName().toString();
                        String rel = relative(root, p);
                        if (name.indexOf('\uFFFD') >= 0) {
                            warnings.add(ScanWarning.of(WarningCode.INVALID_NAME, rel));
                        }
                        entries.add(new FileEntry(rel, name, depth, directory, directory ? 0 : attrs.size(),
                                attrs.lastModifiedTime().toInstant()));
                    }
                });
        if (filesSeen != before) {
            progress.filesSeen(filesSeen);
        }
        return new Walk(entries, warnings, filesSeen - before);
    }

    private void checkCancelled() {
        if (progress.isCancelled()) {
            throw new ScanCancelledException();
        }
    }

    /** The warning for an entry that could not be read. */
    static ScanWarning failure(Path root, Path entry, IOException e) {
        String rel = relative(root, entry);
        if (e instanceof FileSystemLoopException) {
            return ScanWarning.of(WarningCode.SYMLINK_LOOP, rel);
        }
        if (e instanceof NoSuchFileException) {
            return ScanWarning.of(WarningCode.BROKEN_LINK, rel);
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return ScanWarning.of(WarningCode.UNREADABLE, rel, reason);
    }

    static String relative(Path root, Path p) {
        String rel = root.relativize(p).toString();
        return p.getFileSystem().getSeparator().equals("/") ? rel : rel.replace(p.getFileSystem().getSeparator(), "/");
    }

    /** Carries the failure to read the walk's own starting folder out of the visitor. */
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
