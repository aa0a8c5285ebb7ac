package dev.vigie.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimelineScaleTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void zoomingKeepsTheTimeUnderTheMouseInPlace() {
        TimelineScale s = new TimelineScale(0, 10 * DAY);
        s.setWidth(1000);
        long underMouse = s.time(250);

        s.zoom(0.5, 250);

        assertThat(s.span()).isEqualTo(5 * DAY);
        assertThat(s.x(underMouse)).isCloseTo(250, within(0.01));
    }

    @Test
    void zoomStaysBetweenAnHourAndTenYears() {
        TimelineScale s = new TimelineScale(0, DAY);
        s.setWidth(800);
        for (int i = 0; i < 40; i++) {
            s.zoom(0.5, 400);
        }
        assertThat(s.span()).isEqualTo(Duration.ofHours(1).toMillis());
        for (int i = 0; i < 80; i++) {
            s.zoom(2, 400);
        }
        assertThat(s.span()).isEqualTo(Duration.ofDays(3653).toMillis());
    }

    @Test
    void panningMovesByPixelsWorthOfTime() {
        TimelineScale s = new TimelineScale(0, 10 * DAY);
        s.setWidth(1000);
        s.pan(100);
        assertThat(s.start()).isEqualTo(DAY);
        s.pan(-200);
        assertThat(s.start()).isEqualTo(-DAY);
    }

    @Test
    void fittingShowsTheWholeRangeWithAMargin() {
        TimelineScale s = new TimelineScale(0, DAY);
        s.setWidth(500);
        s.fit(100 * DAY, 130 * DAY);
        assertThat(s.start()).isLessThan(100 * DAY);
        assertThat(s.end()).isGreaterThan(130 * DAY);
        assertThat(s.span()).isLessThan(32 * DAY);
    }

    @Test
    void findsTheFirstTimeAtOrAfterInASortedArray() {
        long[] times = {10, 20, 20, 30};
        assertThat(TimelineData.firstAtOrAfter(times, 20)).isEqualTo(1);
        assertThat(TimelineData.firstAtOrAfter(times, 21)).isEqualTo(3);
        assertThat(TimelineData.firstAtOrAfter(times, 5)).isZero();
        assertThat(TimelineData.firstAtOrAfter(times, 31)).isEqualTo(4);
    }
}
