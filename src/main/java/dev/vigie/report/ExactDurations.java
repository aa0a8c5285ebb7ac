package dev.vigie.report;

import dev.vigie.i18n.Messages;
import java.time.Duration;

/**
 * A duration the user set, in words and without rounding: a grace of 90 minutes reads "90 min", not "1 h" as an age
 * would. The largest unit that divides it exactly is chosen.
 */
final class ExactDurations {

    private ExactDurations() {
    }

    static String text(Duration d, Messages m) {
        long minutes = d.toMinutes();
        if (minutes != 0 && minutes % (24 * 60) == 0) {
            return m.get("duration.days", minutes / (24 * 60));
        }
        if (minutes != 0 && minutes % 60 == 0) {
            return m.get("duration.hours", minutes / 60);
        }
        return m.get("duration.minutes", minutes);
    }
}
