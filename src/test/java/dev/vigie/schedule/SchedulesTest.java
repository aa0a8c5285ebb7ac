package dev.vigie.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.testing.Paris;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulesTest {

    private static final Duration GRACE = Duration.ofHours(2);

    private static Schedule parse(String expression) {
        return Schedules.parse(expression, Paris.ZONE, GRACE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hourly|hourly",
        "hourly :00|hourly",
        "hourly :30|hourly :30",
        "Hourly:5|hourly :05",
        "daily 02:00|daily 02:00",
        "  DAILY   2:00 |daily 02:00",
        "weekly sun 02:00|weekly sun 02:00",
        "weekly Sunday 2:30|weekly sun 02:30",
        "weekly TUES 23:59|weekly tue 23:59",
        "monthly 1 02:00|monthly 1 02:00",
        "monthly 31 0:05|monthly 31 00:05",
        "every 6h|every 6h",
        "every 6 H|every 6h",
        "every 24h|every 24h",
        "every 2d|every 2d",
        "cron:0 2 * * *|cron:0 2 * * *",
        "CRON:  0  2 * *  MON-FRI |cron:0 2 * * mon-fri",
        "cron:*/15 1-3 1,15 jan-jun 0|cron:*/15 1-3 1,15 jan-jun 0"})
    void writesEachRuleCanonicallyAndReadsItBackAsTheSameSchedule(String written, String canonical) {
        Schedule schedule = parse(written);

        assertThat(schedule.expression()).isEqualTo(canonical);
        assertThat(parse(schedule.expression())).isEqualTo(schedule);
        assertThat(schedule.inferred()).isFalse();
        assertThat(schedule.zone()).isEqualTo(Paris.ZONE);
        assertThat(schedule.grace()).isEqualTo(GRACE);
    }

    @Test
    void randomRulesRoundTripWithTheSameSlots() {
        Random random = new Random(42);
        String[] days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        Instant from = Paris.at("2026-01-01T00:00");
        Instant to = Paris.at("2026-12-31T23:59");
        for (int i = 0; i < 200; i++) {
            String time = String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
            String expression = switch (random.nextInt(6)) {
                case 0 -> "hourly :" + String.format("%02d", random.nextInt(60));
                case 1 -> "daily " + time;
                case 2 -> "weekly " + days[random.nextInt(7)] + " " + time;
                case 3 -> "monthly " + (1 + random.nextInt(31)) + " " + time;
                case 4 -> "every " + (1 + random.nextInt(24)) + (random.nextBoolean() ? "h" : "d");
                default -> "cron:" + random.nextInt(60) + " " + random.nextInt(24) + " * * " + random.nextInt(7);
            };
            Schedule schedule = parse(expression);
            Schedule again = parse(schedule.expression());
            assertThat(again).as(expression).isEqualTo(schedule);
            assertThat(again.slots(from, to)).as(expression).isEqualTo(schedule.slots(from, to));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|error.schedule.unknown",
        "sometimes|error.schedule.unknown",
        "nightly 02:00|error.schedule.unknown",
        "hourly 30|error.schedule.hourly",
        "hourly :60|error.schedule.hourly",
        "daily|error.schedule.daily",
        "daily 24:00|error.schedule.daily",
        "daily 02:60|error.schedule.daily",
        "daily 2h|error.schedule.daily",
        "weekly 02:00|error.schedule.weekly",
        "weekly su 02:00|error.schedule.weekly",
        "weekly funday 02:00|error.schedule.weekly",
        "monthly 0 02:00|error.schedule.monthly",
        "monthly 32 02:00|error.schedule.monthly",
        "monthly 02:00|error.schedule.monthly",
        "every 0h|error.schedule.every",
        "every 25h|error.schedule.every",
        "every 367d|error.schedule.every",
        "every 2w|error.schedule.every",
        "every day|error.schedule.every",
        "cron:0 2 * *|error.schedule.cron",
        "cron:60 2 * * *|error.schedule.cron",
        "cron:0 2 L * *|error.schedule.cron",
        "cron:@daily|error.schedule.cron",
        "cron:|error.schedule.cron",
        "cron:0 2 30 2 *|error.schedule.cronNever",
        "cron:0 2 31 4,6,9,11 *|error.schedule.cronNever"})
    void saysWhatIsWrongWithABadRuleInBothLanguages(String expression, String key) throws IOException {
        String written = expression == null ? "" : expression;
        assertThatThrownBy(() -> parse(written))
                .isInstanceOfSatisfying(InputProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.args()).first().isEqualTo(written);
                });
        for (String bundle : List.of("messages", "messages_fr")) {
            String text = load(bundle).getProperty(key);
            assertThat(text).as(bundle + " " + key).isNotNull().contains("{0}");
            assertThat(text).as("gives an example").containsAnyOf("for example", "par exemple");
        }
    }

    @Test
    void rejectsANegativeGrace() {
        assertThatThrownBy(() -> Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dailyRunsOncePerLocalDayAtItsTime() {
        assertThat(parse("daily 02:00").slots(Paris.at("2026-11-19T00:00"), Paris.at("2026-11-21T23:00")))
                .containsExactly(Paris.at("2026-11-19T02:00"), Paris.at("2026-11-20T02:00"),
                        Paris.at("2026-11-21T02:00"));
    }

    @Test
    void slotBoundsAreInclusiveAndAnEmptyRangeHasNone() {
        Schedule daily = parse("daily 02:00");
        Instant slot = Paris.at("2026-11-20T02:00");

        assertThat(daily.slots(slot, slot)).containsExactly(slot);
        assertThat(daily.slots(slot.plusNanos(1), slot.plusSeconds(3600))).isEmpty();
        assertThat(daily.slots(slot, slot.minusSeconds(1))).isEmpty();
    }

    @Test
    void nextIsStrictlyAfterAndLastIsAtOrBefore() {
        Schedule daily = parse("daily 02:00");
        Instant slot = Paris.at("2026-11-20T02:00");

        assertThat(daily.nextSlotAfter(slot)).isEqualTo(Paris.at("2026-11-21T02:00"));
        assertThat(daily.nextSlotAfter(slot.minusNanos(1))).isEqualTo(slot);
        assertThat(daily.lastSlotAtOrBefore(slot)).contains(slot);
        assertThat(daily.lastSlotAtOrBefore(slot.minusNanos(1))).contains(Paris.at("2026-11-19T02:00"));
        assertThat(daily.lastSlotAtOrBefore(slot.plusNanos(1))).contains(slot);
    }

    @Test
    void weeklyRunsOnItsWeekday() {
        List<Instant> slots = parse("weekly wed 21:30").slots(Paris.at("2026-11-01T00:00"),
                Paris.at("2026-11-30T00:00"));

        assertThat(slots).containsExactly(Paris.at("2026-11-04T21:30"), Paris.at("2026-11-11T21:30"),
                Paris.at("2026-11-18T21:30"), Paris.at("2026-11-25T21:30"));
    }

    @Test
    void monthlyOnADayAShortMonthLacksRunsOnThatMonthsLastDay() {
        Schedule monthly = parse("monthly 31 02:00");

        assertThat(monthly.slots(Paris.at("2026-01-01T00:00"), Paris.at("2026-05-01T00:00"))).containsExactly(
                Paris.at("2026-01-31T02:00"), Paris.at("2026-02-28T02:00"), Paris.at("2026-03-31T02:00"),
                Paris.at("2026-04-30T02:00"));
        assertThat(parse("monthly 30 02:00").nextSlotAfter(Paris.at("2028-02-01T00:00")))
                .isEqualTo(Paris.at("2028-02-29T02:00"));
        assertThat(monthly.nominalPeriod()).isBetween(Duration.ofDays(30), Duration.ofDays(31));
    }

    @Test
    void everyNHoursStartsEachLocalDayAtMidnight() {
        assertThat(parse("every 6h").slots(Paris.at("2026-11-20T00:00"), Paris.at("2026-11-21T00:00")))
                .containsExactly(Paris.at("2026-11-20T00:00"), Paris.at("2026-11-20T06:00"),
                        Paris.at("2026-11-20T12:00"), Paris.at("2026-11-20T18:00"), Paris.at("2026-11-21T00:00"));
        // 5 does not divide 24: like cron's */5, the last run of the day is followed by midnight, 4 h later.
        assertThat(parse("every 5h").slots(Paris.at("2026-11-20T00:00"), Paris.at("2026-11-21T00:00")))
                .containsExactly(Paris.at("2026-11-20T00:00"), Paris.at("2026-11-20T05:00"),
                        Paris.at("2026-11-20T10:00"), Paris.at("2026-11-20T15:00"), Paris.at("2026-11-20T20:00"),
                        Paris.at("2026-11-21T00:00"));
        assertThat(parse("every 6h").nominalPeriod()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void everyNDaysCountsDaysFromTheEpochSoItsRunsDoNotDependOnWhenItWasWritten() {
        // 2026-01-01 is day 20,454 since 1970-01-01: a multiple of 2 and 3, not of 4.
        assertThat(LocalDate.of(2026, 1, 1).toEpochDay()).isEqualTo(20_454);
        assertThat(parse("every 2d").slots(Paris.at("2026-01-01T00:00"), Paris.at("2026-01-06T00:00")))
                .containsExactly(Paris.at("2026-01-01T00:00"), Paris.at("2026-01-03T00:00"),
                        Paris.at("2026-01-05T00:00"));
        assertThat(parse("every 3d").nextSlotAfter(Paris.at("2026-01-01T00:00")))
                .isEqualTo(Paris.at("2026-01-04T00:00"));
        assertThat(parse("every 2d").nominalPeriod()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void hourlyRunsAtItsMinute() {
        assertThat(parse("hourly :15").slots(Paris.at("2026-11-20T10:00"), Paris.at("2026-11-20T13:00")))
                .containsExactly(Paris.at("2026-11-20T10:15"), Paris.at("2026-11-20T11:15"),
                        Paris.at("2026-11-20T12:15"));
    }

    @Test
    void cronTakesTheUsualGapAsItsPeriodAndEitherDayFieldWhenBothAreSet() {
        assertThat(parse("cron:0 2 * * 1-5").nominalPeriod()).isEqualTo(Duration.ofDays(1));
        assertThat(parse("cron:0 * * * *").nominalPeriod()).isEqualTo(Duration.ofHours(1));
        assertThat(parse("cron:0 3 * * 0").nominalPeriod()).isEqualTo(Duration.ofDays(7));
        // Unix cron: day of month 14 OR Friday.
        assertThat(parse("cron:0 2 14 * 5").slots(Paris.at("2026-03-01T00:00"), Paris.at("2026-03-21T00:00")))
                .containsExactly(Paris.at("2026-03-06T02:00"), Paris.at("2026-03-13T02:00"),
                        Paris.at("2026-03-14T02:00"), Paris.at("2026-03-20T02:00"));
    }

    @Test
    void aLeapDayCronWaitsForTheNextLeapYear() {
        Schedule leap = parse("cron:0 2 29 2 *");

        assertThat(leap.nextSlotAfter(Paris.at("2026-06-01T00:00"))).isEqualTo(Paris.at("2028-02-29T02:00"));
        assertThat(leap.lastSlotAtOrBefore(Paris.at("2026-06-01T00:00"))).contains(Paris.at("2024-02-29T02:00"));
        // 2100 is no leap year: eight years from 2096 to 2104.
        assertThat(leap.nextSlotAfter(Paris.at("2096-03-01T00:00"))).isEqualTo(Paris.at("2104-02-29T02:00"));
    }

    @Test
    void slotsForADecadeOfHoursAreCountedWithoutScanningMinutes() {
        Schedule hourly = Schedules.parse("hourly", ZoneOffset.UTC, Duration.ZERO);
        List<Instant> slots = hourly.slots(Instant.parse("2016-01-01T00:00:00Z"),
                Instant.parse("2025-12-31T23:00:00Z"));

        assertThat(slots).hasSize(87_672);
        assertThat(slots.get(0)).isEqualTo(Instant.parse("2016-01-01T00:00:00Z"));
        assertThat(slots.get(87_671)).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    }

    @Test
    void aScheduleInAnotherZoneRunsAtThatZonesLocalTime() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Schedule daily = Schedules.parse("daily 02:00", tokyo, GRACE);

        assertThat(daily.nextSlotAfter(Instant.parse("2026-11-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
        assertThat(daily).isNotEqualTo(parse("daily 02:00"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SchedulesTest.class.getResourceAsStream("/dev/vigie/i18n/" + name + ".properties");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
