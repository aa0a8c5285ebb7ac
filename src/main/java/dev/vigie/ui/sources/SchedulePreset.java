package dev.vigie.ui.sources;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule as the settings dialog offers it: a preset (every day at, every week on, every N hours, every month on
 * the) with its values, "let Vigie guess", or any other expression as typed (cron, hourly...). Reads and writes the
 * expressions {@code vigie check --schedule} takes, so the dialog and the command line agree.
 *
 * @param kind      which choice
 * @param time      the time of day (daily, weekly, monthly)
 * @param day       the day of the week (weekly)
 * @param every     hours between runs (every N hours) or the day of the month (monthly)
 * @param advanced  the expression as typed (advanced)
 */
public record SchedulePreset(Kind kind, LocalTime time, DayOfWeek day, int every, String advanced) {

    /** The choices, in the dialog's order. */
    public enum Kind { AUTO, DAILY, WEEKLY, HOURS, MONTHLY, ADVANCED }

    private static final Pattern DAILY = Pattern.compile("daily (\\d{1,2}):(\\d{2})");
    private static final Pattern WEEKLY = Pattern.compile("weekly ([a-z]{3})[a-z]* (\\d{1,2}):(\\d{2})");
    private static final Pattern HOURS = Pattern.compile("every (\\d{1,3}) ?h");
    private static final Pattern MONTHLY = Pattern.compile("monthly (\\d{1,2}) (\\d{1,2}):(\\d{2})");

    /** Nothing chosen: Vigie guesses from the backups; the presets start at 02:00, Sunday, 6 hours, the 1st. */
    public static final SchedulePreset AUTO = new SchedulePreset(Kind.AUTO, LocalTime.of(2, 0), DayOfWeek.SUNDAY, 6,
            "");

    /** The preset an expression is, or ADVANCED with the text when no preset says it; AUTO when empty. */
    public static SchedulePreset of(String expression) {
        String text = expression == null ? "" : expression.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m;
        if (text.isEmpty()) {
            return AUTO;
        }
        if ((m = DAILY.matcher(lower)).matches()) {
            return AUTO.with(Kind.DAILY).at(time(m.group(1), m.group(2)));
        }
        if ((m = WEEKLY.matcher(lower)).matches()) {
            Optional<DayOfWeek> day = day(m.group(1));
            if (day.isPresent()) {
                return new SchedulePreset(Kind.WEEKLY, time(m.group(2), m.group(3)), day.get(), AUTO.every, "");
            }
        }
        if ((m = HOURS.matcher(lower)).matches()) {
            return new SchedulePreset(Kind.HOURS, AUTO.time, AUTO.day, Integer.parseInt(m.group(1)), "");
        }
        if ((m = MONTHLY.matcher(lower)).matches()) {
            return new SchedulePreset(Kind.MONTHLY, time(m.group(2), m.group(3)), AUTO.day,
                    Integer.parseInt(m.group(1)), "");
        }
        return new SchedulePreset(Kind.ADVANCED, AUTO.time, AUTO.day, AUTO.every, text);
    }

    /**
     * The choices filled in from a guessed schedule, still set to AUTO: switching to the preset the guess is shows
     * the guess's values, ready to adjust.
     */
    public static SchedulePreset guessing(String guessed) {
        SchedulePreset g = of(guessed);
        return g.kind == Kind.ADVANCED ? AUTO : g.with(Kind.AUTO);
    }

    public SchedulePreset with(Kind other) {
        return new SchedulePreset(other, time, day, every, advanced);
    }

    public SchedulePreset at(LocalTime t) {
        return new SchedulePreset(kind, t, day, every, advanced);
    }

    /** The expression to store, as {@code vigie sources set --schedule} takes it; empty for "let Vigie guess". */
    public Optional<String> expression() {
        String hhmm = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        return switch (kind) {
            case AUTO -> Optional.empty();
            case DAILY -> Optional.of("daily " + hhmm);
            case WEEKLY -> Optional.of("weekly " + day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT) + " " + hhmm);
            case HOURS -> Optional.of("every " + every + "h");
            case MONTHLY -> Optional.of("monthly " + every + " " + hhmm);
            case ADVANCED -> advanced.isBlank() ? Optional.empty() : Optional.of(advanced.strip());
        };
    }

    private static LocalTime time(String h, String m) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : AUTO.time;
    }

    private static Optional<DayOfWeek> day(String threeLetters) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(threeLetters)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
