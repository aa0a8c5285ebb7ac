package dev.vigie.bench;

import dev.vigie.backup.Layout;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.DataEvent;
import dev.vigie.simulation.MessageEvent;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionRules;
import dev.vigie.simulation.SimulationResult;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.SourcePlace;
import dev.vigie.simulation.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A million deleted messages against 100,000 hourly backups pruned by keep-daily 7, keep-weekly 4, keep-monthly 12
 * (the restic engine), in process. Not a test: run it with {@code
 * bench/simulation-bench.sh}. Prints the median of several runs after warm-up, timeline and events apart.
 */
public final class SimulationBenchmark {

    private static final int BACKUPS = 100_000;
    private static final int EVENTS = 1_000_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;
    private static final double TARGET_MS = 1000;

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        ZoneId zone = ZoneId.of("Europe/Paris");
        Schedule hourly = Schedules.parse("hourly :05", zone, Duration.ofMinutes(20));
        // The restic engine as the simulator applies it: each run's backup is the newest when it runs.
        RetentionPolicy policy = RetentionPolicies.atEveryRun(RetentionRules.NONE.withDaily(7).withWeekly(4)
                .withMonthly(12));
        Random random = new Random(2026);
        Instant first = Instant.parse("2015-01-01T00:05:00Z");
        List<ObservedBackup> backups = new ArrayList<>(BACKUPS);
        for (int h = 0; h < BACKUPS; h++) {
            Instant time = first.plus(Duration.ofHours(h)).plusSeconds(random.nextInt(120));
            backups.add(new ObservedBackup(time, "snapshot-" + h));
        }
        Instant now = backups.get(BACKUPS - 1).time().plus(Duration.ofHours(6));
        long span = Duration.between(first, now).toMinutes();
        List<DataEvent> events = new ArrayList<>(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            Instant created = first.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
            Instant deleted = created.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            events.add(new MessageEvent("m" + i, Optional.of(created), deleted));
        }

        double[] build = new double[RUNS];
        double[] answer = new double[RUNS];
        SimulationResult result = null;
        Timeline timeline = null;
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            timeline = Timeline.build(backups, hourly, policy, now);
            long built = System.nanoTime();
            result = new Simulator(timeline, now, new SourcePlace(Layout.GENERIC, false)).run(events);
            long done = System.nanoTime();
            if (i >= 0) {
                build[i] = (built - start) / 1e6;
                answer[i] = (done - built) / 1e6;
            }
        }
        Arrays.sort(build);
        Arrays.sort(answer);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "timeline: %,d backups (%,d observed hourly, then projected), policy '%s'%n",
                timeline.size(), timeline.observedCount(), policy.describe());
        System.out.printf(Locale.ROOT, "events: %,d messages; %s%n", EVENTS, result.summary());
        System.out.printf(Locale.ROOT, "build timeline: median %.1f ms (min %.1f, max %.1f)%n", build[RUNS / 2],
                build[0], build[RUNS - 1]);
        System.out.printf(Locale.ROOT, "answer events: median %.1f ms (min %.1f, max %.1f)%n", answer[RUNS / 2],
                answer[0], answer[RUNS - 1]);
        System.out.printf(Locale.ROOT, "total: median %.1f ms over %d runs after %d warm-up (target: under %.0f ms); "
                        + "max heap %d MB, used after GC %d MB%n", build[RUNS / 2] + answer[RUNS / 2], RUNS, WARM_UP,
                TARGET_MS, runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
