package dev.vigie.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** The dialogs showing now, found by what they say at the top. Read on the FX thread or after it settled. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Every showing dialog whose header is {@code header}. */
    public static List<DialogPane> showing(String header) {
        List<DialogPane> found = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && header.equals(pane.getHeaderText())) {
                found.add(pane);
            }
        }
        return found;
    }
}
