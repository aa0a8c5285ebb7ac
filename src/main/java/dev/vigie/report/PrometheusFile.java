package dev.vigie.report;

import dev.vigie.backup.InputProblem;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a metrics file for node_exporter's textfile collector so that it never reads half of one: the text goes to
 * a temporary file in the same folder, which then replaces the file in one atomic rename.
 */
public final class PrometheusFile {

    /** What node_exporter's user needs: it rarely runs as the user who runs Vigie. */
    private static final String READABLE_BY_ALL = "rw-r--r--";

    /** Writes the content of a file; may fail half-way, which must leave the previous file as it was. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PrometheusFile() {
    }

    /**
     * Replaces {@code file} with {@code text} (UTF-8), atomically.
     *
     * @throws InputProblem when the folder does not exist or cannot be written; the previous file is then untouched
     *                      and no temporary file is left
     */
    public static void write(Path file, String text) {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    static void write(Path file, Content content) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputProblem("error.metrics.folder", target.toString(), String.valueOf(folder));
        }
        Path temporary = null;
        try {
            // Hidden and not ending in .prom: the collector reads only *.prom files, so it never sees this one.
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                // On disk before the rename, so that a power cut cannot leave the new name on empty content.
                channel.force(true);
            }
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // createTempFile made it owner-only.
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(READABLE_BY_ALL));
            }
            // No fallback to a plain move: within one folder a rename is atomic on every file system Vigie knows, and
            // a copy could be read half-written.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new InputProblem(e, "error.metrics.write", target.toString(), Reasons.of(e), folder.toString());
        }
    }

    private static void deleteQuietly(Path temporary, IOException failure) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

}
