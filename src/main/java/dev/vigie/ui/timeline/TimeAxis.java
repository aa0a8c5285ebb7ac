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

    /** The height the axis takes at the bottom of a canvas. */
    public static final double HEIGHT = 26;

    private static final Duration[] STEPS = {Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(91),
        Duration.ofDays(365)};

    private TimeAxis() {
    }

    /** Draws the axis with its top at {@code y}, over {@code w} pixels. */
    public static void draw(GraphicsContext g, TimelineScale scale, double y, double w, ZoneId zone, Locale locale,
                            Color text) {
        g.setStroke(text.deriveColor(0, 1, 1, 0.5));
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
        g.setFill(text);
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
