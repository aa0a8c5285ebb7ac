package dev.vigie.retention;

import dev.vigie.backup.InputProblem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of calendar time as restic's {@code --keep-within} writes it: years, months, days, hours ({@code 1y2m3d3h}).
 *
 * @param years  whole years
 * @param months whole months
 * @param days   whole days
 * @param hours  whole hours
 */
public record CalendarSpan(int years, int months, int days, int hours) {

    /** No span: the rule that carries it is off. */
    public static final CalendarSpan NONE = new CalendarSpan(0, 0, 0, 0);

    private static final Pattern PART = Pattern.compile("(\\d+)([ymdh])");

    public CalendarSpan {
        if (years < 0 || months < 0 || days < 0 || hours < 0) {
            throw new IllegalArgumentException("a calendar span cannot be negative");
        }
    }

    /**
     * Reads restic's form: numbers each followed by {@code y}, {@code m}, {@code d} or {@code h}, in any order
     * ({@code 1y1d1m} is {@code 1y1m1d}); a unit given twice is refused rather than guessed at.
     */
    public static CalendarSpan parse(String text) {
        String t = text.trim();
        Matcher m = PART.matcher(t);
        int[] units = new int[4];
        boolean[] seen = new boolean[4];
        int end = 0;
        while (m.find() && m.start() == end) {
            end = m.end();
            int n;
            try {
                n = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                throw new InputProblem("error.retention.span", text);
            }
            int unit = "ymdh".indexOf(m.group(2).charAt(0));
            if (seen[unit]) {
                throw new InputProblem("error.retention.span", text);
            }
            seen[unit] = true;
            units[unit] = n;
        }
        if (t.isEmpty() || end != t.length()) {
            throw new InputProblem("error.retention.span", text);
        }
        return new CalendarSpan(units[0], units[1], units[2], units[3]);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /**
     * The time this span before {@code time}, calendar first as Go's {@code AddDate} does (an overflowing day rolls
     * into the next month: 31 March less one month is 3 March, not 28 February), then the hours.
     */
    public OffsetDateTime before(OffsetDateTime time) {
        long monthIndex = (long) time.getYear() * 12 + time.getMonthValue() - 1 - (long) years * 12 - months;
        LocalDate firstOfMonth = LocalDate.of((int) Math.floorDiv(monthIndex, 12L),
                (int) Math.floorMod(monthIndex, 12L) + 1, 1);
        LocalDate date = firstOfMonth.plusDays((long) time.getDayOfMonth() - 1 - days);
        return OffsetDateTime.of(date, time.toLocalTime(), time.getOffset()).minusHours(hours);
    }

    /** Restic's canonical form: {@code 1y2m3d3h}, zero units left out. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        append(s, years, 'y');
        append(s, months, 'm');
        append(s, days, 'd');
        append(s, hours, 'h');
        return s.toString();
    }

    private static void append(StringBuilder s, int n, char unit) {
        if (n != 0) {
            s.append(n).append(unit);
        }
    }
}
