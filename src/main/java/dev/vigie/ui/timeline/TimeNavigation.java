package dev.vigie.ui.timeline;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

/**
 * How a user moves along a canvas of times, the same on every one: mouse wheel or +/- zoom, drag or arrows pan,
 * Home shows everything.
 */
public final class TimeNavigation {

    private final Region region;
    private final TimelineScale scale;
    private final Runnable redraw;
    private double dragX = Double.NaN;

    private TimeNavigation(Region region, TimelineScale scale, Runnable redraw, Runnable fitAll) {
        this.region = region;
        this.scale = scale;
        this.redraw = redraw;
        region.setFocusTraversable(true);
        region.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                scale.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX());
                redraw.run();
            }
        });
        region.setOnMousePressed(e -> {
            dragX = e.getX();
            region.requestFocus();
        });
        region.setOnMouseDragged(e -> {
            if (!Double.isNaN(dragX)) {
                scale.pan(dragX - e.getX());
                dragX = e.getX();
                redraw.run();
            }
        });
        region.setOnMouseReleased(e -> dragX = Double.NaN);
        region.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
                zoomIn();
            } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
                zoomOut();
            } else if (k == KeyCode.LEFT) {
                pan(-0.1);
            } else if (k == KeyCode.RIGHT) {
                pan(0.1);
            } else if (k == KeyCode.HOME) {
                fitAll.run();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Gives {@code region} the wheel, drag and keys over {@code scale}; {@code redraw} after each move. */
    public static TimeNavigation install(Region region, TimelineScale scale, Runnable redraw, Runnable fitAll) {
        return new TimeNavigation(region, scale, redraw, fitAll);
    }

    public void zoomIn() {
        scale.zoom(0.5, scale.width() / 2);
        redraw.run();
    }

    public void zoomOut() {
        scale.zoom(2, scale.width() / 2);
        redraw.run();
    }

    /** Moves by a share of the visible width (negative: earlier). */
    public void pan(double share) {
        scale.pan(scale.width() * share);
        redraw.run();
    }

    Region region() {
        return region;
    }
}
