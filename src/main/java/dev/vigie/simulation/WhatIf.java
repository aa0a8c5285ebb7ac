package dev.vigie.simulation;

import dev.vigie.backup.InputProblem;
import dev.vigie.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares ways of backing up over the period a source was observed: how much a loss could cost, on average and at
 * worst, and how many deletions can still be undone when noticed late.
 *
 * <p>The figures are exact, not sampled: between two backups the exposure grows linearly and the set of backups that
 * hold a deleted message does not change, so each stretch between backups adds a closed-form amount.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * Each scenario over {@code [first observed backup, now]}.
     *
     * @param observed  the backups seen, in any order
     * @param schedule  the source's schedule, which continues the observed backups after {@code now}
     * @param scenarios what to compare, in the order to show
     * @param delay     how long after a deletion it is noticed
     * @param now       the end of the period
     * @throws InputProblem when no backup was seen before {@code now}: there is no period to compare over
     */
    public static WhatIfResult compare(List<ObservedBackup> observed, Schedule schedule, List<Scenario> scenarios,
                                       Duration delay, Instant now) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A delay cannot be negative: " + delay);
        }
        List<ObservedBackup> past = observed.stream().filter(b -> !b.time().isAfter(now)).toList();
        Instant from = past.stream().map(ObservedBackup::time).min(Instant::compareTo)
                .orElseThrow(() -> new InputProblem("error.whatif.period"));
        // Far enough to see every backup made, and pruned, by the time the last deletion is noticed.
        Instant horizon = now.plus(delay).plus(schedule.nominalPeriod()).plus(Duration.ofDays(1));
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Timeline timeline;
            if (scenario.schedule().isPresent()) {
                Schedule runs = scenario.schedule().get();
                // Start two periods early so that the period's first moments have a backup before them.
                Instant start = from.minus(runs.nominalPeriod().multipliedBy(2));
                Instant end = now.plus(delay).plus(runs.nominalPeriod()).plus(Duration.ofDays(1));
                timeline = Timeline.build(List.of(), runs, scenario.policy(), start.minusMillis(1), end, false);
            } else {
                timeline = Timeline.build(past, schedule, scenario.policy(), now, horizon, true);
            }
            outcomes.add(outcome(scenario, timeline, from.toEpochMilli(), now.toEpochMilli(), delay.toMillis()));
        }
        return new WhatIfResult(from, now, delay, outcomes);
    }

    static ScenarioOutcome outcome(Scenario scenario, Timeline timeline, long from, long to, long delay) {
        long[] created = timeline.createdMillis();
        long[] pruned = timeline.prunedMillis();
        long period = to - from;
        int backups = 0;
        long worst = 0;
        double exposureArea = 0;
        long recoverable = 0;
        // Walk the stretches between backups: (created[k - 1], created[k]] holds backups 0..k-1 before it.
        long kept = Long.MIN_VALUE;
        for (int k = 0; k <= created.length; k++) {
            long stretchStart = k == 0 ? Long.MIN_VALUE : created[k - 1];
            long stretchEnd = k == created.length ? Long.MAX_VALUE : created[k];
            long start = Math.max(stretchStart, from);
            long end = Math.min(stretchEnd, to);
            if (k < created.length && created[k] >= from && created[k] <= to) {
                backups++;
            }
            if (end > start && k > 0) {
                // A loss at L in the stretch loses what was made since created[k - 1].
                long atStart = start - created[k - 1];
                long atEnd = end - created[k - 1];
                worst = Math.max(worst, atEnd);
                exposureArea += (double) (end - start) * (atStart + atEnd) / 2;
                // A deletion at D is undone at D + delay if the backup pruned last of those before D outlives it.
                long until = kept == Timeline.KEPT ? Long.MAX_VALUE : kept - delay;
                recoverable += Math.max(0, Math.min(end, until) - start);
            } else if (end > start) {
                // Before any backup: a loss costs everything made so far, which no backup bounds.
                worst = Math.max(worst, end - start);
                exposureArea += (double) (end - start) * (end - start) / 2;
            }
            if (k < created.length) {
                kept = Math.max(kept, pruned[k]);
            }
        }
        Duration mean = period == 0 ? Duration.ZERO : Duration.ofMillis(Math.round(exposureArea / period));
        double share = period == 0 ? 0 : Math.min(1, (double) recoverable / period);
        return new ScenarioOutcome(scenario, backups, Duration.ofMillis(worst), mean, share);
    }
}
