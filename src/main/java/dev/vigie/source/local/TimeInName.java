package dev.vigie.source.local;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time a backup tool put into a file or folder name: {@code 2026-11-20}, {@code 20261120},
 * {@code 20261120-020000}, {@code 2026-11-20_02-00}, {@code 2026-11-20T0200}, Time Machine's
 * {@code 2026-11-20-021500}, Windows File History's {@code (2026_11_20 02_15_00 UTC)}.
 */
final class TimeInName {

    /**
     * A time found in a name.
     *
     * @param local   the date and time as written
     * @param hasTime false when the name carries only a date (the time is then midnight)
     * @param utc     true when the name says the time is UTC; otherwise it is local
     */
    record Found(LocalDateTime local, boolean hasTime, boolean utc) {
    }

    private static final String NO_DIGIT_BEFORE = "(?<!\\d)";
    private static final String NO_DIGIT_AFTER = "(?!\\d)";

    /** Most specific first: a name with a full time must not be read as a bare date. */
    private static final List<Pattern> PATTERNS = List.of(
            // File History: "report (2026_11_20 02_15_00 UTC).docx"
            Pattern.compile("\\((\\d{4})_(\\d{2})_(\\d{2}) (\\d{2})_(\\d{2})_(\\d{2}) (UTC)\\)"),
            // Time Machine: 2026-11-20-021500
            Pattern.compile(NO_DIGIT_BEFORE + "(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})" + NO_DIGIT_AFTER),
            // 2026-11-20_02-00, 2026-11-20T0200, 2026-11-20T02:00:00, 2026-11-20 02h00
            Pattern.compile(NO_DIGIT_BEFORE + "(\\d{4})-(\\d{2})-(\\d{2})[T_ ](\\d{2})[-:h]?(\\d{2})(?:[-:]?(\\d{2}))?"
                    + NO_DIGIT_AFTER),
            // 20261120-020000, 20261120_0200, 20261120T020000
            Pattern.compile(NO_DIGIT_BEFORE + "(\\d{4})(\\d{2})(\\d{2})[-_T](\\d{2})(\\d{2})(\\d{2})?" + NO_DIGIT_AFTER),
            // 2026-11-20, 2026_11_20, 2026.11.20
            Pattern.compile(NO_DIGIT_BEFORE + "(\\d{4})([-_.])(\\d{2})\\2(\\d{2})" + NO_DIGIT_AFTER),
            // 20261120
            Pattern.compile(NO_DIGIT_BEFORE + "(\\d{4})(\\d{2})(\\d{2})" + NO_DIGIT_AFTER));

    private static final int EARLIEST_YEAR = 1980;
    private static final int LATEST_YEAR = 2199;

    private TimeInName() {
    }

    static Optional<Found> find(String name) {
        for (int p = 0; p < PATTERNS.size(); p++) {
            Matcher m = PATTERNS.get(p).matcher(name);
            while (m.find()) {
                Optional<Found> found = read(m, p);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> read(Matcher m, int pattern) {
        try {
            return switch (pattern) {
                case 0 -> Optional.of(new Found(dateTime(m, 1, 4, 5, 6), true, true));
                case 1, 2, 3 -> Optional.of(new Found(dateTime(m, 1, 4, 5, 6), true, false));
                case 4 -> Optional.of(new Found(date(num(m, 1), num(m, 3), num(m, 4)), false, false));
                default -> Optional.of(new Found(date(num(m, 1), num(m, 2), num(m, 3)), false, false));
            };
        } catch (DateTimeException e) {
            return Optional.empty(); // digits in the right shape that are no date: 2026-13-45
        }
    }

    private static LocalDateTime dateTime(Matcher m, int dateGroup, int hour, int minute, int second) {
        LocalDateTime day = date(num(m, dateGroup), num(m, dateGroup + 1), num(m, dateGroup + 2));
        int s = m.group(second) == null ? 0 : num(m, second);
        return day.with(LocalTime.of(num(m, hour), num(m, minute), s));
    }

    private static LocalDateTime date(int year, int month, int day) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new DateTimeException("not a backup year: " + year);
        }
        return LocalDateTime.of(year, month, day, 0, 0);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
