package dev.vigie.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paris moves its clocks forward at 02:00 on 2026-03-29 (02:00 to 02:59 do not exist) and back at 03:00 on
 * 2026-10-25 (02:00 to 02:59 happen twice).
 */
class DaylightSavingTest {

    private static final Instant SPRING_DAY = Paris.at("2026-03-29T00:00");
    private static final Instant SPRING_NEXT_DAY = Paris.at("2026-03-30T00:00");
    private static final Instant FALL_DAY = Paris.at("2026-10-25T00:00");
    private static final Instant FALL_NEXT_DAY = Paris.at("2026-10-26T00:00");

    private static Schedule parse(String expression) {
        return Schedules.parse(expression, Paris.ZONE, Duration.ofHours(1));
    }

    @Test
    void javaMovesAMissingLocalTimeForwardByTheGap() {
        ZonedDateTime shifted = ZonedDateTime.ofLocal(LocalDateTime.parse("2026-03-29T02:30"), Paris.ZONE, null);

        assertThat(shifted.toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-29T03:30+02:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily 02:30", "weekly sun 02:30", "cron:30 2 * * *", "cron:30 2 * * 0"})
    void aRunInTheSpringGapHappensAtTheSameDistanceAfterIt(String expression) {
        List<Instant> slots = parse(expression).slots(SPRING_DAY, SPRING_NEXT_DAY);

        assertThat(slots).containsExactly(OffsetDateTime.parse("2026-03-29T03:30+02:00").toInstant());
        assertThat(parse(expression).nextSlotAfter(SPRING_DAY)).isEqualTo(slots.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily 02:00", "weekly sun 02:00", "cron:0 2 * * *"})
    void aRunAtTheStartOfTheGapHappensWhenClocksShowThree(String expression) {
        assertThat(parse(expression).slots(SPRING_DAY, SPRING_NEXT_DAY))
                .containsExactly(OffsetDateTime.parse("2026-03-29T03:00+02:00").toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily 02:30", "weekly sun 02:30", "cron:30 2 * * *", "cron:30 2 * * sun"})
    void aRunInTheAutumnOverlapHappensOnceAtItsFirstOccurrence(String expression) {
        Schedule schedule = parse(expression);
        Instant first = OffsetDateTime.parse("2026-10-25T02:30+02:00").toInstant();

        assertThat(schedule.slots(FALL_DAY, FALL_NEXT_DAY)).containsExactly(first);
        assertThat(schedule.nextSlotAfter(FALL_DAY)).isEqualTo(first);
        // An hour later the clocks show 02:30 again: that is no run.
        assertThat(schedule.lastSlotAtOrBefore(first.plusSeconds(3600))).contains(first);
    }

    @ParameterizedTest
    @CsvSource({"daily 01:30, 01:30", "daily 03:30, 03:30", "weekly sun 04:00, 04:00", "cron:0 12 * * *, 12:00"})
    void runsOutsideTheChangeKeepTheirLocalTime(String expression, LocalTime expected) {
        List<Instant> slots = parse(expression).slots(Paris.at("2026-03-28T00:00"), Paris.at("2026-03-31T00:00"));

        assertThat(slots).isNotEmpty()
                .allSatisfy(slot -> assertThat(slot.atZone(Paris.ZONE).toLocalTime()).isEqualTo(expected));
    }

    @Test
    void hourlyHasTwentyThreeRunsOnTheShortDayAndTwentyFourLocalTimesOnTheLongOne() {
        Schedule hourly = parse("hourly :30");
        List<Instant> spring = hourly.slots(SPRING_DAY, SPRING_NEXT_DAY);
        List<Instant> fall = hourly.slots(FALL_DAY, FALL_NEXT_DAY);

        assertThat(spring).hasSize(23).doesNotHaveDuplicates().isSorted();
        assertThat(fall).hasSize(24).doesNotHaveDuplicates().isSorted();
        // The second 02:30 of the long day is not a run: from the first to 03:30 is two hours.
        assertThat(fall).contains(OffsetDateTime.parse("2026-10-25T02:30+02:00").toInstant(),
                OffsetDateTime.parse("2026-10-25T03:30+01:00").toInstant())
                .doesNotContain(OffsetDateTime.parse("2026-10-25T02:30+01:00").toInstant());
    }

    @Test
    void cronTimesThatLandOnTheSameInstantInTheGapMakeOneRun() {
        // 02:00 and 02:30 move to 03:00 and 03:30, which the rule also lists.
        assertThat(parse("cron:*/30 2,3 * * *").slots(SPRING_DAY, SPRING_NEXT_DAY)).containsExactly(
                OffsetDateTime.parse("2026-03-29T03:00+02:00").toInstant(),
                OffsetDateTime.parse("2026-03-29T03:30+02:00").toInstant());
    }

    @Test
    void everyNHoursFollowsTheWallClock() {
        assertThat(parse("every 6h").slots(SPRING_DAY, SPRING_NEXT_DAY.minusSeconds(1))).containsExactly(
                Paris.at("2026-03-29T00:00"), Paris.at("2026-03-29T06:00"), Paris.at("2026-03-29T12:00"),
                Paris.at("2026-03-29T18:00"));
    }
}
