package dev.vigie.health;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.MediaKind;
import java.util.List;
import java.util.Objects;

/**
 * One place that holds copies of a business's backups, as the 3-2-1 rule sees it.
 *
 * @param source  the source's name, to say which places hold a copy
 * @param backups the backup sets it holds (its history, or its latest scan)
 * @param media   the kind of medium it lives on
 * @param offSite whether it is away from the business's premises (a cloud folder usually is; the user says)
 */
public record SourceCopy(String source, List<BackupSet> backups, MediaKind media, boolean offSite) {

    public SourceCopy {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(media, "media");
        backups = List.copyOf(backups);
    }
}
