package dev.vigie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens headless (Monocle) with its title. */
@ExtendWith(ApplicationExtension.class)
class VigieAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new VigieApp().start(stage);
    }

    @Test
    void windowIsTitledVigie(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Vigie");
        assertThat(stage.isShowing()).isTrue();
    }
}
