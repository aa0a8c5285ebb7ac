package dev.vigie.health;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.MediaKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the 3-2-1 rule across the places a business keeps backups: three copies, on two kinds of media, one
 * off-site.
 *
 * <p>Two places hold the same backup when they have a set of the same name and size, and, when both sets carry an
 * MD5 in {@code details} under {@value #MD5}, the same MD5. The rule is judged on the backup held by the most places
 * (the newest of those when several tie). A set that names what it is a copy of in {@code details} under
 * {@value #SAME_AS} (a restic snapshot copied with {@code restic copy} keeps its original's id) is the same backup as
 * every set naming the same thing, whatever their names and sizes: a business meets it when one backup has three copies, even if the newest
 * backup has not reached the other places yet; how fresh each place is, is the health report's job. The original
 * data (the phone, the shared folder in use) is not a source Vigie watches, so it is not counted: three copies means
 * three places holding the backup, which errs on the safe side.
 */
public final class ThreeTwoOne {

    /** The key of a set's MD5 in {@link BackupSet#details()}. */
    public static final String MD5 = "md5";
    /** The key, in {@link BackupSet#details()}, of the identity a set shares with its copies elsewhere. */
    public static final String SAME_AS = "same-as";
    private static final int COPIES = 3;
    private static final int MEDIA = 2;

    private ThreeTwoOne() {
    }

    public static ThreeTwoOneAssessment assess(List<SourceCopy> sources) {
        Map<Identity, List<Held>> byIdentity = new HashMap<>();
        for (int s = 0; s < sources.size(); s++) {
            for (BackupSet backup : sources.get(s).backups()) {
                byIdentity.computeIfAbsent(identity(backup), k -> new ArrayList<>())
                        .add(new Held(s, backup, md5(backup)));
            }
        }
        Held best = null;
        BitSet bestHolders = new BitSet();
        for (List<Held> group : byIdentity.values()) {
            for (Held candidate : group) {
                BitSet holders = new BitSet();
                for (Held other : group) {
                    if (candidate.md5.isEmpty() || other.md5.isEmpty() || candidate.md5.equals(other.md5)) {
                        holders.set(other.source);
                    }
                }
                if (best == null || better(candidate, holders, best, bestHolders)) {
                    best = candidate;
                    bestHolders = holders;
                }
            }
        }
        List<String> names = new ArrayList<>();
        EnumSet<MediaKind> media = EnumSet.noneOf(MediaKind.class);
        boolean offSite = false;
        for (int s = bestHolders.nextSetBit(0); s >= 0; s = bestHolders.nextSetBit(s + 1)) {
            SourceCopy source = sources.get(s);
            names.add(source.source());
            media.add(source.media());
            offSite |= source.offSite();
        }
        EnumSet<ThreeTwoOneRule> met = EnumSet.noneOf(ThreeTwoOneRule.class);
        if (names.size() >= COPIES) {
            met.add(ThreeTwoOneRule.THREE_COPIES);
        }
        if (media.size() >= MEDIA) {
            met.add(ThreeTwoOneRule.TWO_MEDIA);
        }
        if (offSite) {
            met.add(ThreeTwoOneRule.ONE_OFF_SITE);
        }
        return new ThreeTwoOneAssessment(Optional.ofNullable(best).map(Held::backup), names.size(), names,
                List.copyOf(media), offSite, List.copyOf(met), List.copyOf(EnumSet.complementOf(met)));
    }

    /** More places first; then the newer backup; then the place listed first, then the name, so that the answer
     * is stable. */
    private static boolean better(Held candidate, BitSet holders, Held best, BitSet bestHolders) {
        if (holders.cardinality() != bestHolders.cardinality()) {
            return holders.cardinality() > bestHolders.cardinality();
        }
        int byTime = candidate.backup.time().compareTo(best.backup.time());
        if (byTime != 0) {
            return byTime > 0;
        }
        if (candidate.source != best.source) {
            return candidate.source < best.source;
        }
        return candidate.backup.name().compareTo(best.backup.name()) < 0;
    }

    private static Identity identity(BackupSet backup) {
        Object sameAs = backup.details().get(SAME_AS);
        return sameAs == null || sameAs.toString().isBlank() ? new Identity(backup.name(), backup.sizeBytes())
                : new Identity(SAME_AS + ":" + sameAs, -1);
    }

    private static Optional<String> md5(BackupSet backup) {
        Object value = backup.details().get(MD5);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString().strip().toLowerCase(Locale.ROOT));
    }

    private record Identity(String name, long sizeBytes) {
    }

    private record Held(int source, BackupSet backup, Optional<String> md5) {
    }
}
