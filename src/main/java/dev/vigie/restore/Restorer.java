package dev.vigie.restore;

import dev.vigie.backup.BackupSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Restores one backup of a source into a sandbox folder, never writing to the source. One implementation per kind
 * of source: {@link LocalRestorer} for folders (ZIP, tar, tar.gz, plain and dated folders, SQLite files); restic
 * ({@code restic restore --target}) and borg ({@code borg extract}) repositories have theirs beside their adapters,
 * listing their members from the tools' own listings and handing the files through {@link RestoredFiles}.
 */
public interface Restorer {

    /** The files the backup holds, in the order a restore writes them. */
    List<Member> members(BackupSet backup) throws IOException;

    /**
     * Writes {@code chosen} (members of {@link #members}) under {@code sandbox}, telling {@code listener} of each as
     * it is written or fails. Stops early when the listener says it is cancelled.
     */
    void restore(BackupSet backup, List<Member> chosen, Path sandbox, RestoreListener listener) throws IOException;
}
