package dev.vigie.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The schedule editor's presets read and write the expressions the command line takes. */
class SchedulePresetTest {

    @Test
    void eachPresetReadsItsExpressionAndWritesItBack() {
        for (String expression : new String[] {"daily 02:00", "weekly sat 21:30", "every 6h", "monthly 1 04:00"}) {
            assertThat(SchedulePreset.of(expression).expression()).as(expression).contains(expression);
        }
        SchedulePreset weekly = SchedulePreset.of("Weekly SAT 21:30");
        assertThat(weekly.kind()).isEqualTo(SchedulePreset.Kind.WEEKLY);
        assertThat(weekly.day()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(weekly.time()).isEqualTo(LocalTime.of(21, 30));
        assertThat(SchedulePreset.of("monthly 15 04:00").every()).isEqualTo(15);
    }

    @Test
    void whatNoPresetSaysStaysAsTypedInTheAdvancedChoice() {
        SchedulePreset cron = SchedulePreset.of("cron:0 2 * * 1-5");
        assertThat(cron.kind()).isEqualTo(SchedulePreset.Kind.ADVANCED);
        assertThat(cron.expression()).contains("cron:0 2 * * 1-5");
        assertThat(SchedulePreset.of("hourly :15").kind()).isEqualTo(SchedulePreset.Kind.ADVANCED);
        assertThat(SchedulePreset.of("every 2d").kind()).isEqualTo(SchedulePreset.Kind.ADVANCED);
    }

    @Test
    void nothingTypedLetsVigieGuessAndAGuessPrefillsThePresetsWithoutChoosingOne() {
        assertThat(SchedulePreset.of(" ").expression()).isEmpty();
        SchedulePreset guessing = SchedulePreset.guessing("weekly sat 21:30");
        assertThat(guessing.kind()).isEqualTo(SchedulePreset.Kind.AUTO);
        assertThat(guessing.expression()).isEmpty();
        assertThat(guessing.with(SchedulePreset.Kind.WEEKLY).expression()).contains("weekly sat 21:30");
        assertThat(SchedulePreset.guessing("cron:0 2 * * *")).isEqualTo(SchedulePreset.AUTO);
    }
}
