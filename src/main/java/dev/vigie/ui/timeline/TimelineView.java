package dev.vigie.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A source's backups on a time axis, drawn on one Canvas: marks for backups (red for those with a finding), ticks
 * for expected runs, shaded gaps. Each frame touches only what is visible, one mark per pixel column at most, so
 * it stays smooth with 100,000 backups. Mouse wheel or +/- zoom, drag or arrows pan, Home shows everything.
 */
public final class TimelineView extends Region {

    private static final double AXIS_HEIGHT = 26;
    private static final double SLOT_LANE = 16;
    static final Color BACKUP = Color.web("#2f81f7");
    static final Color FLAGGED = Color.web("#d1242f");
    static final Color GAP = Color.web("#d4a72c", 0.28);
    static final Color SLOT = Color.web("#8c959f");
    private static final Duration[] STEPS = {Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(91),
        Duration.ofDays(365)};

    private final Canvas canvas = new Canvas();
    private final TimelineScale scale;
    private final ObjectProperty<Color> textColor = new SimpleObjectProperty<>(Color.web("#57606a"));
    private TimelineData data = TimelineData.EMPTY;
    private ZoneId zone = ZoneId.systemDefault();
    private Locale locale = Locale.getDefault();
    private double dragX = Double.NaN;
    private long horizon = Long.MAX_VALUE;

    public TimelineView(long startMillis, long spanMillis) {
        scale = new TimelineScale(startMillis, spanMillis);
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinHeight(140);
        setMaxHeight(300); // a taller strip only stretches the marks
        textColor.addListener((obs, old, now) -> draw());

        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                scale.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX());
                draw();
            }
        });
        setOnMousePressed(e -> {
            dragX = e.getX();
            requestFocus();
        });
        setOnMouseDragged(e -> {
            if (!Double.isNaN(dragX)) {
                scale.pan(dragX - e.getX());
                dragX = e.getX();
                draw();
            }
        });
        setOnMouseReleased(e -> dragX = Double.NaN);
        setOnKeyPressed(e -> {
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
                fitAll();
            } else {
                return;
            }
            e.consume();
        });
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
        scale.zoom(0.5, scale.width() / 2);
        draw();
    }

    public void zoomOut() {
        scale.zoom(2, scale.width() / 2);
        draw();
    }

    /** Moves by a share of the visible width (negative: earlier). */
    public void pan(double share) {
        scale.pan(scale.width() * share);
        draw();
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

    @Override
    protected double computePrefHeight(double width) {
        return 220;
    }

    /** Draws one frame: only the visible part of each layer. */
    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double laneTop = 4;
        double laneBottom = h - AXIS_HEIGHT - SLOT_LANE;

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
        marks(g, data.flagged(), FLAGGED, laneTop, laneTop + 14, w);
        axis(g, w, h);
        setAccessibleText(data.backups().length + " backups, " + data.gaps().size() + " gaps");
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
        double y = h - AXIS_HEIGHT;
        g.setStroke(textColor.get().deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(1);
        g.strokeLine(0, y + 0.5, w, y + 0.5);
        Duration step = STEPS[STEPS.length - 1];
        for (Duration s : STEPS) {
            if (s.toMillis() * w / scale.span() >= 90) {
                step = s;
                break;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(step.toHours() < 24 ? "d MMM HH:mm"
                : step.toDays() < 30 ? "d MMM yyyy" : step.toDays() < 365 ? "MMM yyyy" : "yyyy", locale);
        g.setFill(textColor.get());
        g.setFont(Font.font(11));
        ZonedDateTime t = firstTick(Instant.ofEpochMilli(scale.start()).atZone(zone), step);
        int guard = 0;
        while (t.toInstant().toEpochMilli() <= scale.end() && guard++ < 500) {
            double x = Math.floor(scale.x(t.toInstant().toEpochMilli())) + 0.5;
            g.strokeLine(x, y, x, y + 5);
            String label = format.format(t);
            if (x + 3 + label.length() * 6.5 <= w) { // a label cut by the edge helps nobody
                g.fillText(label, x + 3, y + 17);
            }
            t = next(t, step);
        }
    }

    /** The first tick at or after {@code t}, on a round local boundary for the step. */
    private static ZonedDateTime firstTick(ZonedDateTime t, Duration step) {
        ZonedDateTime base;
        if (step.toDays() >= 365) {
            base = t.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
        } else if (step.toDays() >= 30) {
            base = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        } else if (step.toDays() >= 1) {
            base = t.truncatedTo(ChronoUnit.DAYS);
        } else {
            base = t.truncatedTo(ChronoUnit.HOURS);
        }
        while (base.isBefore(t)) {
            base = next(base, step);
        }
        return base;
    }

    private static ZonedDateTime next(ZonedDateTime t, Duration step) {
        if (step.toDays() >= 365) {
            return t.plusYears(1);
        }
        if (step.toDays() >= 91) {
            return t.plusMonths(3);
        }
        if (step.toDays() >= 30) {
            return t.plusMonths(1);
        }
        if (step.toDays() >= 1) {
            return t.plusDays(step.toDays());
        }
        return t.plusHours(step.toHours());
    }
}
