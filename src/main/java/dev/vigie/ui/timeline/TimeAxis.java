package dev.vigie.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The time axis under a canvas of times: a line, ticks on round local boundaries (hours, days, months, years as the
 * zoom allows) and their labels in the user's language. Shared by every canvas that draws over a {@link TimelineScale}.
 */
public final class TimeAxis {

    /** The height the axis takes at the bottom of a canvas, at the normal text size. */
    public static final double HEIGHT = 26;

    /** The axis's text size in normal mode; training mode draws it larger, like the rest of the window. */
    public static final double FONT_SIZE = 11;

    private static final Duration[] STEPS = {Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14),
        Duration.ofDays(30), Duration.ofDays(91), Duration.ofDays(365)};

    private TimeAxis() {
    }

    /** The height the axis takes with text of this size. */
    public static double height(double fontSize) {
        return HEIGHT * fontSize / FONT_SIZE;
    }

    /** Draws the axis with its top at {@code y}, over {@code w} pixels, at the normal text size. */
    public static void draw(GraphicsContext g, TimelineScale scale, double y, double w, ZoneId zone, Locale locale,
                            Color text) {
        draw(g, scale, y, w, zone, locale, text, FONT_SIZE);
    }

    /**
     * Draws the axis with its top at {@code y}: the finest round step whose labels do not overlap, so there are
     * several dates at every zoom.
     */
    public static void draw(GraphicsContext g, TimelineScale scale, double y, double w, ZoneId zone, Locale locale,
                            Color text, double fontSize) {
        g.setStroke(text.deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(1);
        g.strokeLine(0, y + 0.5, w, y + 0.5);
        double charWidth = fontSize * 0.6;
        Duration step = step(scale.span(), w, charWidth);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern(step), locale);
        g.setFill(text);
        g.setFont(Font.font(fontSize));
        ZonedDateTime t = firstTick(Instant.ofEpochMilli(scale.start()).atZone(zone), step);
        int guard = 0;
        while (t.toInstant().toEpochMilli() <= scale.end() && guard++ < 500) {
            double x = Math.floor(scale.x(t.toInstant().toEpochMilli())) + 0.5;
            g.strokeLine(x, y, x, y + 5);
            String label = format.format(t);
            if (x + 3 + label.length() * charWidth <= w) { // a label cut by the edge helps nobody
                g.fillText(label, x + 3, y + 6 + fontSize);
            }
            t = next(t, step);
        }
    }

    /** The finest step whose labels (of about {@code charWidth} pixels a character) fit between two ticks. */
    static Duration step(long spanMillis, double width, double charWidth) {
        for (Duration s : STEPS) {
            double room = s.toMillis() * width / Math.max(1, spanMillis);
            if (room >= pattern(s).length() * charWidth + 14) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    private static String pattern(Duration step) {
        return step.toHours() < 24 ? "d MMM HH:mm" : step.toDays() < 30 ? "d MMM yyyy"
                : step.toDays() < 365 ? "MMM yyyy" : "yyyy";
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
