package dev.vigie.schedule;

import dev.vigie.backup.InputProblem;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short durations as users write them for a grace period: {@code 30m}, {@code 2h}, {@code 1d}, {@code 1h30m}. */
public final class Durations {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,6}[dhm])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([dhm])");

    private Durations() {
    }

    /**
     * Reads a number followed by {@code m} (minutes), {@code h} (hours) or {@code d} (days, of 24 hours), or several
     * of them in a row ({@code 1d12h}). Case and surrounding spaces do not matter.
     *
     * @throws InputProblem {@code error.duration} when the text is anything else
     */
    public static Duration parse(String text) {
        String compact = text.strip().toLowerCase(Locale.ROOT);
        if (!WHOLE.matcher(compact).matches()) {
            throw new InputProblem("error.duration", text);
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(compact);
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            });
        }
        return total;
    }

    /**
     * Writes a duration the way {@link #parse} reads it, largest units first ({@code 1d6h}, {@code 45m}, {@code 0m});
     * seconds below a minute are dropped.
     */
    public static String format(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes <= 0) {
            return "0m";
        }
        StringBuilder text = new StringBuilder();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            text.append(days).append('d');
        }
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (rest > 0) {
            text.append(rest).append('m');
        }
        return text.toString();
    }
}
