package dev.vigie.verify;

import dev.vigie.io.Reasons;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * ZIP, tar and gzipped tar archives. Quick: a ZIP's central directory reads, a tar's headers (each with its
 * checksum) lead to the end-of-archive marker, a gzip header is one. Full: every ZIP entry's CRC-32 is recomputed
 * (entries encrypted with a password are skipped: they are never decrypted), every tar entry is read, and a gzip
 * stream is inflated to its end, where its CRC-32 and length are checked.
 */
final class ArchiveCheck {

    /** The kinds of archive, by name. */
    enum Kind { ZIP, TAR, TAR_GZ }

    private static final int TAR_RECORD = 512;
    /** Marker and padding up to a 1 MiB block (blocking factor 2048); GNU tar's default block is 10 KiB. */
    private static final long MAX_TAIL = (1 << 20) + 2 * TAR_RECORD;
    private static final int GZIP_HEADER = 10;
    private static final int GZIP_TRAILER = 8;

    private ArchiveCheck() {
    }

    static Optional<Kind> kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return Optional.of(Kind.ZIP);
        }
        if (n.endsWith(".tar")) {
            return Optional.of(Kind.TAR);
        }
        if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
            return Optional.of(Kind.TAR_GZ);
        }
        return Optional.empty();
    }

    static void check(Verifier.Run run, Verifier.FileTask task, FileChannel channel, Kind kind) throws IOException {
        Optional<String> problem;
        try {
            problem = switch (kind) {
                case ZIP -> zip(run, task, channel);
                case TAR -> tar(run, task, channel);
                case TAR_GZ -> tarGz(run, task, channel);
            };
        } catch (Reading.SourceReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e instanceof VerifyCancelledException cancelled) {
                throw cancelled;
            }
            // The readers meet arbitrary bytes and fail in many ways (format, EOF, bad lengths, bad indexes).
            problem = Optional.of(Reasons.of(e));
        }
        problem.ifPresent(p -> run.add(IntegrityCode.CORRUPT_ARCHIVE.finding(task.backup(), task.path(), p)));
    }

    private static Optional<String> zip(Verifier.Run run, Verifier.FileTask task, FileChannel channel)
            throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(run.reading().counting(channel)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            Optional<String> overlap = overlap(entries);
            if (overlap.isPresent() || !task.full()) {
                return overlap;
            }
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || entry.getGeneralPurposeBit().usesEncryption()
                        || !zip.canReadEntryData(entry)) {
                    continue;
                }
                CRC32 crc = new CRC32();
                long length = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        crc.update(buffer, 0, n);
                        length += n;
                        if (entry.getSize() != -1 && length > entry.getSize()) {
                            // More than declared is damage (or a bomb): inflating stops here.
                            return Optional.of("length of " + entry.getName() + ": more than its declared "
                                    + entry.getSize() + " bytes");
                        }
                    }
                }
                if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                    return Optional.of("CRC-32 of " + entry.getName());
                }
                if (entry.getSize() != -1 && length != entry.getSize()) {
                    return Optional.of("length of " + entry.getName());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Two entries whose bytes overlap: a local header inside another entry's data. No tool writes that; a
     * decompression bomb does, to make one small file inflate to terabytes.
     */
    private static Optional<String> overlap(List<ZipArchiveEntry> physicalOrder) {
        long reach = 0;
        String reacher = null;
        for (ZipArchiveEntry entry : physicalOrder) {
            long start = entry.getLocalHeaderOffset();
            if (reacher != null && start < reach) {
                return Optional.of("overlapping entries: " + entry.getName() + " starts inside " + reacher);
            }
            long end = entry.getDataOffset() + Math.max(0, entry.getCompressedSize());
            if (entry.getDataOffset() >= 0 && end > reach) {
                reach = end;
                reacher = entry.getName();
            }
        }
        return Optional.empty();
    }

    /** A tar read by seeking from header to header: its end must be the end-of-archive marker, all zeros. */
    private static Optional<String> tar(Verifier.Run run, Verifier.FileTask task, FileChannel channel)
            throws IOException {
        long size = channel.size();
        if (size % TAR_RECORD != 0) {
            return Optional.of("cut short: " + size + " bytes is not a whole number of 512-byte records");
        }
        try (TarFile tar = new TarFile(run.reading().counting(channel))) {
            List<TarArchiveEntry> entries = tar.getEntries();
            long end = 0;
            if (!entries.isEmpty()) {
                TarArchiveEntry last = entries.get(entries.size() - 1);
                end = last.getDataOffset() + roundUp(last.getSize());
            }
            // Commons Compress reads a header without checking its checksum: a damaged name or size would pass.
            byte[] header = new byte[TAR_RECORD];
            for (TarArchiveEntry entry : entries) {
                long at = entry.getDataOffset() - TAR_RECORD;
                if (at < 0 || run.reading().readAt(channel, at, header, TAR_RECORD) < TAR_RECORD
                        || !TarUtils.verifyCheckSum(header)) {
                    return Optional.of("header checksum of " + entry.getName());
                }
            }
            if (end + TAR_RECORD > size) {
                return Optional.of("cut short: no end-of-archive marker");
            }
            Optional<String> tail = zerosAfter(run, channel, end, size);
            if (tail.isPresent()) {
                return tail;
            }
            if (task.full()) {
                byte[] buffer = new byte[64 * 1024];
                for (TarArchiveEntry entry : entries) {
                    if (!entry.isFile()) {
                        continue;
                    }
                    try (InputStream in = tar.getInputStream(entry)) {
                        long length = 0;
                        for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                            length += r;
                        }
                        if (length != entry.getSize()) {
                            return Optional.of("cut short in " + entry.getName());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What follows the last entry: the end-of-archive marker and the padding to the last block, zeros and at most
     * a block of the largest usual blocking factor. A zeroed header cuts a tar short at that point, with data after
     * it; a file of nothing but zeros is no archive either.
     */
    private static Optional<String> zerosAfter(Verifier.Run run, FileChannel channel, long end, long size)
            throws IOException {
        if (size - end > MAX_TAIL) {
            return Optional.of((size - end) + " bytes after the end-of-archive marker at byte " + end);
        }
        byte[] tail = new byte[(int) (size - end)];
        int n = run.reading().readAt(channel, end, tail, tail.length);
        for (int i = 0; i < n; i++) {
            if (tail[i] != 0) {
                return Optional.of("data after the end-of-archive marker at byte " + end);
            }
        }
        return Optional.empty();
    }

    /** Quick: a gzip header. Full: the tar inside, read through, and the gzip stream to its CRC at the end. */
    private static Optional<String> tarGz(Verifier.Run run, Verifier.FileTask task, FileChannel channel)
            throws IOException {
        byte[] head = new byte[GZIP_HEADER];
        int n = run.reading().readAt(channel, 0, head, GZIP_HEADER);
        if (n < GZIP_HEADER || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b || head[2] != 8
                || (head[3] & 0xe0) != 0) {
            return Optional.of("not a gzip stream");
        }
        if (channel.size() < GZIP_HEADER + GZIP_TRAILER + 2) {
            return Optional.of("cut short");
        }
        if (!task.full()) {
            return Optional.empty();
        }
        InputStream file = new BufferedInputStream(run.reading().stream(channel), Reading.BUFFER_BYTES);
        try (GzipCompressorInputStream gzip = new GzipCompressorInputStream(file, true)) {
            TarArchiveInputStream tar = new TarArchiveInputStream(gzip);
            byte[] buffer = new byte[64 * 1024];
            while (tar.getNextEntry() != null) {
                while (tar.read(buffer) >= 0) {
                    // Reading the entry through is the check: a cut or a bad block stops it with an error.
                    continue;
                }
            }
            // What follows the tar's end marker is padding; the gzip CRC is only checked once it is read too.
            while (gzip.read(buffer) >= 0) {
                continue;
            }
        }
        return Optional.empty();
    }

    private static long roundUp(long size) {
        return (size + TAR_RECORD - 1) / TAR_RECORD * TAR_RECORD;
    }
}
