package dev.vigie.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.retention.CalendarSpan;
import dev.vigie.retention.RetentionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulator view's logic that needs no window: reading the form, and what each run keeps. */
class SimulatorModelTest {

    private static final long HOUR = 3_600_000L;

    private static SimulatorModel.CustomRules custom(int daily, String withinDaily) {
        return new SimulatorModel.CustomRules(0, 0, daily, 0, 0, 0, "", "", withinDaily, "", "", "");
    }

    @Test
    void aTimeOfDayIsReadAsHoursAndMinutes() {
        assertThat(SimulatorModel.dateTime(LocalDate.of(2026, 11, 17), "2:05"))
                .isEqualTo(LocalDateTime.of(2026, 11, 17, 2, 5));
        assertThatThrownBy(() -> SimulatorModel.dateTime(LocalDate.of(2026, 11, 17), "25:00"))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.simulator.time"));
        assertThatThrownBy(() -> SimulatorModel.dateTime(null, "10:00"))
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.simulator.date"));
    }

    @Test
    void customRulesAreReadAndAnEmptyPolicyIsRefused() {
        assertThat(SimulatorModel.rules("custom", custom(7, "1m")))
                .isEqualTo(RetentionRules.NONE.withDaily(7).withWithinDaily(new CalendarSpan(0, 1, 0, 0)));
        assertThatThrownBy(() -> SimulatorModel.rules("custom", custom(0, " ")))
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.retention.empty"));
        assertThatThrownBy(() -> SimulatorModel.rules("custom", custom(0, "a week")))
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.retention.span"));
        assertThat(SimulatorModel.rules("icloud", custom(0, ""))).isEqualTo(RetentionRules.NONE.withLast(1));
    }

    @Test
    void theChatUsesTheEventTimeOnlyWhenTheUserGaveOneForADeletedMessage() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate day = LocalDate.of(2026, 11, 21);
        Optional<LocalDateTime> prefilled = Optional.of(LocalDateTime.of(2026, 11, 21, 10, 0));

        assertThat(SimulatorModel.chatDeleted(SimulatorModel.Kind.MESSAGE, day, "10:00", prefilled, paris))
                .isEmpty();
        assertThat(SimulatorModel.chatDeleted(SimulatorModel.Kind.MESSAGE, LocalDate.of(2026, 11, 13), "10:00",
                prefilled, paris)).contains(Instant.parse("2026-11-13T09:00:00Z"));
        assertThat(SimulatorModel.chatDeleted(SimulatorModel.Kind.MESSAGE, day, "10:00", Optional.empty(), paris))
                .contains(Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(SimulatorModel.chatDeleted(SimulatorModel.Kind.LOSS, LocalDate.of(2026, 11, 13), "10:00",
                prefilled, paris)).isEmpty();
        assertThatThrownBy(() -> SimulatorModel.chatDeleted(SimulatorModel.Kind.MESSAGE, day, "25:00", prefilled,
                paris)).satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.simulator.time"));
    }

    @Test
    void eachRunKeepsWhatItDidNotRemove() {
        // Keep-last 2, hourly: run k removes backup k - 2.
        long[] created = {0, HOUR, 2 * HOUR, 3 * HOUR};
        long[] pruned = {2 * HOUR, 3 * HOUR, LifetimeData.KEPT, LifetimeData.KEPT};
        LifetimeData data = new LifetimeData(created, pruned, 1, 10 * HOUR);

        assertThat(data.keptAfter(0)).isEqualTo(1);
        assertThat(data.keptAfter(1)).isEqualTo(2);
        assertThat(data.keptAfter(2)).isEqualTo(2);
        assertThat(data.removedAt(1)).isZero();
        assertThat(data.removedAt(2)).isEqualTo(1);
        assertThat(data.observed(0)).isTrue();
        assertThat(data.observed(1)).isFalse();
    }

    @Test
    void barsThatTouchNeverShareALane() {
        // Keep-last 1: each backup ends when the next begins, so they alternate between two lanes.
        long[] created = {0, HOUR, 2 * HOUR, 3 * HOUR};
        long[] pruned = {HOUR, 2 * HOUR, 3 * HOUR, LifetimeData.KEPT};
        LifetimeData data = new LifetimeData(created, pruned, 0, 10 * HOUR);

        assertThat(data.laneCount()).isEqualTo(2);
        for (int i = 1; i < created.length; i++) {
            assertThat(data.lane(i)).isNotEqualTo(data.lane(i - 1));
        }
    }
}
