package dev.vigie.ui.simulator;

import dev.vigie.ui.timeline.TimeAxis;
import dev.vigie.ui.timeline.HoverTip;
import dev.vigie.ui.timeline.TimeNavigation;
import dev.vigie.ui.timeline.TimelineScale;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Each backup of a simulated timeline as a bar from its run to the run that prunes it, an arrow when it is kept
 * beyond the horizon; the backups that hold the event's data in another colour, the deletion or loss, the window in
 * which the data can be restored (or, for a loss, the work lost), and now. In step mode only the backups made by a
 * given run are drawn, those pruned by then faded.
 *
 * <p>A frame walks the backups made before the visible end once and draws only those that cross the view, so it
 * stays quick with tens of thousands of backups.
 */
final class LifetimeView extends Region {

    static final Color OBSERVED = Color.web("#2f81f7");
    static final Color PROJECTED = Color.web("#2f81f7", 0.35);
    static final Color CAPTURED = Color.web("#1f883d");
    static final Color EVENT = Color.web("#cf222e");
    static final Color WINDOW = Color.web("#2da44e", 0.20);
    static final Color EXPOSURE = Color.web("#d4a72c", 0.30);
    static final Color NOW = Color.web("#8250df");
    private static final double TOP = 20;
    private static final double MAX_LANE = 16;
    private static final double MIN_LANE = 2;

    /** The event over the bars; {@link #NONE} before any simulation. */
    record Overlay(long event, boolean loss, long created, int capturedFrom, int capturedTo, long windowFrom,
                   long windowTo, long now, String eventLabel, String nowLabel) {
        static final long ABSENT = Long.MIN_VALUE;
        static final Overlay NONE = new Overlay(ABSENT, false, ABSENT, 0, 0, ABSENT, ABSENT, ABSENT, "", "");

        boolean captured(int i) {
            return i >= capturedFrom && i < capturedTo;
        }
    }

    private final Canvas canvas = new Canvas();
    private final TimelineScale scale;
    private final TimeNavigation navigation;
    private final ObjectProperty<Color> textColor = new SimpleObjectProperty<>(Color.web("#57606a"));
    private LifetimeData data = LifetimeData.EMPTY;
    private Overlay overlay = Overlay.NONE;
    private ZoneId zone = ZoneId.systemDefault();
    private Locale locale = Locale.getDefault();
    private long fitFrom;
    private long fitTo;
    private int step = -1;
    private int shown;
    private double fontSize = TimeAxis.FONT_SIZE;
    private IntFunction<String> describe = i -> "";
    private IntFunction<String> rowLabel = i -> "";

    LifetimeView(long startMillis, long spanMillis) {
        scale = new TimelineScale(startMillis, spanMillis);
        fitFrom = startMillis;
        fitTo = startMillis + spanMillis;
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinHeight(160);
        navigation = TimeNavigation.install(this, scale, this::draw, this::fitEvent);
        textColor.addListener((obs, old, now) -> draw());
        HoverTip.install(this, this::tooltipAt);
    }

    /** The tooltip of backup {@code i} (made when, kept until, whether it holds the data) and its bar's label. */
    void setDescriber(IntFunction<String> describe, IntFunction<String> rowLabel) {
        this.describe = describe;
        this.rowLabel = rowLabel;
        draw();
    }

    /** The tooltip's text at a point of the chart, "" over no bar. */
    String tooltipAt(double x, double y) {
        int i = barAt(x, y);
        return i < 0 ? "" : describe.apply(i);
    }

    /** The charts' text size: larger in training mode, like the rest of the window. */
    void setFontSize(double size) {
        this.fontSize = size;
        draw();
    }

    /** The backup whose bar is under a point, or -1. */
    int barAt(double x, double y) {
        double bottom = canvas.getHeight() - TimeAxis.height(fontSize) - 4;
        Lanes l = lanes(bottom);
        long t = scale.time(x);
        int last = data.firstAtOrAfter(t + 1);
        if (step >= 0) {
            last = Math.min(last, step + 1);
        }
        for (int i = last - 1; i >= 0; i--) {
            double top = TOP + 2 + (data.lane(i) % l.rows()) * l.lane();
            long end = data.pruned(i);
            boolean reaches = end == LifetimeData.KEPT ? t <= data.horizon() || x <= scale.x(data.horizon()) + l.bar()
                    : end >= t;
            if (y >= top && y <= top + Math.max(l.bar(), 4) && reaches) {
                return i;
            }
        }
        return -1;
    }

    private record Lanes(double lane, int rows, double bar) {
    }

    private Lanes lanes(double bottom) {
        int lanes = Math.max(1, data.laneCount());
        double tallest = MAX_LANE * fontSize / TimeAxis.FONT_SIZE;
        double lane = Math.max(MIN_LANE, Math.min(tallest, (bottom - TOP - 4) / lanes));
        int rows = Math.max(1, (int) ((bottom - TOP - 4) / lane));
        return new Lanes(lane, rows, Math.max(1.5, lane * 0.7));
    }

    ObjectProperty<Color> textColorProperty() {
        return textColor;
    }

    TimelineScale scale() {
        return scale;
    }

    /** Shows a new simulation, zoomed on {@code [from, to]}: around the event and its window. */
    void setData(LifetimeData data, Overlay overlay, ZoneId zone, Locale locale, long from, long to) {
        this.data = data;
        this.overlay = overlay;
        this.zone = zone;
        this.locale = locale;
        this.step = -1;
        this.fitFrom = from;
        this.fitTo = to;
        scale.fit(from, to);
        draw();
    }

    /** Draws nothing but the time axis, as before the first simulation: the answer shown no longer holds. */
    void clear() {
        this.data = LifetimeData.EMPTY;
        this.overlay = Overlay.NONE;
        this.step = -1;
        draw();
    }

    /** Draws only what run {@code run} left; -1 draws the whole timeline. */
    void setStep(int run) {
        this.step = run;
        draw();
    }

    int step() {
        return step;
    }

    /** How many bars the last frame drew in the view (faded ones included). */
    int shown() {
        return shown;
    }

    void zoomIn() {
        navigation.zoomIn();
    }

    void zoomOut() {
        navigation.zoomOut();
    }

    /** Back to the view around the event. */
    void fitEvent() {
        scale.fit(fitFrom, fitTo);
        draw();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            canvas.relocate(snappedLeftInset(), snappedTopInset());
            scale.setWidth(w);
            draw();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double bottom = h - TimeAxis.height(fontSize) - 4;
        long runTime = step >= 0 && step < data.size() ? data.created(step) : Long.MAX_VALUE;

        shade(g, w, bottom);
        shown = bars(g, w, bottom, runTime);
        markers(g, w, bottom, runTime);
        TimeAxis.draw(g, scale, h - TimeAxis.height(fontSize), w, zone, locale, textColor.get(), fontSize);
        setAccessibleText(shown + " backups shown");
    }

    /** The recoverable window, or the work a loss costs. */
    private void shade(GraphicsContext g, double w, double bottom) {
        if (overlay.windowFrom() == Overlay.ABSENT) {
            return;
        }
        double x0 = clampX(scale.x(overlay.windowFrom()), w);
        double x1 = overlay.windowTo() == LifetimeData.KEPT ? w : clampX(scale.x(overlay.windowTo()), w);
        if (x1 > x0) {
            g.setFill(overlay.loss() ? EXPOSURE : WINDOW);
            g.fillRect(x0, TOP, x1 - x0, bottom - TOP);
        }
    }

    private int bars(GraphicsContext g, double w, double bottom, long runTime) {
        Lanes l = lanes(bottom);
        double lane = l.lane();
        int rows = l.rows();
        double bar = l.bar();
        double labelSize = bar - 3;
        g.setFont(Font.font(labelSize));
        long viewStart = scale.start();
        long viewEnd = scale.end();
        int last = data.firstAtOrAfter(viewEnd + 1);
        if (step >= 0) {
            last = Math.min(last, step + 1);
        }
        double horizonX = scale.x(data.horizon());
        int count = 0;
        for (int i = 0; i < last; i++) {
            long end = data.pruned(i);
            if (end != LifetimeData.KEPT && end < viewStart) {
                continue;
            }
            boolean gone = end <= runTime;
            double x0 = Math.max(-2, scale.x(data.created(i)));
            double x1;
            boolean open = false;
            if (step >= 0 && !gone) {
                x1 = scale.x(runTime); // as the runs play, a kept backup's bar grows with them
            } else if (end == LifetimeData.KEPT) {
                x1 = horizonX;
                open = true;
            } else {
                x1 = scale.x(end);
            }
            x1 = Math.min(w + 2, x1);
            double y = TOP + 2 + (data.lane(i) % rows) * lane;
            Color color = overlay.captured(i) ? CAPTURED : data.observed(i) ? OBSERVED : PROJECTED;
            if (step >= 0 && gone) {
                color = color.deriveColor(0, 0.3, 1, 0.25);
            }
            g.setFill(color);
            g.fillRect(x0, y, Math.max(1.5, x1 - x0), bar);
            if (!data.observed(i) && !overlay.captured(i) && bar >= 4) {
                g.setStroke(OBSERVED);
                g.setLineWidth(1);
                g.strokeRect(x0 + 0.5, y + 0.5, Math.max(1, x1 - x0 - 1), bar - 1);
            }
            if (open && x1 <= w) {
                g.fillPolygon(new double[] {x1, x1 + bar, x1}, new double[] {y - 1, y + bar / 2, y + bar + 1}, 3);
            }
            // Each bar says which backup it is, on the bar itself when it is tall and long enough to be read.
            String label = labelSize >= 8 ? rowLabel.apply(i) : "";
            double from = Math.max(0, x0) + 3;
            if (!label.isEmpty() && Math.min(w, x1) - from >= label.length() * labelSize * 0.6 + 3) {
                // White reads on a solid bar; a projected (pale) bar takes the text colour.
                g.setFill(data.observed(i) || overlay.captured(i) ? Color.WHITE : textColor.get());
                g.fillText(label, from, y + bar - 2);
            }
            count++;
        }
        return count;
    }

    private void markers(GraphicsContext g, double w, double bottom, long runTime) {
        g.setFont(Font.font(fontSize));
        if (overlay.now() != Overlay.ABSENT) {
            g.setLineDashes(4, 4);
            line(g, overlay.now(), NOW, 1.5, bottom, overlay.nowLabel(), w, false);
            g.setLineDashes();
        }
        if (overlay.created() != Overlay.ABSENT) {
            g.setLineDashes(2, 3);
            line(g, overlay.created(), textColor.get(), 1, bottom, "", w, false);
            g.setLineDashes();
        }
        if (overlay.event() != Overlay.ABSENT) {
            line(g, overlay.event(), EVENT, 2, bottom, overlay.eventLabel(), w, true);
        }
        if (runTime != Long.MAX_VALUE) {
            line(g, runTime, textColor.get(), 1, bottom, "", w, false);
        }
    }

    /**
     * A vertical marker; its label on the left of the line when {@code left} and there is room, else on the right,
     * so that the event's and now's labels do not cover each other when they are close.
     */
    private void line(GraphicsContext g, long t, Color color, double width, double bottom, String label, double w,
                      boolean left) {
        double x = scale.x(t);
        if (x < -1 || x > w + 1) {
            return;
        }
        x = Math.floor(x) + 0.5;
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeLine(x, TOP - 4, x, bottom);
        if (!label.isEmpty()) {
            g.setFill(color);
            double room = label.length() * fontSize * 0.6 + 4;
            boolean right = left ? x - room < 0 : x + room <= w;
            g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(label, right ? x + 4 : x - 4, TOP - 8);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private static double clampX(double x, double w) {
        return Math.max(0, Math.min(w, x));
    }
}
