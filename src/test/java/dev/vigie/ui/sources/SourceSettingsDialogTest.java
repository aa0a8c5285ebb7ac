package dev.vigie.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import java.time.Duration;
import java.time.ZoneId;
import dev.vigie.ui.common.I18n;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourceSettingsDialogTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Start
    void start(Stage stage) {
        // the dialog class needs the toolkit; nothing is shown
    }

    @Test
    void emptyFieldsLeaveEverythingToVigie() {
        SourceSettings s = SourceSettingsDialog.read(" ", "", "", PARIS, Optional.empty(), false);
        assertThat(s).isEqualTo(SourceSettings.DEFAULTS);
    }

    @Test
    void typedValuesAreReadAsVigieCheckReadsThem() {
        SourceSettings s = SourceSettingsDialog.read("daily 02:00", "Europe/Paris", "2h", PARIS,
                Optional.of(MediaKind.NETWORK_SHARE), true);
        assertThat(s.schedule()).contains("daily 02:00");
        assertThat(s.zone()).contains(PARIS);
        assertThat(s.grace()).contains(Duration.ofHours(2));
        assertThat(s.media()).contains(MediaKind.NETWORK_SHARE);
        assertThat(s.offsite()).isTrue();
    }

    @Test
    void theFirstFieldThatDoesNotReadIsNamed() {
        assertThatThrownBy(() -> SourceSettingsDialog.read("daily at two", "", "", PARIS, Optional.empty(), false))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).startsWith("error.schedule"));
        assertThatThrownBy(() -> SourceSettingsDialog.read("", "Mars/Olympus", "", PARIS, Optional.empty(), false))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.zone"));
        assertThatThrownBy(() -> SourceSettingsDialog.read("", "", "soon", PARIS, Optional.empty(), false))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.duration"));
    }

    @Test
    void theGuessedScheduleIsSaidInWordsAndPrefillsThePresets(FxRobot robot) throws Exception {
        SourceSettingsDialog[] dialog = new SourceSettingsDialog[1];
        robot.interact(() -> dialog[0] = new SourceSettingsDialog(null, new I18n(Locale.ENGLISH), "iphone",
                SourceSettings.DEFAULTS, "weekly sat 21:30", PARIS));
        var pane = dialog[0].getDialogPane();
        @SuppressWarnings("unchecked")
        ComboBox<SchedulePreset.Kind> kind = (ComboBox<SchedulePreset.Kind>) pane.lookup("#settings-schedule-kind");
        assertThat(kind.getValue()).isEqualTo(SchedulePreset.Kind.AUTO);
        assertThat(((Label) pane.lookup("#settings-guess")).getText())
                .isEqualTo("Guessed from the backups: every Saturday at 21:30.");
        assertThat(dialog[0].getResultConverter().call(ButtonType.OK).schedule()).as("a guess is not stored")
                .isEmpty();

        robot.interact(() -> kind.setValue(SchedulePreset.Kind.WEEKLY));
        assertThat(((TextField) pane.lookup("#settings-time")).getText()).isEqualTo("21:30");
        assertThat(dialog[0].getResultConverter().call(ButtonType.OK).schedule()).contains("weekly sat 21:30");

        robot.interact(() -> {
            kind.setValue(SchedulePreset.Kind.DAILY);
            ((TextField) pane.lookup("#settings-time")).setText("25:00");
        });
        assertThat(pane.lookupButton(ButtonType.OK).isDisabled()).as("a time that does not read").isTrue();
        robot.interact(() -> ((TextField) pane.lookup("#settings-time")).setText("02:00"));
        assertThat(dialog[0].getResultConverter().call(ButtonType.OK).schedule()).contains("daily 02:00");
    }

    @Test
    void frenchSaysTheGuessInFrenchAndCronStaysAnAdvancedChoice(FxRobot robot) throws Exception {
        SourceSettingsDialog[] dialog = new SourceSettingsDialog[1];
        robot.interact(() -> dialog[0] = new SourceSettingsDialog(null, new I18n(Locale.FRENCH), "nas",
                new SourceSettings(Optional.of("cron:0 2 * * 1-5"), Optional.empty(), Optional.empty(),
                        Optional.empty(), false), "daily 02:00", PARIS));
        var pane = dialog[0].getDialogPane();
        assertThat(((Label) pane.lookup("#settings-guess")).getText())
                .isEqualTo("Devinée d'après les sauvegardes : tous les jours à 02:00.");
        @SuppressWarnings("unchecked")
        ComboBox<SchedulePreset.Kind> kind = (ComboBox<SchedulePreset.Kind>) pane.lookup("#settings-schedule-kind");
        assertThat(kind.getValue()).isEqualTo(SchedulePreset.Kind.ADVANCED);
        assertThat(((TextField) pane.lookup("#settings-schedule")).getText()).isEqualTo("cron:0 2 * * 1-5");
        assertThat(dialog[0].getResultConverter().call(ButtonType.OK).schedule()).contains("cron:0 2 * * 1-5");
    }
}
