package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.InputProblem;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void anInputProblemIsToldInTheUsersWordsEvenWhenWrapped() {
        I18n french = new I18n(Locale.FRENCH);
        Exception wrapped = new RuntimeException(new InputProblem("error.path.missing", "/mnt/nas"));
        assertThat(ErrorDialog.describe(wrapped, french)).contains("/mnt/nas", "introuvable");
        assertThat(ErrorDialog.describe(new IllegalStateException("boom"), new I18n(Locale.ENGLISH)))
                .contains("Unexpected error", "boom");
    }

    @Test
    void copyDetailsPutsTheWholeStoryOnTheClipboardAndKeepsTheDialogOpen(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            Alert a = ErrorDialog.create(stage, new I18n(Locale.ENGLISH), "Cannot scan nas",
                    new UncheckedIOException(new java.io.IOException("disk vanished")));
            a.show();
            alert.set(a);
        });
        ButtonType copy = alert.get().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.LEFT).findFirst().orElseThrow();

        robot.interact(() -> ((Button) alert.get().getDialogPane().lookupButton(copy)).fire());

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Cannot scan nas", "disk vanished", "UncheckedIOException", "at ");
        assertThat(alert.get().isShowing()).isTrue();
        robot.interact(() -> alert.get().close());
    }
}
