package dev.vigie.restore;

import java.nio.file.Path;

/** Hears of each file a {@link Restorer} writes, and may stop it. */
public interface RestoreListener {

    /**
     * A member was written to {@code file}.
     *
     * @param sourceCrc32 the CRC-32 of the bytes read from the backup for it
     * @param bytesRead   how many bytes were read from the backup for it
     */
    void written(Member member, Path file, long sourceCrc32, long bytesRead);

    /** A member could not be restored; {@code reason} says why, without its contents. */
    void failed(Member member, String reason);

    /**
     * The archive at {@code path} (relative to the source) turned out damaged after its files were written: its
     * checksum at the end failed, so the {@code filesWritten} files read from it cannot be trusted.
     */
    void damaged(String path, int filesWritten, String reason);

    /** {@code bytes} more were written. */
    void progress(String member, long bytes);

    boolean isCancelled();
}
