package dev.vigie.health;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.TimeSource;
import dev.vigie.testing.Paris;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Backup sets for health tests, made from Paris wall-clock times. */
final class Backups {

    static final long SIZE = 1_000_000;

    private Backups() {
    }

    /** A backup of {@link #SIZE} bytes made at a Paris local time ({@code 2026-11-20T02:03}). */
    static BackupSet at(String parisTime) {
        return at(Paris.at(parisTime), "backup-" + parisTime.replace(':', '-'), SIZE);
    }

    static BackupSet at(Instant time, String name, long size) {
        return at(time, name, size, Map.of());
    }

    static BackupSet at(Instant time, String name, long size, Map<String, Object> details) {
        return new BackupSet(time, name, List.of("backups/" + name, "backups/" + name + ".sha256"), size, 2,
                TimeSource.MTIME, details);
    }

    /** One backup a day at {@code time} from {@code first} to {@code last} included, except on {@code skipped}. */
    static List<BackupSet> daily(String first, String last, String time, String... skipped) {
        Set<String> skip = Set.of(skipped);
        List<BackupSet> sets = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            if (!skip.contains(d.toString())) {
                sets.add(at(d + "T" + time));
            }
        }
        return sets;
    }
}
