package dev.vigie.ui.timeline;

import java.util.function.BiFunction;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A tooltip that follows the pointer over a chart and says what is under it: a canvas has no nodes to hang
 * ordinary tooltips on, so the chart answers "what is at x, y" and this shows it (nothing when the answer is empty).
 */
public final class HoverTip {

    private HoverTip() {
    }

    /** Shows {@code textAt(x, y)} beside the pointer while it moves over {@code chart}. */
    public static void install(Region chart, BiFunction<Double, Double, String> textAt) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        chart.setOnMouseMoved(e -> {
            String text = textAt.apply(e.getX(), e.getY());
            if (text.isEmpty()) {
                tip.hide();
            } else {
                tip.setText(text);
                tip.show(chart, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        });
        chart.setOnMouseExited(e -> tip.hide());
    }
}
