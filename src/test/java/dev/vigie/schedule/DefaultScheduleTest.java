package dev.vigie.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Layout;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultScheduleTest {

    /** Backups every {@code step} from {@code first} (Paris local), each moved by up to ±{@code jitter} minutes. */
    private static List<Instant> backups(String first, int count, UnaryOperator<LocalDateTime> step, int jitterMinutes,
                                         long seed) {
        Random random = new Random(seed);
        List<Instant> times = new ArrayList<>();
        LocalDateTime t = LocalDateTime.parse(first);
        for (int i = 0; i < count; i++) {
            int jitter = jitterMinutes == 0 ? 0 : random.nextInt(2 * jitterMinutes + 1) - jitterMinutes;
            times.add(t.plusMinutes(jitter).atZone(Paris.ZONE).toInstant());
            t = step.apply(t);
        }
        // Any order: the history comes as the store gives it.
        Collections.shuffle(times, random);
        return times;
    }

    private static Schedule inferred(List<Instant> times) {
        return Schedules.defaultFor(Layout.GENERIC, times, Paris.ZONE);
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"WHATSAPP_ANDROID", "WHATSAPP_BUSINESS_ANDROID"})
    void whatsAppBacksUpDailyAtTwo(Layout layout) {
        Schedule schedule = Schedules.defaultFor(layout,
                backups("2026-11-01T14:10", 10, t -> t.plusHours(7), 0, 1), Paris.ZONE);

        assertThat(schedule.expression()).isEqualTo("daily 02:00");
        assertThat(schedule.grace()).isEqualTo(Duration.ofHours(2));
        assertThat(schedule.inferred()).isTrue();
        assertThat(schedule.zone()).isEqualTo(Paris.ZONE);
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = {"WHATSAPP_ANDROID", "WHATSAPP_BUSINESS_ANDROID"})
    void aWhatsAppPhoneWhoseBackupsAllRunAtHalfPastFourIsExpectedThenNotAtTwo(Layout layout) {
        Schedule schedule = Schedules.defaultFor(layout,
                backups("2026-11-01T04:30", 8, t -> t.plusDays(1), 0, 1), Paris.ZONE);

        assertThat(schedule.expression()).isEqualTo("daily 04:30");
        assertThat(schedule.inferred()).isTrue();
        assertThat(schedule.layoutDefault()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void withoutBackupsTheScheduleIsTheLayoutsDefaultNotInferredFromBackups(Layout layout) {
        Schedule schedule = Schedules.defaultFor(layout, List.of(), Paris.ZONE);

        assertThat(schedule.layoutDefault()).isTrue();
        assertThat(Schedules.withGrace(schedule, Duration.ofHours(3)).layoutDefault()).isTrue();
    }

    @Test
    void anIphoneWithoutBackupsIsExpectedWeeklyOnSundayNight() {
        Schedule schedule = Schedules.defaultFor(Layout.IOS_DEVICE_BACKUP, List.of(), Paris.ZONE);

        assertThat(schedule.expression()).isEqualTo("weekly sun 02:00");
        assertThat(schedule.grace()).isEqualTo(Duration.ofDays(1));
        assertThat(schedule.inferred()).isTrue();
    }

    @Test
    void anIphoneIsExpectedOnTheWeekdayAndAtTheTimeItIsUsuallyPluggedIn() {
        // Wednesdays around 20:10 (2026-11-04 is a Wednesday).
        Schedule schedule = Schedules.defaultFor(Layout.IOS_DEVICE_BACKUP,
                backups("2026-11-04T20:12", 8, t -> t.plusWeeks(1), 2, 7), Paris.ZONE);

        assertThat(schedule.expression()).isEqualTo("weekly wed 20:10");
        assertThat(schedule.grace()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void hourlyBackupsGiveAnHourlyScheduleAtTheirUsualMinute() {
        Schedule schedule = inferred(backups("2026-11-01T00:17", 200, t -> t.plusHours(1), 2, 11));

        assertThat(schedule.expression()).isEqualTo("hourly :15");
        assertThat(schedule.grace()).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.nominalPeriod()).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.inferred()).isTrue();
    }

    @Test
    void dailyBackupsAroundMidnightGiveMidnightNotNoon() {
        // Between 23:45 and 00:05: a plain median of times of day would be about noon.
        Schedule schedule = inferred(backups("2026-11-01T23:55", 40, t -> t.plusDays(1), 10, 3));

        assertThat(schedule.expression()).isIn("daily 23:45", "daily 23:50", "daily 23:55", "daily 00:00");
        assertThat(schedule.grace()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void dailyBackupsWithJitterGiveTheirUsualTimeRoundedDownToFiveMinutes() {
        Schedule schedule = inferred(backups("2026-11-01T03:07", 30, t -> t.plusDays(1), 1, 5));

        assertThat(schedule.expression()).isEqualTo("daily 03:05");
    }

    @Test
    void weeklyBackupsGiveTheirWeekdayAndTime() {
        // Mondays at 03:00 ± 20 min (2026-11-02 is a Monday); one was a day late.
        List<Instant> times = new ArrayList<>(backups("2026-11-02T03:00", 12, t -> t.plusWeeks(1), 20, 9));
        times.add(Paris.at("2027-02-02T03:00"));
        Schedule schedule = inferred(times);

        assertThat(schedule.expression()).matches("weekly mon 0[23]:[0-5][05]");
        assertThat(schedule.grace()).isEqualTo(Duration.ofDays(1));
        assertThat(schedule.nominalPeriod()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void monthlyBackupsGiveTheirUsualDayAndTime() {
        // The 1st at 04:00 ± 30 min, a few on the 2nd.
        List<Instant> times = new ArrayList<>(backups("2026-01-01T04:00", 12, t -> t.plusMonths(1), 30, 13));
        times.add(Paris.at("2027-01-02T04:10"));
        times.add(Paris.at("2027-02-02T04:10"));
        Schedule schedule = inferred(times);

        assertThat(schedule.expression()).matches("monthly 1 0[34]:[0-5][05]");
        assertThat(schedule.grace()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void setsOfOneRunCountOnceWhenMeasuringTheRhythm() {
        // Two sets per daily run, a few seconds apart: the gaps are a day, not zero.
        List<Instant> times = new ArrayList<>();
        for (Instant t : backups("2026-11-01T02:00", 10, d -> d.plusDays(1), 0, 1)) {
            times.add(t);
            times.add(t.plusSeconds(20));
        }

        assertThat(inferred(times).expression()).isEqualTo("daily 02:00");
    }

    @Test
    void onlyTheRecentRhythmCounts() {
        // A year of weekly backups, then 60 days of daily ones.
        List<Instant> times = new ArrayList<>(backups("2025-01-05T02:00", 52, t -> t.plusWeeks(1), 0, 1));
        times.addAll(backups("2026-01-10T22:00", 60, t -> t.plusDays(1), 0, 1));

        assertThat(inferred(times).expression()).isEqualTo("daily 22:00");
    }

    @Test
    void withOneBackupTheGuessIsDailyAtItsTime() {
        Schedule schedule = inferred(List.of(Paris.at("2026-11-20T13:47")));

        assertThat(schedule.expression()).isEqualTo("daily 13:45");
        assertThat(schedule.grace()).isEqualTo(Duration.ofHours(6));
        assertThat(schedule.inferred()).isTrue();
    }

    @Test
    void withoutBackupsTheGuessIsDailyAtTwo() {
        Schedule schedule = Schedules.defaultFor(Layout.DATED_SNAPSHOTS, List.of(), Paris.ZONE);

        assertThat(schedule.expression()).isEqualTo("daily 02:00");
        assertThat(schedule.inferred()).isTrue();
    }

    @Test
    void anInferredScheduleReadsBackAsTheSameRuleButNotInferred() {
        Schedule schedule = inferred(backups("2026-11-01T00:17", 50, t -> t.plusHours(1), 0, 1));
        Schedule typed = Schedules.parse(schedule.expression(), schedule.zone(), schedule.grace());

        assertThat(typed.inferred()).isFalse();
        assertThat(typed).isNotEqualTo(schedule);
        assertThat(typed.slots(Paris.at("2026-11-20T00:00"), Paris.at("2026-11-21T00:00")))
                .isEqualTo(schedule.slots(Paris.at("2026-11-20T00:00"), Paris.at("2026-11-21T00:00")));
    }

    @Test
    void theCircularMedianCutsTheCircleWhereNothingIs() {
        assertThat(Cadence.circularMedian(new int[] {1430, 1435, 5, 10, 1439}, 1440)).isEqualTo(1439);
        assertThat(Cadence.circularMedian(new int[] {100, 200, 300}, 1440)).isEqualTo(200);
        assertThat(Cadence.circularMedian(new int[] {42}, 60)).isEqualTo(42);
    }
}
