package dev.vigie.bench;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.TimeSource;
import dev.vigie.health.HealthAnalysis;
import dev.vigie.health.HealthReport;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Health analysis of ten years of hourly backups (87,600 sets) against {@code hourly}, in process.
 * Not a test: run it with {@code bench/health-bench.sh}. Prints the median of several runs after warm-up.
 */
public final class HealthBenchmark {

    private static final int HOURS = 87_600;
    private static final int WARM_UP = 5;
    private static final int RUNS = 11;
    private static final double TARGET_MS = 200;

    private HealthBenchmark() {
    }

    public static void main(String[] args) {
        ZoneId zone = ZoneId.of("Europe/Paris");
        Instant now = Instant.parse("2026-11-21T09:30:00Z");
        Instant first = now.minus(Duration.ofHours(HOURS - 1)).truncatedTo(ChronoUnit.HOURS);
        List<BackupSet> backups = history(first, now);
        Schedule hourly = Schedules.parse("hourly", zone, Duration.ofMinutes(20));

        HealthReport report = null;
        for (int i = 0; i < WARM_UP; i++) {
            report = HealthAnalysis.analyse(backups, hourly, first, now);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report = HealthAnalysis.analyse(backups, hourly, first, now);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[RUNS / 2];
        System.out.printf(Locale.ROOT, "history: %,d hourly backups from %s to %s, schedule '%s'%n", backups.size(),
                first, now, hourly.expression());
        System.out.printf(Locale.ROOT, "report: %s, %d gaps, missed 7/30/90 d: %d/%d/%d, coverage 30 d %.4f, "
                        + "%d findings%n", report.status(), report.gaps().size(), report.missedRuns().last7Days(),
                report.missedRuns().last30Days(), report.missedRuns().last90Days(), report.coverage30Days(),
                report.findings().size());
        System.out.printf(Locale.ROOT, "analyse: median %.1f ms over %d runs after %d warm-up (min %.1f, max %.1f; "
                + "target: under %.0f ms)%n", median, RUNS, WARM_UP, sorted[0], sorted[RUNS - 1], TARGET_MS);
    }

    /**
     * One backup an hour, a few minutes after the hour with jitter, a missed run about once a month, shuffled as
     * a store might return them.
     */
    private static List<BackupSet> history(Instant first, Instant now) {
        Random random = new Random(2026);
        List<BackupSet> sets = new ArrayList<>(HOURS);
        for (int h = 0; h < HOURS; h++) {
            if (random.nextInt(720) == 0) {
                continue;
            }
            Instant time = first.plus(Duration.ofHours(h)).plusSeconds(60 + random.nextInt(240));
            if (time.isAfter(now)) {
                break;
            }
            String name = "snapshot-" + time.toString().replace(':', '-');
            sets.add(new BackupSet(time, name, List.of(name + "/data.tar"), 5_000_000 + random.nextInt(100_000),
                    1, TimeSource.NAME, Map.of()));
        }
        Collections.shuffle(sets, random);
        return sets;
    }
}
