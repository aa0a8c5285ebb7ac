package dev.vigie.backup;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which backup set of a new scan is which set of an earlier scan.
 *
 * <p>Devices rename their backups as they rotate them (WhatsApp renames {@code msgstore.db.crypt14} to
 * {@code msgstore-2026-11-20.1.db.crypt14} when it makes the next one; rsnapshot renames {@code daily.0} to
 * {@code daily.1}), so names and paths are no identity. The time a backup was made does not change: a set is
 * identified by its time, as a UTC instant to the millisecond ({@code 2026-11-20T01:00:00.000Z}). Sets of one
 * inventory that share that instant are told apart by their name ({@code 2026-11-20T01:00:00.000Z|daily.1}).
 */
public final class HistoryKeys {

    private static final DateTimeFormatter MILLISECONDS =
            new DateTimeFormatterBuilder().appendInstant(3).toFormatter(Locale.ROOT);

    private HistoryKeys() {
    }

    /** The key of each set of one inventory, in the order given. Equal sets get the same key. */
    public static Map<BackupSet, String> of(List<BackupSet> sets) {
        Map<String, Integer> setsPerInstant = new HashMap<>();
        sets.stream().distinct().forEach(set -> setsPerInstant.merge(instant(set.time()), 1, Integer::sum));
        Map<BackupSet, String> keys = new LinkedHashMap<>();
        for (BackupSet set : sets) {
            String instant = instant(set.time());
            keys.put(set, setsPerInstant.get(instant) > 1 ? instant + "|" + set.name() : instant);
        }
        return keys;
    }

    /** The instant part of a key: UTC, always three fraction digits, truncated below the millisecond. */
    static String instant(Instant time) {
        return MILLISECONDS.format(time);
    }
}
