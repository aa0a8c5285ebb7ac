package dev.vigie.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreTestRuleTest {

    private static final Instant WATCHED = Instant.parse("2026-01-01T00:00:00Z");
    private static final DrillPolicy IMPORTANT = DrillPolicy.DEFAULTS.withImportant(true);

    @Test
    void importantSourceIsDueNinetyDaysAfterItsLastTest() {
        Instant last = Instant.parse("2026-03-01T00:00:00Z");

        assertThat(RestoreTestRule.overdue(IMPORTANT, Optional.of(last), WATCHED, last.plus(Duration.ofDays(90))))
                .isEmpty();
        Optional<Finding> late = RestoreTestRule.overdue(IMPORTANT, Optional.of(last), WATCHED,
                last.plus(Duration.ofDays(94)));
        assertThat(late).get().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.code()).isEqualTo("restore-test-overdue");
            assertThat(f.args()).containsExactly("last", "94", "90");
        });
    }

    @Test
    void sourceNeverTestedIsDueOneIntervalAfterItWasWatched() {
        assertThat(RestoreTestRule.overdue(IMPORTANT, Optional.empty(), WATCHED, WATCHED.plus(Duration.ofDays(30))))
                .isEmpty();
        assertThat(RestoreTestRule.overdue(IMPORTANT, Optional.empty(), WATCHED, WATCHED.plus(Duration.ofDays(91))))
                .get().extracting(Finding::args).isEqualTo(List.of("never", "91", "90"));
    }

    @Test
    void ordinarySourceHasNoReminderUntilGivenAnInterval() {
        Instant now = WATCHED.plus(Duration.ofDays(400));
        assertThat(RestoreTestRule.overdue(DrillPolicy.DEFAULTS, Optional.empty(), WATCHED, now)).isEmpty();

        DrillPolicy monthly = DrillPolicy.DEFAULTS.withEvery(Optional.of(Duration.ofDays(30)));
        assertThat(RestoreTestRule.overdue(monthly, Optional.of(WATCHED.plus(Duration.ofDays(360))), WATCHED, now))
                .get().extracting(Finding::args).isEqualTo(List.of("last", "40", "30"));
    }

    @Test
    void reminderTurnedOffSilencesAnImportantSource() {
        DrillPolicy off = IMPORTANT.turnedOff();

        assertThat(RestoreTestRule.interval(off)).isEmpty();
        assertThat(RestoreTestRule.overdue(off, Optional.empty(), WATCHED, WATCHED.plus(Duration.ofDays(400))))
                .isEmpty();
    }

    @Test
    void sampleDrawsTheShareRoundedUpAndTheSameFilesForTheSameSeed() {
        List<Integer> all = java.util.stream.IntStream.range(0, 25).boxed().toList();

        List<Integer> tenPercent = DrillSample.choose(all, 10, 7);

        assertThat(tenPercent).hasSize(3).isSorted().isSubsetOf(all);
        assertThat(DrillSample.choose(all, 10, 7)).isEqualTo(tenPercent);
        assertThat(DrillSample.choose(List.of("only"), 1, 7)).containsExactly("only");
        assertThat(DrillSample.choose(all, 100, 7)).isEqualTo(all);
    }

    @Test
    void outcomeIsYesPartlyOrNoByTheFilesThatCameBackWhole() {
        assertThat(DrillOutcome.of(4, 4)).isEqualTo(DrillOutcome.RESTORED);
        assertThat(DrillOutcome.of(4, 3)).isEqualTo(DrillOutcome.PARTLY);
        assertThat(DrillOutcome.of(4, 0)).isEqualTo(DrillOutcome.NOT_RESTORED);
        assertThat(DrillOutcome.of(0, 0)).isEqualTo(DrillOutcome.NOT_RESTORED);
    }
}
