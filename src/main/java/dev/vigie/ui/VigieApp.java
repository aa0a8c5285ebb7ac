package dev.vigie.ui;

import dev.vigie.i18n.Messages;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop window. For now a minimal one; the real shell is the next piece of work. */
public final class VigieApp extends Application {

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        Application.launch(VigieApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.of(Locale.getDefault());
        Label hello = new Label(messages.get("app.placeholder"));
        stage.setTitle("Vigie");
        stage.setScene(new Scene(new StackPane(hello), 720, 480));
        stage.show();
    }
}
