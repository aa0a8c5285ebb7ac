package dev.vigie.bench;

import dev.vigie.retention.CalendarSpan;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionRules;
import dev.vigie.retention.Snapshot;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A restic policy (keep-daily 7, keep-weekly 4, keep-monthly 12, keep-yearly unlimited, keep-within 30d) over 100,000
 * snapshots, in process. Not a test: run it with {@code bench/retention-bench.sh}. Prints the median of several runs
 * after warm-up.
 */
public final class RetentionBenchmark {

    private static final int SNAPSHOTS = 100_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 11;
    private static final double TARGET_MS = 200;

    private RetentionBenchmark() {
    }

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-11-21T09:30:00Z");
        List<Snapshot> snapshots = snapshots(now);
        RetentionRules rules = RetentionRules.NONE.withDaily(7).withWeekly(4).withMonthly(12)
                .withYearly(RetentionRules.UNLIMITED).withWithin(CalendarSpan.parse("30d"));
        RetentionPolicy policy = RetentionPolicies.restic(rules, now);

        RetentionDecision decision = null;
        for (int i = 0; i < WARM_UP; i++) {
            decision = policy.apply(snapshots);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            decision = policy.apply(snapshots);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[RUNS / 2];
        System.out.printf(Locale.ROOT, "snapshots: %,d, hourly with jitter, Europe/Paris offsets, %s to %s%n",
                snapshots.size(), Collections.min(snapshots, (a, b) -> a.time().compareTo(b.time())).time(),
                Collections.max(snapshots, (a, b) -> a.time().compareTo(b.time())).time());
        System.out.printf(Locale.ROOT, "policy: %s -> keep %d, remove %d%n", policy.describe(),
                decision.keep().size(), decision.remove().size());
        System.out.printf(Locale.ROOT, "apply: median %.1f ms over %d runs after %d warm-up (min %.1f, max %.1f; "
                + "target: under %.0f ms)%n", median, RUNS, WARM_UP, sorted[0], sorted[RUNS - 1], TARGET_MS);
    }

    /** About one snapshot an hour back from now, with jitter and the odd skipped hour, shuffled as a file may be. */
    private static List<Snapshot> snapshots(Instant now) {
        Random random = new Random(2026);
        ZoneId paris = ZoneId.of("Europe/Paris");
        List<Snapshot> list = new ArrayList<>(SNAPSHOTS);
        long hour = 0;
        while (list.size() < SNAPSHOTS) {
            hour++;
            if (random.nextInt(50) == 0) {
                continue;
            }
            Instant at = now.minusSeconds(hour * 3600 + random.nextInt(600));
            OffsetDateTime time = at.atZone(paris).toOffsetDateTime();
            List<String> tags = random.nextInt(100) == 0 ? List.of("manual") : List.of();
            list.add(new Snapshot(Integer.toHexString(list.size()), time, tags, List.of("/home")));
        }
        Collections.shuffle(list, random);
        return list;
    }
}
