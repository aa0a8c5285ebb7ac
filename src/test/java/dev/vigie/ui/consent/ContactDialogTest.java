package dev.vigie.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.ui.common.I18n;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Adding a contact: no internal id to invent, and no reproach before the user has typed anything. */
@ExtendWith(ApplicationExtension.class)
class ContactDialogTest {

    private final AtomicReference<ContactDialog> dialog = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog.set(new ContactDialog(stage, new I18n(Locale.ENGLISH), Optional.empty(), Optional.of("FR")));
    }

    private Label problem() {
        return (Label) dialog.get().getDialogPane().lookup("#form-problem");
    }

    @Test
    void theFormAsksForNoIdAndSaysNothingBeforeItIsTouched(FxRobot robot) {
        assertThat(dialog.get().getDialogPane().lookup("#contact-id")).isNull();
        assertThat(problem().getText()).isEmpty();
    }

    @Test
    void okOnAnEmptyFormSaysWhatIsMissingAndKeepsTheDialog(FxRobot robot) {
        robot.interact(() -> dialog.get().show());
        Button ok = (Button) dialog.get().getDialogPane().lookupButton(ButtonType.OK);
        robot.interact(ok::fire);
        assertThat(dialog.get().isShowing()).isTrue();
        assertThat(problem().getText()).isEqualTo("Give the contact a name.");
        robot.interact(() -> dialog.get().close());
    }

    @Test
    void aTouchedFieldIsCheckedAsTheUserTypes(FxRobot robot) {
        TextField name = (TextField) dialog.get().getDialogPane().lookup("#contact-name");
        robot.interact(() -> name.setText("Chloé"));
        assertThat(problem().getText()).isEqualTo("Give the contact a phone number.");
    }
}
