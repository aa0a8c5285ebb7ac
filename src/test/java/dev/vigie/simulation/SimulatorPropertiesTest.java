package dev.vigie.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Layout;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.Snapshot;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What must hold for any history, policy and message: the simulator's invariants, on random inputs. */
class SimulatorPropertiesTest {

    private static final Instant START = Paris.at("2026-01-01T00:00");
    private static final Schedule EVERY_SIX_HOURS = Schedules.parse("every 6h", Paris.ZONE, Duration.ofHours(1));
    private static final SourcePlace FOLDER = new SourcePlace(Layout.GENERIC, false);

    @Property(tries = 200)
    void pruningOnlyWhatExistsGivesTheSameLifetimesAsReplayingEveryRun(
            @ForAll("histories") List<ObservedBackup> history, @ForAll("policies") RetentionPolicy policy) {
        Instant now = START.plus(Duration.ofDays(20));
        Timeline timeline = Timeline.build(history, EVERY_SIX_HOURS, policy, now);

        long[] naive = naivePruning(timeline.createdMillis(), policy);

        assertThat(timeline.prunedMillis()).as(policy.describe()).containsExactly(naive);
    }

    @Property(tries = 300)
    void aMessageDeletedBeforeItsFirstRunIsNeverCaptured(@ForAll("histories") List<ObservedBackup> history,
                                                        @ForAll @LongRange(min = 0, max = 40 * 24 * 60) long createdMin,
                                                        @ForAll @IntRange(min = 0, max = 1000) int permille) {
        Instant now = START.plus(Duration.ofDays(20));
        Simulator simulator = simulator(history, TestPolicies.keepLast(2), now);
        Instant created = START.plus(Duration.ofMinutes(createdMin));
        int next = simulator.timeline().firstAtOrAfter(created.toEpochMilli());
        Instant firstRun = Instant.ofEpochMilli(simulator.timeline().createdMillis()[next]);
        Instant deleted = created.plusMillis(Duration.between(created, firstRun).toMillis() * permille / 1000);

        MessageOutcome outcome = simulator.message(new MessageEvent("m", Optional.of(created), deleted));

        assertThat(outcome.captured()).isFalse();
        assertThat(outcome.whyNotCaptured()).isPresent();
    }

    @Property(tries = 300)
    void aLargerKeepLastNeverShortensAWindow(@ForAll("histories") List<ObservedBackup> history,
                                             @ForAll @IntRange(min = 1, max = 6) int keep,
                                             @ForAll @IntRange(min = 1, max = 4) int more,
                                             @ForAll("messages") MessageEvent message) {
        Instant now = START.plus(Duration.ofDays(20));
        MessageOutcome fewer = simulator(history, TestPolicies.keepLast(keep), now).message(message);
        MessageOutcome larger = simulator(history, TestPolicies.keepLast(keep + more), now).message(message);

        assertThat(larger.captured()).isEqualTo(fewer.captured());
        if (fewer.captured()) {
            long until = fewer.recoverableUntil().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            long largerUntil = larger.recoverableUntil().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            assertThat(largerUntil).isGreaterThanOrEqualTo(until);
            assertThat(larger.recoverableNow() || !fewer.recoverableNow()).isTrue();
        }
    }

    @Property(tries = 300)
    void aCapturedMessageIsRecoverableUntilNoEarlierThanItsDeletion(
            @ForAll("histories") List<ObservedBackup> history, @ForAll("policies") RetentionPolicy policy,
            @ForAll("messages") MessageEvent message) {
        Instant now = START.plus(Duration.ofDays(20));
        MessageOutcome outcome = simulator(history, policy, now).message(message);

        if (outcome.captured()) {
            assertThat(outcome.recoverableUntil().isPresent() || outcome.keptBeyondHorizon()).isTrue();
            outcome.recoverableUntil().ifPresent(until -> assertThat(until).isAfterOrEqualTo(message.deleted()));
            assertThat(outcome.capturedBy()).allSatisfy(b -> assertThat(b).isBefore(message.deleted()));
        }
    }

    /** Backups at random moments over 20 days, some hours apart, some days apart, some minutes. */
    @Property(tries = 200)
    void aLargerKeepLastNeverLowersTheShareRecoverableAfterADelay(
            @ForAll("histories") List<ObservedBackup> history, @ForAll @IntRange(min = 1, max = 6) int keep,
            @ForAll @IntRange(min = 1, max = 4) int more, @ForAll @LongRange(min = 0, max = 3 * 24 * 60) long delay) {
        Instant now = START.plus(Duration.ofDays(20));
        List<ObservedBackup> withFirst = new ArrayList<>(history);
        withFirst.add(new ObservedBackup(START, "first"));
        WhatIfResult result = WhatIf.compare(withFirst, EVERY_SIX_HOURS, List.of(
                Scenario.asObserved("fewer", TestPolicies.keepLast(keep)),
                Scenario.asObserved("more", TestPolicies.keepLast(keep + more))), Duration.ofMinutes(delay), now);

        ScenarioOutcome fewer = result.outcomes().get(0);
        ScenarioOutcome larger = result.outcomes().get(1);
        assertThat(larger.recoverableAfterDelay()).isGreaterThanOrEqualTo(fewer.recoverableAfterDelay());
        assertThat(larger.worstExposure()).isEqualTo(fewer.worstExposure());
    }

    @Property(tries = 40)
    void theExactShareRecoverableMatchesDeletionsSampledEveryTenMinutes(
            @ForAll("histories") List<ObservedBackup> history, @ForAll("policies") RetentionPolicy policy,
            @ForAll @LongRange(min = 0, max = 3 * 24 * 60) long delayMinutes) {
        Instant now = START.plus(Duration.ofDays(20));
        List<ObservedBackup> withFirst = new ArrayList<>(history);
        withFirst.add(new ObservedBackup(START, "first"));
        Duration delay = Duration.ofMinutes(delayMinutes);
        ScenarioOutcome outcome = WhatIf.compare(withFirst, EVERY_SIX_HOURS,
                List.of(Scenario.asObserved("p", policy)), delay, now).outcomes().get(0);
        // The definition, sampled: a deletion at d is undone at d + delay when a backup made before d still exists.
        Timeline timeline = Timeline.build(withFirst, EVERY_SIX_HOURS, policy, now,
                now.plus(delay).plus(Duration.ofDays(2)), true);
        long[] created = timeline.createdMillis();
        long[] pruned = timeline.prunedMillis();
        long step = Duration.ofMinutes(10).toMillis();
        int samples = 0;
        int recoverable = 0;
        for (long d = START.toEpochMilli() + step / 2; d < now.toEpochMilli(); d += step) {
            samples++;
            for (int b = 0; b < created.length && created[b] < d; b++) {
                if (pruned[b] > d + delay.toMillis()) {
                    recoverable++;
                    break;
                }
            }
        }
        // Each stretch between backups may be off by up to a step at either end.
        double tolerance = (2.0 * created.length + 2) * step / Duration.between(START, now).toMillis();
        assertThat(outcome.recoverableAfterDelay()).isCloseTo((double) recoverable / samples,
                org.assertj.core.api.Assertions.within(tolerance));
    }

    @Property(tries = 300)
    void theDirectoryFindsTheSameBackupAsABinarySearchOfEveryBackup(
            @ForAll("histories") List<ObservedBackup> history,
            @ForAll @LongRange(min = -24 * 60, max = 30L * 24 * 60) long probeMinutes) {
        Timeline timeline = Timeline.build(history, EVERY_SIX_HOURS, TestPolicies.keepLast(2),
                START.plus(Duration.ofDays(20)));
        long[] created = timeline.createdMillis();
        long probe = START.plus(Duration.ofMinutes(probeMinutes)).toEpochMilli();

        for (long t : new long[] {probe, probe + 1, probe - 1}) {
            assertThat(timeline.firstAtOrAfter(t)).isEqualTo(Timeline.firstAtOrAfter(created, 0, created.length, t));
        }
        for (long c : created) {
            assertThat(timeline.firstAtOrAfter(c)).isEqualTo(Timeline.firstAtOrAfter(created, 0, created.length, c));
        }
    }

    @Provide
    Arbitrary<List<ObservedBackup>> histories() {
        return Arbitraries.longs().between(0, 20L * 24 * 60).list().ofMaxSize(40).map(minutes -> {
            List<ObservedBackup> backups = new ArrayList<>();
            for (long m : minutes) {
                backups.add(new ObservedBackup(START.plus(Duration.ofMinutes(m)), "b" + m));
            }
            return backups;
        });
    }

    @Provide
    Arbitrary<RetentionPolicy> policies() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 6).map(TestPolicies::keepLast),
                Arbitraries.integers().between(1, 4).map(TestPolicies::keepDaily),
                Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 2))
                        .as(SimplePolicies::rules));
    }

    @Provide
    Arbitrary<MessageEvent> messages() {
        return Combinators.combine(Arbitraries.longs().between(0, 25L * 24 * 60),
                Arbitraries.longs().between(0, 5L * 24 * 60), Arbitraries.of(true, false))
                .as((start, length, known) -> new MessageEvent("m",
                        known ? Optional.of(START.plus(Duration.ofMinutes(start))) : Optional.empty(),
                        START.plus(Duration.ofMinutes(start + length))));
    }

    private static Simulator simulator(List<ObservedBackup> history, RetentionPolicy policy, Instant now) {
        return new Simulator(Timeline.build(history, EVERY_SIX_HOURS, policy, now), now, FOLDER);
    }

    /** The definition, run as written: at each run, the policy over every backup made so far and not removed. */
    static long[] naivePruning(long[] created, RetentionPolicy policy) {
        long[] pruned = new long[created.length];
        Arrays.fill(pruned, Timeline.KEPT);
        for (int run = 0; run < created.length; run++) {
            List<Snapshot> existing = new ArrayList<>();
            for (int j = 0; j <= run; j++) {
                if (pruned[j] == Timeline.KEPT) {
                    existing.add(Timeline.snapshot(j, created[j], EVERY_SIX_HOURS));
                }
            }
            RetentionDecision decision = policy.apply(existing);
            for (Snapshot gone : decision.remove()) {
                pruned[Integer.parseInt(gone.id())] = created[run];
            }
        }
        return pruned;
    }
}
