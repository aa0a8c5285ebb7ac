package dev.vigie.health;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Backups that look wrong in themselves: empty, much smaller than usual, dated in the future, or dated far from the
 * date in their name. The codes are part of the JSON contract; each has a message {@code finding.<code>} whose
 * {0} is the backup's first path.
 *
 * <p>Only what is news is reported: the backups of the last {@value #RECENT_DAYS} days and the latest one (a
 * source down for a month still shows that its last backup was empty), plus any backup dated in the future. A size
 * drop a year ago would otherwise keep a monitoring check at WARNING forever.
 */
public final class Anomalies {

    /** A backup of 0 bytes. {1}: nothing. CRITICAL for the latest backup, WARNING for an earlier one. */
    public static final String ZERO_SIZE = "zero-size";
    /**
     * A backup less than half the median size of the {@value #SIZE_BASELINE} before it. {1}: its size in bytes,
     * {2}: that median in bytes, {3}: its size as a whole percentage of the median. WARNING.
     */
    public static final String SIZE_DROP = "size-drop";
    /** A backup dated more than an hour after now. {1}: its time, local ISO-8601 with offset. WARNING. */
    public static final String FUTURE_TIME = "future-time";
    /**
     * A backup whose name carries a date more than a day away from its time. {1}: the date in the name
     * ({@code 2026-11-20}), {2}: its time, local ISO-8601 with offset. WARNING.
     */
    public static final String NAME_TIME_MISMATCH = "name-time-mismatch";

    static final int RECENT_DAYS = 7;
    static final int SIZE_BASELINE = 7;
    /** Clocks of a NAS, a phone and this computer rarely agree to the second; an hour is plainly wrong. */
    static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);
    private static final Duration NAME_TOLERANCE = Duration.ofDays(1);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Anomalies() {
    }

    /**
     * The anomalies among a source's backups.
     *
     * @param oldestFirst the backups, sorted by time then name: every one ever seen, or at least every one from the
     *                    {@value #SIZE_BASELINE}th before the first recent one (or before the latest) on
     * @param zone        the zone in which names carry their dates and times are written
     */
    static List<Finding> find(List<BackupSet> oldestFirst, Instant now, ZoneId zone) {
        List<Finding> findings = new ArrayList<>();
        if (oldestFirst.isEmpty()) {
            return findings;
        }
        int latest = oldestFirst.size() - 1;
        Instant recentFrom = now.minus(Duration.ofDays(RECENT_DAYS));
        int first = firstAtOrAfter(oldestFirst, recentFrom);
        for (int i = 0; i < oldestFirst.size(); i++) {
            BackupSet backup = oldestFirst.get(i);
            if (backup.time().isAfter(now.plus(FUTURE_TOLERANCE))) {
                findings.add(finding(Severity.WARNING, FUTURE_TIME, backup, local(backup.time(), zone)));
            }
            if (i < first && i != latest) {
                continue;
            }
            // A size the tool did not give says nothing about the backup.
            if (backup.sizeKnown() && backup.sizeBytes() == 0) {
                findings.add(finding(i == latest ? Severity.CRITICAL : Severity.WARNING, ZERO_SIZE, backup));
            } else if (backup.sizeKnown()) {
                sizeDrop(oldestFirst, i).ifPresent(findings::add);
            }
            nameMismatch(backup, zone).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> sizeDrop(List<BackupSet> oldestFirst, int index) {
        if (index < SIZE_BASELINE) {
            return Optional.empty(); // too little history to know the usual size
        }
        long[] before = new long[SIZE_BASELINE];
        for (int k = 0; k < SIZE_BASELINE; k++) {
            before[k] = oldestFirst.get(index - SIZE_BASELINE + k).sizeBytes();
        }
        Arrays.sort(before);
        long median = before[SIZE_BASELINE / 2];
        BackupSet backup = oldestFirst.get(index);
        if (median == 0 || backup.sizeBytes() * 2 >= median) {
            return Optional.empty();
        }
        long percent = backup.sizeBytes() * 100 / median;
        return Optional.of(finding(Severity.WARNING, SIZE_DROP, backup, Long.toString(backup.sizeBytes()),
                Long.toString(median), Long.toString(percent)));
    }

    /** The name's day, as a local day, is more than a day away from the backup's time. */
    private static Optional<Finding> nameMismatch(BackupSet backup, ZoneId zone) {
        Optional<LocalDate> named = DateInName.find(backup.name());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Instant dayStart = named.get().atStartOfDay(zone).toInstant();
        Instant dayEnd = named.get().plusDays(1).atStartOfDay(zone).toInstant();
        boolean far = backup.time().isBefore(dayStart.minus(NAME_TOLERANCE))
                || backup.time().isAfter(dayEnd.plus(NAME_TOLERANCE));
        return far ? Optional.of(finding(Severity.WARNING, NAME_TIME_MISMATCH, backup, named.get().toString(),
                local(backup.time(), zone))) : Optional.empty();
    }

    private static int firstAtOrAfter(List<BackupSet> oldestFirst, Instant t) {
        int low = 0;
        int high = oldestFirst.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (oldestFirst.get(mid).time().isBefore(t)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Finding finding(Severity severity, String code, BackupSet backup, String... args) {
        String path = backup.paths().isEmpty() ? backup.name() : backup.paths().get(0);
        return Finding.of(severity, code, backup.name(), path, args);
    }

    private static String local(Instant t, ZoneId zone) {
        return LOCAL.format(t.atZone(zone));
    }
}
