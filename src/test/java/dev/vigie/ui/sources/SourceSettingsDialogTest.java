package dev.vigie.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
}
