package dev.vigie.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon-only buttons that still say what they do: as a tooltip, and to screen readers. */
public final class IconButtons {

    private IconButtons() {
    }

    /** Gives {@code button} the icon, and the words of {@code key} (mnemonic marks removed) as tooltip and text. */
    public static void dress(Button button, Ikon icon, I18n i18n, String key) {
        String words = i18n.get(key).replace("_", "");
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(words));
        button.setAccessibleText(words);
    }
}
