package dev.vigie.schedule;

import dev.vigie.backup.InputProblem;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in settings and on the command line: {@code 30m}, {@code 2h}, {@code 1d}. */
public final class Durations {

    /** A whole number and one unit; nine digits keep every value far inside what a Duration holds. */
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*([mhd])");

    private Durations() {
    }

    /**
     * Reads {@code 30m} (minutes), {@code 2h} (hours) or {@code 1d} (days of 24 hours); the unit's case and spaces
     * around the text do not matter.
     *
     * @throws InputProblem ({@code error.duration}) for anything else
     */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InputProblem("error.duration", text);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
