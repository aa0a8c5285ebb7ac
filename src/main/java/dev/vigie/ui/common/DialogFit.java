package dev.vigie.ui.common;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every dialog of the main window, wherever it is made: sized to its content, never larger than the screen (a
 * long form scrolls inside), centred on the window, and with the window's look (its stylesheet, training mode's
 * larger text). One place, so no dialog can forget it.
 */
public final class DialogFit {

    /** The visual bounds of the screen a window is on (the primary one when it is on none). */
    public static final Function<Window, Rectangle2D> SCREEN_OF_WINDOW = DialogFit::screenOf;

    private static Function<Window, Rectangle2D> screen = SCREEN_OF_WINDOW;

    /** Room left around a dialog on a full screen, for the title bar and the desktop's panels. */
    private static final double MARGIN = 32;

    private DialogFit() {
    }

    /** Fits every dialog that {@code main} (or one of its dialogs) opens from now on. */
    public static void watch(Stage main, String stylesheet) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w instanceof Stage dialog && ownedBy(dialog, main)
                            && dialog.getScene() != null && dialog.getScene().getRoot() instanceof DialogPane pane) {
                        dress(pane, main, stylesheet);
                        Platform.runLater(() -> fit(dialog, pane));
                    }
                }
            }
        });
    }

    private static boolean ownedBy(Stage dialog, Stage main) {
        for (Window w = dialog.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == main) {
                return true;
            }
        }
        return false;
    }

    private static void dress(DialogPane pane, Stage main, String stylesheet) {
        if (!pane.getStylesheets().contains(stylesheet)) {
            pane.getStylesheets().add(stylesheet);
        }
        Parent root = main.getScene() == null ? null : main.getScene().getRoot();
        boolean training = root != null && root.getStyleClass().contains("training");
        pane.getStyleClass().remove("training");
        if (training) {
            pane.getStyleClass().add("training");
        }
    }

    /** Sizes the dialog to its content within the screen, scrolling inside when it must, and centres it. */
    static void fit(Stage dialog, DialogPane pane) {
        if (!dialog.isShowing()) {
            return;
        }
        Window owner = dialog.getOwner();
        Rectangle2D area = screen.apply(owner != null ? owner : dialog);
        double maxWidth = area.getWidth() - MARGIN;
        double maxHeight = area.getHeight() - MARGIN;
        // The dialog's buttons say their whole text too, measured in the dialog's final font (training mode's
        // is applied after the button bar first sized them): the dialog widens for them.
        for (var type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof javafx.scene.layout.Region button) {
                ButtonBar.setButtonUniformSize(button, false);
                button.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                WholeText.keep(button);
            }
        }
        pane.applyCss();
        dialog.sizeToScene();
        if (dialog.getHeight() > maxHeight || dialog.getWidth() > maxWidth) {
            Node content = pane.getContent();
            if (content != null && !(content instanceof ScrollPane)) {
                ScrollPane scroll = new ScrollPane(content);
                scroll.setFitToWidth(true);
                scroll.getStyleClass().add("edge-to-edge");
                pane.setContent(scroll);
            }
            dialog.setHeight(Math.min(dialog.getHeight(), maxHeight));
            dialog.setWidth(Math.min(dialog.getWidth(), maxWidth));
        }
        double x = owner != null ? owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2
                : area.getMinX() + (area.getWidth() - dialog.getWidth()) / 2;
        double y = owner != null ? owner.getY() + (owner.getHeight() - dialog.getHeight()) / 2
                : area.getMinY() + (area.getHeight() - dialog.getHeight()) / 2;
        dialog.setX(clamp(x, area.getMinX(), area.getMaxX() - dialog.getWidth()));
        dialog.setY(clamp(y, area.getMinY(), area.getMaxY() - dialog.getHeight()));
    }

    /**
     * The screen area dialogs must fit, for a window: by default the visual bounds of the screen it is on. A test
     * gives a projector's or a laptop's screen here to see the window as their users would.
     */
    public static void useScreen(Function<Window, Rectangle2D> area) {
        screen = area;
    }

    private static Rectangle2D screenOf(Window w) {
        var screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
