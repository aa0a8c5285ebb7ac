package dev.vigie.ui.timeline;

import dev.vigie.health.Gap;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A source's backups on a time axis, drawn on one Canvas: marks for backups (red for those with a finding), ticks
 * for expected runs, shaded gaps. Each frame touches only what is visible, one mark per pixel column at most, so
 * it stays smooth with 100,000 backups. Mouse wheel or +/- zoom, drag or arrows pan, Home shows everything.
 */
public final class TimelineView extends Region {

    private static final double SLOT_LANE = 16;
    /** How near (in pixels) the pointer must be to a mark for its tooltip. */
    private static final double HOVER_REACH = 5;
    static final Color BACKUP = Color.web("#2f81f7");
    static final Color FLAGGED = Color.web("#d1242f");
    static final Color GAP = Color.web("#d4a72c", 0.28);
    static final Color SLOT = Color.web("#8c959f");

    private final Canvas canvas = new Canvas();
    private final TimelineScale scale;
    private final ObjectProperty<Color> textColor = new SimpleObjectProperty<>(Color.web("#57606a"));
    private TimelineData data = TimelineData.EMPTY;
    private ZoneId zone = ZoneId.systemDefault();
    private Locale locale = Locale.getDefault();
    private final TimeNavigation navigation;
    private long horizon = Long.MAX_VALUE;
    private double fontSize = TimeAxis.FONT_SIZE;
    private Function<Hover, String> describe = h -> "";

    /** What the pointer is over: a backup (flagged or not), an expected run, or a gap. */
    public sealed interface Hover {
        /** A backup made at {@code time}; {@code flagged} when a finding concerns it. */
        record Backup(long time, boolean flagged) implements Hover {
        }

        /** An expected run at {@code time}. */
        record Slot(long time) implements Hover {
        }

        /** A stretch without backups. */
        record InGap(Gap gap) implements Hover {
        }
    }

    public TimelineView(long startMillis, long spanMillis) {
        scale = new TimelineScale(startMillis, spanMillis);
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinHeight(140);
        textColor.addListener((obs, old, now) -> draw());

        navigation = TimeNavigation.install(this, scale, this::draw, this::fitAll);
        HoverTip.install(this, this::tooltipAt);
    }

    /** How a hovered backup, run or gap is said in the tooltip (time, size, state, what it means). */
    public void setDescriber(Function<Hover, String> describe) {
        this.describe = describe;
    }

    /** The tooltip's text at a point of the strip, "" over nothing. */
    public String tooltipAt(double x, double y) {
        return hoverAt(x, y).map(describe).orElse("");
    }

    /** The axis's text size: larger in training mode, like the rest of the window. */
    public void setFontSize(double size) {
        this.fontSize = size;
        draw();
    }

    /** What is under a point of the strip: the nearest backup or run within reach, else the gap it is in. */
    public Optional<Hover> hoverAt(double x, double y) {
        double h = canvas.getHeight();
        double laneBottom = h - TimeAxis.height(fontSize) - SLOT_LANE;
        if (y > laneBottom + SLOT_LANE) {
            return Optional.empty();
        }
        if (y > laneBottom) {
            long[] slots = data.slots().between(scale.time(x - HOVER_REACH), scale.time(x + HOVER_REACH), 2);
            return slots.length == 1 ? Optional.of(new Hover.Slot(slots[0])) : Optional.empty();
        }
        OptionalLong backup = nearest(data.backups(), x);
        if (backup.isPresent()) {
            long t = backup.getAsLong();
            return Optional.of(new Hover.Backup(t, Arrays.binarySearch(data.flagged(), t) >= 0));
        }
        long t = scale.time(x);
        return data.gaps().stream().filter(g -> g.from().toEpochMilli() <= t && t <= g.to().toEpochMilli())
                .findFirst().map(Hover.InGap::new);
    }

    private OptionalLong nearest(long[] times, double x) {
        int i = TimelineData.firstAtOrAfter(times, scale.time(x - HOVER_REACH));
        OptionalLong best = OptionalLong.empty();
        double bestDistance = HOVER_REACH + 0.01;
        for (; i < times.length && scale.x(times[i]) <= x + HOVER_REACH; i++) {
            double d = Math.abs(scale.x(times[i]) - x);
            if (d < bestDistance) {
                bestDistance = d;
                best = OptionalLong.of(times[i]);
            }
        }
        return best;
    }

    public TimelineScale scale() {
        return scale;
    }

    public ObjectProperty<Color> textColorProperty() {
        return textColor;
    }

    public void setData(TimelineData data, ZoneId zone, Locale locale) {
        this.data = data;
        this.zone = zone;
        this.locale = locale;
        draw();
    }

    public void zoomIn() {
        navigation.zoomIn();
    }

    public void zoomOut() {
        navigation.zoomOut();
    }

    /** Moves by a share of the visible width (negative: earlier). */
    public void pan(double share) {
        navigation.pan(share);
    }

    /** Shows every backup and gap, and the moment {@link #setHorizon} names (now, or the next expected run). */
    public void fitAll() {
        long[] b = data.backups();
        if (b.length == 0 && horizon == Long.MAX_VALUE) {
            draw();
            return;
        }
        long from = b.length > 0 ? b[0] : horizon;
        long to = Math.max(b.length > 0 ? b[b.length - 1] : horizon, horizon);
        for (var g : data.gaps()) {
            from = Math.min(from, g.from().toEpochMilli());
            to = Math.max(to, g.to().toEpochMilli());
        }
        scale.fit(from, to == Long.MAX_VALUE ? from : to);
        draw();
    }

    /** The latest moment "show everything" must include, so that a lone old backup is seen against today. */
    public void setHorizon(long millis) {
        this.horizon = millis;
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

    /** As tall as it is given: the marks and gaps are easier to point at on a taller strip. */
    @Override
    protected double computePrefHeight(double width) {
        return 220;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return Double.MAX_VALUE;
    }

    /** Draws one frame: only the visible part of each layer. */
    void draw() {
        // Said before any layout: a screen reader (and a test) may ask before the canvas has a size.
        setAccessibleText(data.backups().length + " backups, " + data.gaps().size() + " gaps");
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double laneTop = 4;
        double laneBottom = h - TimeAxis.height(fontSize) - SLOT_LANE;

        g.setFill(GAP);
        for (var gap : data.gaps()) {
            double x0 = Math.max(0, scale.x(gap.from().toEpochMilli()));
            double x1 = Math.min(w, scale.x(gap.to().toEpochMilli()));
            if (x1 > x0) {
                g.fillRect(x0, laneTop, x1 - x0, laneBottom - laneTop);
            }
        }

        long[] slots = data.slots().between(scale.start(), scale.end(), (int) w * 2);
        g.setStroke(SLOT);
        g.setLineWidth(1);
        if (slots.length >= (int) w * 2) {
            g.setFill(SLOT.deriveColor(0, 1, 1, 0.35)); // more runs than pixels: a band says "expected all along"
            g.fillRect(0, laneBottom + 5, w, SLOT_LANE - 10);
        } else {
            for (long s : slots) {
                double x = Math.floor(scale.x(s)) + 0.5;
                g.strokeLine(x, laneBottom + 3, x, laneBottom + SLOT_LANE - 3);
            }
        }

        marks(g, data.backups(), BACKUP, laneTop + 8, laneBottom - 4, w);
        marks(g, data.flagged(), FLAGGED, laneTop, laneBottom - 4, w); // the whole mark, in the finding's red
        axis(g, w, h);
    }

    /** One vertical line per pixel column that holds at least one time; jumps column to column by binary search. */
    private void marks(GraphicsContext g, long[] times, Color color, double top, double bottom, double w) {
        g.setStroke(color);
        g.setLineWidth(2);
        int i = TimelineData.firstAtOrAfter(times, scale.time(-1));
        while (i < times.length) {
            double x = scale.x(times[i]);
            if (x > w + 1) {
                break;
            }
            double column = Math.floor(x);
            g.strokeLine(column + 0.5, top, column + 0.5, bottom);
            i = TimelineData.firstAtOrAfter(times, scale.time(column + 1));
        }
    }

    private void axis(GraphicsContext g, double w, double h) {
        TimeAxis.draw(g, scale, h - TimeAxis.height(fontSize), w, zone, locale, textColor.get(), fontSize);
    }
}
