package dev.vigie.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vigie.backup.InputProblem;
import dev.vigie.retention.CalendarSpan;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static final Schedule NIGHTLY = Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofHours(2));
    private static final Schedule HOURLY = Schedules.parse("every 1h", Paris.ZONE, Duration.ofMinutes(10));
    private static final RetentionPolicy KEEP_LAST_1 = RetentionPolicies.atEveryRun(RetentionRules.NONE.withLast(1));
    private static final RetentionPolicy LOCAL_WEEK = RetentionPolicies.atEveryRun(RetentionRules.NONE.withLast(1)
            .withWithinDaily(new CalendarSpan(0, 0, 7, 0)));

    /** Nightly backups at 02:00 from 1 to 11 Nov (no daylight-saving change in between), skipping the days given. */
    private static List<ObservedBackup> nightly(int... skipped) {
        List<ObservedBackup> backups = new ArrayList<>();
        for (int day = 1; day <= 11; day++) {
            int d = day;
            if (java.util.Arrays.stream(skipped).noneMatch(s -> s == d)) {
                backups.add(new ObservedBackup(Paris.at(String.format("2026-11-%02dT02:00", day)), "b" + day));
            }
        }
        return backups;
    }

    private static final Instant LAST_RUN = Paris.at("2026-11-11T02:00");

    @Test
    void nightlyBackupsExposeADayAtWorstAndHalfADayOnAverage() {
        WhatIfResult result = WhatIf.compare(nightly(), NIGHTLY, List.of(Scenario.asObserved("current", KEEP_LAST_1)),
                Duration.ofHours(24), LAST_RUN);

        ScenarioOutcome current = result.outcomes().get(0);
        assertThat(result.from()).isEqualTo(Paris.at("2026-11-01T02:00"));
        assertThat(current.backups()).isEqualTo(11);
        assertThat(current.worstExposure()).isEqualTo(Duration.ofHours(24));
        assertThat(current.meanExposure()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aMissedRunDoublesTheWorstExposureAndRaisesTheMean() {
        ScenarioOutcome current = WhatIf.compare(nightly(5), NIGHTLY,
                List.of(Scenario.asObserved("current", KEEP_LAST_1)), Duration.ofHours(24), LAST_RUN).outcomes().get(0);

        assertThat(current.backups()).isEqualTo(10);
        assertThat(current.worstExposure()).isEqualTo(Duration.ofHours(48));
        // Eight one-day stretches average 12 h, the two-day one 24 h: (8 × 24 × 12 + 48 × 24) / 240 h.
        assertThat(current.meanExposure()).isEqualTo(Duration.ofMinutes(Math.round((8 * 24 * 12 + 48 * 24) * 60 / 240.0)));
    }

    @Test
    void keepLastOneLosesEveryDeletionNoticedADayLaterWhileAWeekOfCopiesKeepsThemAll() {
        WhatIfResult result = WhatIf.compare(nightly(), NIGHTLY, List.of(
                Scenario.asObserved("google", KEEP_LAST_1),
                Scenario.asObserved("local", LOCAL_WEEK)), Duration.ofHours(24), LAST_RUN);

        assertThat(result.outcomes().get(0).recoverableAfterDelay()).isZero();
        assertThat(result.outcomes().get(1).recoverableAfterDelay()).isEqualTo(1.0);
    }

    @Test
    void keepLastOneStillHoldsHalfOfTheDeletionsNoticedTwelveHoursLater() {
        ScenarioOutcome google = WhatIf.compare(nightly(), NIGHTLY,
                List.of(Scenario.asObserved("google", KEEP_LAST_1)), Duration.ofHours(12), LAST_RUN).outcomes().get(0);

        // A deletion is undone only if the next run, which replaces the copy, is more than 12 h away.
        assertThat(google.recoverableAfterDelay()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anHourlyScheduleIsComparedOverTheSameObservedPeriod() {
        WhatIfResult result = WhatIf.compare(nightly(), NIGHTLY, List.of(
                Scenario.asObserved("current", KEEP_LAST_1),
                new Scenario("hourly", Optional.of(HOURLY),
                        RetentionPolicies.atEveryRun(RetentionRules.NONE.withHourly(24).withDaily(7)))),
                Duration.ofHours(24), LAST_RUN);

        ScenarioOutcome hourly = result.outcomes().get(1);
        assertThat(hourly.scenario().label()).isEqualTo("hourly");
        assertThat(hourly.backups()).isEqualTo(10 * 24 + 1);
        assertThat(hourly.worstExposure()).isEqualTo(Duration.ofHours(1));
        assertThat(hourly.meanExposure()).isEqualTo(Duration.ofMinutes(30));
        // keep-daily 7 keeps each day's last backup for a week: every deletion survives a day.
        assertThat(hourly.recoverableAfterDelay()).isEqualTo(1.0);
    }

    @Test
    void theExposureRunsOnUntilNowWhenTheLastBackupIsOlder() {
        ScenarioOutcome current = WhatIf.compare(nightly(), NIGHTLY,
                List.of(Scenario.asObserved("current", KEEP_LAST_1)), Duration.ofHours(24),
                LAST_RUN.plus(Duration.ofHours(60))).outcomes().get(0);

        assertThat(current.worstExposure()).isEqualTo(Duration.ofHours(60));
    }

    @Test
    void backupsAfterNowAreNotPartOfThePeriod() {
        ScenarioOutcome current = WhatIf.compare(nightly(), NIGHTLY,
                List.of(Scenario.asObserved("current", KEEP_LAST_1)), Duration.ofHours(24),
                Paris.at("2026-11-06T01:00")).outcomes().get(0);

        assertThat(current.backups()).isEqualTo(5);
    }

    @Test
    void withoutABackupBeforeNowThereIsNoPeriodToCompare() {
        assertThatThrownBy(() -> WhatIf.compare(nightly(), NIGHTLY,
                List.of(Scenario.asObserved("current", KEEP_LAST_1)), Duration.ofHours(24),
                Paris.at("2026-10-01T00:00")))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.whatif.period"));
    }
}
