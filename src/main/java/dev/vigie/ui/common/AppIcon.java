package dev.vigie.ui.common;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Vigie's icon (icons/vigie.svg, rendered by icons/generate.sh) in the sizes window managers ask for. */
public final class AppIcon {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** The icon at one of the rendered sizes (16 to 256 px). */
    public static Image image(int size) {
        return new Image(AppIcon.class.getResource("/dev/vigie/ui/icon/vigie-" + size + ".png").toExternalForm());
    }

    /** Gives a window every size; dialogs owned by it show the same icon (JavaFX binds an owned dialog's icons). */
    public static void addTo(Stage stage) {
        List<Image> images = java.util.Arrays.stream(SIZES).mapToObj(AppIcon::image).toList();
        stage.getIcons().setAll(images);
    }
}
