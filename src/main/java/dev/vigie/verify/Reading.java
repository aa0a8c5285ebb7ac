package dev.vigie.verify;

import dev.vigie.io.Reasons;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;

/**
 * Reads backup files for a verification: read-only, in one reused large buffer (never a whole file in memory),
 * counting progress and polling for cancel at every buffer. Failures of the file itself (not of a format) come out
 * as {@link SourceReadException}, so that a check can tell "cannot read" from "damaged".
 */
final class Reading {

    /** Large enough that a system call and a digest round cost little per byte; small enough to keep. */
    static final int BUFFER_BYTES = 1 << 20;
    /** Progress is told at most about this often, in bytes... */
    private static final long REPORT_BYTES = 1 << 20;
    /** ...or in files, when they are small. */
    private static final int REPORT_FILES = 256;

    private final Tally tally;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private long fileSize;
    private long fileDone;

    Reading(VerifyProgress progress, long total) {
        this(new Tally(progress, total));
    }

    /** A reading for one thread of a verification; the tally is shared by all of them. */
    Reading(Tally tally) {
        this.tally = tally;
    }

    boolean cancelled() {
        return tally.progress.isCancelled();
    }

    void checkCancelled() {
        if (tally.progress.isCancelled()) {
            throw new VerifyCancelledException();
        }
    }

    /** The next file's checks begin; it counts for {@code size} bytes. */
    void startFile(long size) {
        checkCancelled();
        fileSize = Math.max(0, size);
        fileDone = 0;
    }

    /** {@code n} more bytes of the current file were read; a second pass over the same file adds nothing. */
    void advance(long n) {
        checkCancelled();
        long now = Math.min(fileSize, fileDone + n);
        if (now > fileDone) {
            tally.add(now - fileDone, false);
            fileDone = now;
        }
    }

    /** The current file is done: all of it counts, whatever was read. */
    void finishFile() {
        tally.add(fileSize - fileDone, true);
        fileSize = 0;
        fileDone = 0;
    }

    /** The last report: everything planned is covered. */
    void finish() {
        tally.finish();
    }

    /**
     * The bytes covered by every thread of one verification, told to the listener one call at a time, never going
     * backwards, at most about once per megabyte or per {@link #REPORT_FILES} files.
     */
    static final class Tally {
        private final VerifyProgress progress;
        private final long total;
        private long done;
        private long reported = -1;
        private int filesSinceReport;

        Tally(VerifyProgress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        synchronized void add(long bytes, boolean fileEnd) {
            done += bytes;
            if (fileEnd) {
                filesSinceReport++;
            }
            if (done - reported >= REPORT_BYTES || filesSinceReport >= REPORT_FILES) {
                report(done);
            }
        }

        synchronized void finish() {
            report(total);
        }

        private void report(long value) {
            long capped = Math.min(value, total);
            if (capped > reported) {
                reported = capped;
                filesSinceReport = 0;
                progress.bytesDone(capped, total);
            }
        }
    }

    /**
     * Opens {@code file} for reading only, when it is a regular file (links followed): a pipe, socket or device is
     * never opened, as opening or reading one can block forever.
     *
     * @throws NotRegularFileException when it is something else than a regular file
     */
    FileChannel open(Path file) throws SourceReadException {
        try {
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                throw new NotRegularFileException();
            }
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NotRegularFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    /** Whether {@code file} could be opened for reading, without opening it. */
    void checkReadable(Path file) throws SourceReadException {
        try {
            file.getFileSystem().provider().checkAccess(file, AccessMode.READ);
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    /** Reads {@code length} bytes at {@code position} into {@code into}; fewer only at the end of the file. */
    int readAt(FileChannel channel, long position, byte[] into, int length) throws SourceReadException {
        ByteBuffer target = ByteBuffer.wrap(into, 0, length);
        try {
            while (target.hasRemaining()) {
                int n = channel.read(target, position + target.position());
                if (n < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
        return target.position();
    }

    /**
     * Feeds the first {@code length} bytes of the file to every digest, in order, counting progress.
     *
     * @throws EOFException when the file is shorter than {@code length} (it shrank since it was measured)
     */
    void digest(FileChannel channel, long length, MessageDigest... digests) throws IOException {
        long position = 0;
        while (position < length) {
            int want = (int) Math.min(buffer.length, length - position);
            int n = readAt(channel, position, buffer, want);
            for (MessageDigest d : digests) {
                d.update(buffer, 0, n);
            }
            position += n;
            advance(n);
            if (n < want) {
                throw new EOFException("ended at byte " + position + " of " + length);
            }
        }
    }

    /** A read-only channel over {@code file} that counts what is read and polls for cancel, for archive readers. */
    SeekableByteChannel counting(FileChannel channel) {
        return new CountingChannel(channel, this);
    }

    /** An input stream over the channel from its start, for stream readers (gzip, tar). */
    InputStream stream(FileChannel channel) {
        return new ChannelStream(channel, this);
    }

    /** A failure to read the file itself, as opposed to a format problem in what was read. */
    static class SourceReadException extends IOException {
        SourceReadException(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /** The reason shown to the user: the operating system's words, or the kind of failure. */
        String reason() {
            return Reasons.of((IOException) getCause());
        }
    }

    /** A pipe, socket or device where a file was expected: not opened. */
    static final class NotRegularFileException extends SourceReadException {
        NotRegularFileException() {
            super(new IOException("not a regular file (a pipe, socket or device); not opened"));
        }
    }

    /** Counts reads, polls cancel and marks read failures; refuses every write. */
    private static final class CountingChannel implements SeekableByteChannel {
        private final FileChannel channel;
        private final Reading reading;
        private boolean open = true;

        CountingChannel(FileChannel channel, Reading reading) {
            this.channel = channel;
            this.reading = reading;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n;
            try {
                n = channel.read(dst);
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
            if (n > 0) {
                reading.advance(n);
            }
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException("Backups are only read");
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException("Backups are only read");
        }

        @Override
        public boolean isOpen() {
            return open && channel.isOpen();
        }

        @Override
        public void close() {
            // The file stays open for the file's other checks; whoever opened it closes it.
            open = false;
        }
    }

    /** A sequential stream over a channel through the shared buffer's size of reads, counted. */
    private static final class ChannelStream extends InputStream {
        private final FileChannel channel;
        private final Reading reading;
        private long position;

        ChannelStream(FileChannel channel, Reading reading) {
            this.channel = channel;
            this.reading = reading;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            try {
                n = channel.read(ByteBuffer.wrap(b, off, len), position);
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
            if (n <= 0) {
                return -1;
            }
            position += n;
            reading.advance(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping past the end stops at the end, so a reader learns of a cut-short file by its next read.
            long size;
            try {
                size = channel.size();
            } catch (IOException e) {
                throw new SourceReadException(e);
            }
            long skipped = Math.max(0, Math.min(n, size - position));
            position += skipped;
            reading.advance(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // The file stays open for the file's other checks; whoever opened it closes it.
        }
    }
}
