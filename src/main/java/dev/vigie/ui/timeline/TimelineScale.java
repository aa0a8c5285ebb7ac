package dev.vigie.ui.timeline;

import java.time.Duration;

/**
 * The visible stretch of time and its mapping to pixels, with zoom and pan kept between an hour and ten years.
 * Plain values: no toolkit, so it is tested alone.
 */
public final class TimelineScale {

    static final long MIN_SPAN_MILLIS = Duration.ofHours(1).toMillis();
    static final long MAX_SPAN_MILLIS = Duration.ofDays(3653).toMillis();

    private long start;
    private long span;
    private double width = 1;

    public TimelineScale(long startMillis, long spanMillis) {
        this.start = startMillis;
        this.span = clampSpan(spanMillis);
    }

    public long start() {
        return start;
    }

    public long end() {
        return start + span;
    }

    public long span() {
        return span;
    }

    public void setWidth(double pixels) {
        this.width = Math.max(1, pixels);
    }

    public double width() {
        return width;
    }

    public double x(long millis) {
        return (millis - start) * width / span;
    }

    public long time(double x) {
        return start + Math.round(x * span / width);
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the time under {@code anchorX} where it is. */
    public void zoom(double factor, double anchorX) {
        long anchor = time(anchorX);
        long newSpan = clampSpan(Math.round(span * factor));
        start = anchor - Math.round(anchorX * newSpan / width);
        span = newSpan;
    }

    /** Moves the view by {@code pixels} (positive shows later times). */
    public void pan(double pixels) {
        start += Math.round(pixels * span / width);
    }

    /** Shows {@code [from, to]} with a margin, within the zoom limits. */
    public void fit(long from, long to) {
        long s = clampSpan(Math.max(to - from, MIN_SPAN_MILLIS) * 21 / 20);
        long middle = from + (to - from) / 2;
        start = middle - s / 2;
        span = s;
    }

    private static long clampSpan(long s) {
        return Math.max(MIN_SPAN_MILLIS, Math.min(MAX_SPAN_MILLIS, s));
    }
}
