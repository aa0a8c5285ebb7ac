package dev.vigie.health;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.MediaKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a business's backups follow the 3-2-1 rule, judged on the backup with the most copies.
 *
 * @param backup  the backup judged (the one held by the most places, the newest of those), empty without any
 * @param copies  how many places hold it
 * @param holders the names of those places, in the order given
 * @param media   the kinds of media they are on, in {@link MediaKind} order
 * @param offSite whether one of them is off-site
 * @param met     the parts of the rule that hold, in {@link ThreeTwoOneRule} order
 * @param missing the parts that do not, in the same order
 */
public record ThreeTwoOneAssessment(Optional<BackupSet> backup, int copies, List<String> holders,
                                    List<MediaKind> media, boolean offSite, List<ThreeTwoOneRule> met,
                                    List<ThreeTwoOneRule> missing) {

    public ThreeTwoOneAssessment {
        Objects.requireNonNull(backup, "backup");
        holders = List.copyOf(holders);
        media = List.copyOf(media);
        met = List.copyOf(met);
        missing = List.copyOf(missing);
    }

    /** Whether the whole rule holds. */
    public boolean satisfied() {
        return missing.isEmpty();
    }
}
