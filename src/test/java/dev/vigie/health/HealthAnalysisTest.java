package dev.vigie.health;

import static dev.vigie.health.Backups.at;
import static dev.vigie.health.Backups.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vigie.backup.BackupSet;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HealthAnalysisTest {

    private static final Schedule DAILY = Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofHours(2));
    private static final Instant WATCHED = Paris.at("2026-11-01T00:00");
    /** When the hourly sources of some tests start being watched. */
    private static final Instant MORNING = Paris.at("2026-11-01T08:00");

    private static HealthReport analyse(List<BackupSet> backups, String now) {
        return analyse(backups, DAILY, now);
    }

    private static HealthReport analyse(List<BackupSet> backups, Schedule schedule, String now) {
        List<BackupSet> shuffled = new ArrayList<>(backups);
        Collections.shuffle(shuffled, new Random(1)); // the history comes in any order
        return HealthAnalysis.analyse(shuffled, schedule, WATCHED, Paris.at(now));
    }

    private static List<BackupSet> with(List<BackupSet> backups, BackupSet... more) {
        List<BackupSet> all = new ArrayList<>(backups);
        all.addAll(List.of(more));
        return all;
    }

    // --- states ---

    @Test
    void aSourceWithoutBackupsIsNewAndCriticalOnceItsFirstRunIsPastGrace() {
        Instant watched = Paris.at("2026-11-20T10:00");
        HealthReport before = HealthAnalysis.analyse(List.of(), DAILY, watched, Paris.at("2026-11-21T03:59"));
        HealthReport after = HealthAnalysis.analyse(List.of(), DAILY, watched, Paris.at("2026-11-21T04:00"));

        assertThat(before.status()).isEqualTo(HealthStatus.NEW);
        assertThat(before.firstSlotPassed()).isFalse();
        assertThat(before.level()).isEqualTo(MonitoringLevel.OK);
        assertThat(before.latest()).isEmpty();
        assertThat(before.nextExpected()).isEqualTo(Paris.at("2026-11-22T02:00"));
        assertThat(before.gaps()).isEmpty();

        assertThat(after.status()).isEqualTo(HealthStatus.NEW);
        assertThat(after.firstSlotPassed()).isTrue();
        assertThat(after.level()).isEqualTo(MonitoringLevel.CRITICAL);
        assertThat(after.missedRuns()).isEqualTo(new MissedRuns(1, 1, 1));
        assertThat(after.gaps()).containsExactly(new Gap(watched, Paris.at("2026-11-21T04:00"), 1));
        assertThat(after.coverage30Days()).isZero();
    }

    @Test
    void aSourceWhoseLatestRunHasItsBackupIsUp() {
        HealthReport report = analyse(daily("2026-11-01", "2026-11-20", "02:03"), "2026-11-20T09:00");

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.level()).isEqualTo(MonitoringLevel.OK);
        assertThat(report.latest()).contains(Paris.at("2026-11-20T02:03"));
        assertThat(report.nextExpected()).isEqualTo(Paris.at("2026-11-21T02:00"));
        assertThat(report.missedRuns()).isEqualTo(new MissedRuns(0, 0, 0));
        assertThat(report.gaps()).isEmpty();
        assertThat(report.coverage30Days()).isEqualTo(1.0);
        assertThat(report.schedule()).isSameAs(DAILY);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aRunWithoutItsBackupIsLateUntilItsGraceRunsOutThenDown() {
        List<BackupSet> history = daily("2026-11-01", "2026-11-20", "02:03");

        assertThat(analyse(history, "2026-11-21T01:59:59").status()).isEqualTo(HealthStatus.UP);
        assertThat(analyse(history, "2026-11-21T02:00").status()).isEqualTo(HealthStatus.LATE);
        HealthReport late = analyse(history, "2026-11-21T03:59:59.999");
        assertThat(late.status()).isEqualTo(HealthStatus.LATE);
        assertThat(late.level()).isEqualTo(MonitoringLevel.WARNING);
        assertThat(late.missedRuns().last7Days()).as("still within its grace: not missed yet").isZero();
        assertThat(late.coverage30Days()).as("nor counted against coverage").isEqualTo(1.0);

        HealthReport down = analyse(history, "2026-11-21T04:00");
        assertThat(down.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(down.level()).isEqualTo(MonitoringLevel.CRITICAL);
        assertThat(down.missedRuns()).isEqualTo(new MissedRuns(1, 1, 1));
        assertThat(down.gaps()).containsExactly(
                new Gap(Paris.at("2026-11-20T02:03"), Paris.at("2026-11-21T04:00"), 1));
    }

    @Test
    void aBackupAtTheVeryEndOfTheGraceCountsAndOneASecondLaterDoesNot() {
        List<BackupSet> history = daily("2026-11-01", "2026-11-20", "02:03");

        assertThat(analyse(with(history, at("2026-11-21T04:00")), "2026-11-21T04:00").status())
                .isEqualTo(HealthStatus.UP);
        HealthReport tooLate = analyse(with(history, at("2026-11-21T04:00:01")), "2026-11-21T05:00");
        assertThat(tooLate.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(tooLate.latest()).contains(Paris.at("2026-11-21T04:00:01"));
        assertThat(tooLate.missedRuns().last7Days()).isEqualTo(1);
    }

    // --- tolerance: half a period before the run ---

    @Test
    void aBackupMadeUpToHalfADayEarlyCountsForTheNextRun() {
        List<BackupSet> history = daily("2026-11-01", "2026-11-20", "02:03");

        HealthReport early = analyse(with(history, at("2026-11-20T14:00")), "2026-11-21T03:00");
        assertThat(early.status()).isEqualTo(HealthStatus.UP);

        HealthReport tooEarly = analyse(with(history, at("2026-11-20T13:59")), "2026-11-21T03:00");
        assertThat(tooEarly.status()).as("closer to the previous run, which had its backup")
                .isEqualTo(HealthStatus.LATE);
    }

    @Test
    void aSecondBackupForOneRunDoesNotCountForTheNext() {
        // A manual run after the nightly one: two backups on the 20th, none on the 21st.
        HealthReport report = analyse(with(daily("2026-11-01", "2026-11-20", "02:03"), at("2026-11-20T03:30")),
                "2026-11-21T05:00");

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.missedRuns().last7Days()).isEqualTo(1);
    }

    @Test
    void withALongGraceEachBackupCountsForOneRunOnly() {
        // Hourly, grace an hour: 10:45 is within the 10:00 run's grace and the 11:00 run's tolerance.
        Schedule hourly = Schedules.parse("hourly", Paris.ZONE, Duration.ofHours(1));
        List<BackupSet> both = List.of(at("2026-11-01T08:01"), at("2026-11-01T09:01"), at("2026-11-01T10:45"),
                at("2026-11-01T11:02"));

        HealthReport twoBackups = HealthAnalysis.analyse(both, hourly, MORNING, Paris.at("2026-11-01T12:10"));
        assertThat(twoBackups.missedRuns().last7Days()).as("10:45 for 10:00, 11:02 for 11:00").isZero();
        assertThat(twoBackups.status()).as("the 12:00 run is within its grace").isEqualTo(HealthStatus.LATE);

        HealthReport oneBackup = HealthAnalysis.analyse(both.subList(0, 3), hourly, MORNING,
                Paris.at("2026-11-01T12:10"));
        assertThat(oneBackup.missedRuns().last7Days()).as("10:45 counts once").isEqualTo(1);
    }

    @Test
    void oneMissedRunWithALongGraceDoesNotLeaveTheSourceLateForEver() {
        // A run takes the backup nearest to it: later backups are not shifted onto the missed run.
        Schedule hourly = Schedules.parse("hourly", Paris.ZONE, Duration.ofHours(2));
        List<BackupSet> history = List.of(at("2026-11-01T08:00"), at("2026-11-01T09:00"), at("2026-11-01T11:00"),
                at("2026-11-01T12:00"), at("2026-11-01T13:00"));

        HealthReport report = HealthAnalysis.analyse(history, hourly, MORNING, Paris.at("2026-11-01T13:10"));

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.missedRuns().last7Days()).isEqualTo(1);
        assertThat(report.gaps()).containsExactly(
                new Gap(Paris.at("2026-11-01T09:00"), Paris.at("2026-11-01T11:00"), 1));
    }

    // --- missed runs, gaps, coverage ---

    @Test
    void aWeekWithTwoMissingDaysHasTwoGapsAndTheirMissedRuns() {
        HealthReport report = analyse(daily("2026-11-01", "2026-11-21", "02:03", "2026-11-12", "2026-11-17"),
                "2026-11-21T09:00");

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.missedRuns()).as("the 12th is more than 7 days ago").isEqualTo(new MissedRuns(1, 2, 2));
        assertThat(report.gaps()).containsExactly(
                new Gap(Paris.at("2026-11-11T02:03"), Paris.at("2026-11-13T02:03"), 1),
                new Gap(Paris.at("2026-11-16T02:03"), Paris.at("2026-11-18T02:03"), 1));
        assertThat(report.coverage30Days()).isCloseTo(19.0 / 21, within(1e-9));
        assertThat(report.level()).isEqualTo(MonitoringLevel.OK);
    }

    @Test
    void twoMissingDaysInARowMakeOneGapOfTwoRuns() {
        HealthReport report = analyse(daily("2026-11-01", "2026-11-21", "02:03", "2026-11-12", "2026-11-13"),
                "2026-11-21T09:00");

        assertThat(report.gaps()).containsExactly(
                new Gap(Paris.at("2026-11-11T02:03"), Paris.at("2026-11-14T02:03"), 2));
        assertThat(report.longestGap()).contains(report.gaps().get(0));
    }

    @Test
    void aGapThatLastsRunsToNow() {
        HealthReport report = analyse(daily("2026-11-01", "2026-11-18", "02:03"), "2026-11-21T09:00");

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.missedRuns()).isEqualTo(new MissedRuns(3, 3, 3));
        assertThat(report.gaps()).containsExactly(
                new Gap(Paris.at("2026-11-18T02:03"), Paris.at("2026-11-21T09:00"), 3));
        assertThat(report.coverage30Days()).isCloseTo(18.0 / 21, within(1e-9));
    }

    @Test
    void missedRunsAreCountedPerWindow() {
        // Daily since August with the first ten days of each month missing.
        List<BackupSet> history = new ArrayList<>();
        for (BackupSet b : daily("2026-08-01", "2026-11-21", "02:03")) {
            if (b.time().atZone(Paris.ZONE).getDayOfMonth() > 10) {
                history.add(b);
            }
        }
        HealthReport report = HealthAnalysis.analyse(history, DAILY, Paris.at("2026-08-01T00:00"),
                Paris.at("2026-11-21T09:00"));

        // 7 days: none (14th-21st); 30 days (from 22 Oct 09:00): 1-10 Nov; 90 days (from 23 Aug 09:00): Sep,
        // Oct and Nov.
        assertThat(report.missedRuns()).isEqualTo(new MissedRuns(0, 10, 30));
        assertThat(report.gaps()).hasSize(4);
        assertThat(report.gaps().get(0)).isEqualTo(
                new Gap(Paris.at("2026-08-01T00:00"), Paris.at("2026-08-11T02:03"), 10));
    }

    @Test
    void coverageIsOneWhenNoRunWasDueYet() {
        Schedule monthly = Schedules.parse("monthly 1 02:00", Paris.ZONE, Duration.ofDays(1));
        HealthReport report = HealthAnalysis.analyse(List.of(at("2026-11-20T02:03")), monthly,
                Paris.at("2026-11-20T10:00"), Paris.at("2026-11-21T10:00"));

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.coverage30Days()).isEqualTo(1.0);
        assertThat(report.missedRuns()).isEqualTo(new MissedRuns(0, 0, 0));
        assertThat(report.firstSlotPassed()).isFalse();
        assertThat(report.nextExpected()).isEqualTo(Paris.at("2026-12-01T02:00"));
    }

    // --- where the record starts ---

    @Test
    void aHistoryOlderThanTheWatchIsJudgedFromItsFirstBackup() {
        HealthReport report = HealthAnalysis.analyse(daily("2026-11-01", "2026-11-10", "02:03"), DAILY,
                Paris.at("2026-11-20T00:00"), Paris.at("2026-11-21T09:00"));

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.missedRuns()).isEqualTo(new MissedRuns(7, 11, 11));
        assertThat(report.gaps()).containsExactly(
                new Gap(Paris.at("2026-11-10T02:03"), Paris.at("2026-11-21T09:00"), 11));
    }

    @Test
    void runsBetweenTheStartOfTheWatchAndTheFirstBackupAreMissed() {
        HealthReport report = analyse(daily("2026-11-04", "2026-11-21", "02:03"), "2026-11-21T09:00");

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.missedRuns().last30Days()).isEqualTo(3);
        assertThat(report.gaps()).containsExactly(new Gap(WATCHED, Paris.at("2026-11-04T02:03"), 3));
    }

    @Test
    void theRunJustBeforeTheFirstBackupCountsWhenThatBackupIsItsOwn() {
        // Watched from 10:00, but the folder already had that night's backup of 02:03.
        HealthReport report = HealthAnalysis.analyse(List.of(at("2026-11-20T02:03")), DAILY,
                Paris.at("2026-11-20T10:00"), Paris.at("2026-11-20T12:00"));

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.coverage30Days()).isEqualTo(1.0);
    }

    // --- clocks ---

    @Test
    void aBackupDatedFarInTheFutureCountsForNoRun() {
        BackupSet future = at("2027-01-01T02:00");
        HealthReport report = analyse(with(daily("2026-11-01", "2026-11-20", "02:03"), future), "2026-11-21T05:00");

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.latest()).contains(future.time());
        assertThat(report.findings()).extracting(f -> f.code()).containsExactly(Anomalies.FUTURE_TIME);
    }

    @Test
    void aBackupFromAClockAFewMinutesFastStillCounts() {
        HealthReport report = analyse(with(daily("2026-11-01", "2026-11-20", "02:03"), at("2026-11-21T02:40")),
                "2026-11-21T02:10");

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theSameSetTwiceIsNoProblem() {
        List<BackupSet> history = daily("2026-11-01", "2026-11-20", "02:03");
        HealthReport report = analyse(with(history, history.get(history.size() - 1)), "2026-11-20T09:00");

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.coverage30Days()).isEqualTo(1.0);
    }

    @Test
    void anEmptyLatestBackupMakesTheReportCritical() {
        List<BackupSet> history = with(daily("2026-11-01", "2026-11-19", "02:03"),
                Backups.at(Paris.at("2026-11-20T02:03"), "backup-empty", 0));
        HealthReport report = analyse(history, "2026-11-20T09:00");

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.level()).isEqualTo(MonitoringLevel.CRITICAL);
    }

    @Test
    void inferredSchedulesAreJudgedLikeAnyOther() {
        List<BackupSet> history = daily("2026-11-01", "2026-11-20", "02:03");
        Schedule inferred = Schedules.defaultFor(dev.vigie.backup.Layout.GENERIC,
                history.stream().map(BackupSet::time).toList(), Paris.ZONE);

        HealthReport report = analyse(history, inferred, "2026-11-21T09:00");

        assertThat(inferred.expression()).isEqualTo("daily 02:00");
        assertThat(report.status()).as("grace 6 h: 08:00 passed").isEqualTo(HealthStatus.DOWN);
        assertThat(report.schedule().inferred()).isTrue();
    }
}
