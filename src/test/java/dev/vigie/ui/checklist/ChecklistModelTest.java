package dev.vigie.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.consent.Purpose;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.ui.checklist.ChecklistModel.Form;
import dev.vigie.ui.checklist.ChecklistModel.RetentionChoice;
import dev.vigie.workspace.ChecklistAsk;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the checklist form without a window. */
class ChecklistModelTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    private static Form form(ChecklistScenario scenario, LocalDate createdDate, String createdTime, String time) {
        return new Form(scenario, "whatsapp-business", createdDate, createdTime, NOV_20, time,
                Purpose.RESTORE_ACCESS, RetentionChoice.USUAL);
    }

    @Test
    void aRecoveryReadsItsTimesInTheSourceZone() {
        ChecklistAsk ask = ChecklistModel.ask(form(ChecklistScenario.RECOVER, LocalDate.of(2026, 11, 19), "8:30",
                "10:00"), PARIS);

        assertThat(ask.deleted()).contains(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(ask.created()).contains(Instant.parse("2026-11-19T07:30:00Z"));
        assertThat(ask.lost()).isEmpty();
        assertThat(ask.rules()).isEmpty();
    }

    @Test
    void aLossAsksOnlyWhenThePhoneWasLost() {
        ChecklistAsk ask = ChecklistModel.ask(form(ChecklistScenario.LOST, LocalDate.of(2026, 11, 19), "8:30",
                "10:00"), PARIS);

        assertThat(ask.lost()).contains(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(ask.created()).isEmpty();
        assertThat(ask.deleted()).isEmpty();
    }

    @Test
    void aMigrationNeedsNoTime() {
        ChecklistAsk ask = ChecklistModel.ask(new Form(ChecklistScenario.MIGRATE, "iphone", null, "", null, "",
                Purpose.ARCHIVE, new RetentionChoice("x", "", Optional.of(RetentionPresets.named("icloud")
                .orElseThrow().rules()))), PARIS);

        assertThat(ask.deleted()).isEmpty();
        assertThat(ask.lost()).isEmpty();
        assertThat(ask.purpose()).isEqualTo(Purpose.ARCHIVE);
        assertThat(ask.rules().map(RetentionRules::describe)).contains("keep-last 1");
    }

    @Test
    void badInputIsAProblemToSayNotACrash() {
        assertThatThrownBy(() -> ChecklistModel.ask(form(ChecklistScenario.RECOVER, null, "", "25:00"), PARIS))
                .isInstanceOf(InputProblem.class).hasFieldOrPropertyWithValue("messageKey", "error.simulator.time");
        assertThatThrownBy(() -> ChecklistModel.ask(form(ChecklistScenario.RECOVER, NOV_20, "11:00", "10:00"),
                PARIS)).isInstanceOf(InputProblem.class).hasFieldOrPropertyWithValue("messageKey", "error.simulator.order");
        assertThatThrownBy(() -> ChecklistModel.ask(new Form(ChecklistScenario.LOST, " ", null, "", NOV_20, "10:00",
                Purpose.RESTORE_ACCESS, RetentionChoice.USUAL), PARIS)).isInstanceOf(InputProblem.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.checklist.ui.source");
    }

    @Test
    void aSignOffNeedsBothNames() {
        assertThatThrownBy(() -> ChecklistModel.requireNames("Alice", " ")).isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> ChecklistModel.requireNames("", "Bruno")).isInstanceOf(InputProblem.class);
        ChecklistModel.requireNames("Alice", "Bruno");
    }

    @Test
    void underTwoDaysLeftIsUrgent() {
        assertThat(ChecklistModel.urgent(Duration.ofHours(47))).isTrue();
        assertThat(ChecklistModel.urgent(Duration.ofHours(-1))).isTrue();
        assertThat(ChecklistModel.urgent(Duration.ofHours(48))).isFalse();
    }
}
