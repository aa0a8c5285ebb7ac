package dev.vigie.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of restic's {@code forget}: counts per period (-1 for unlimited, 0 for off), spans measured back from the
 * newest snapshot, and tag sets that keep every snapshot carrying all of a set's tags.
 *
 * @param last          keep-last
 * @param hourly        keep-hourly
 * @param daily         keep-daily
 * @param weekly        keep-weekly (ISO weeks)
 * @param monthly       keep-monthly
 * @param yearly        keep-yearly
 * @param within        keep-within
 * @param withinHourly  keep-within-hourly
 * @param withinDaily   keep-within-daily
 * @param withinWeekly  keep-within-weekly
 * @param withinMonthly keep-within-monthly
 * @param withinYearly  keep-within-yearly
 * @param tags          keep-tag, one entry per flag; a snapshot must carry every tag of an entry
 */
public record RetentionRules(int last, int hourly, int daily, int weekly, int monthly, int yearly,
                             CalendarSpan within, CalendarSpan withinHourly, CalendarSpan withinDaily,
                             CalendarSpan withinWeekly, CalendarSpan withinMonthly, CalendarSpan withinYearly,
                             List<List<String>> tags) {

    /** The count that means "every one". */
    public static final int UNLIMITED = -1;

    /** No rule at all; a starting point for the {@code with...} methods. */
    public static final RetentionRules NONE = new RetentionRules(0, 0, 0, 0, 0, 0, CalendarSpan.NONE,
            CalendarSpan.NONE, CalendarSpan.NONE, CalendarSpan.NONE, CalendarSpan.NONE, CalendarSpan.NONE, List.of());

    public RetentionRules {
        for (int count : new int[] {last, hourly, daily, weekly, monthly, yearly}) {
            if (count < UNLIMITED) {
                throw new IllegalArgumentException("a count is 0 or more, or -1 for unlimited: " + count);
            }
        }
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(withinHourly, "withinHourly");
        Objects.requireNonNull(withinDaily, "withinDaily");
        Objects.requireNonNull(withinWeekly, "withinWeekly");
        Objects.requireNonNull(withinMonthly, "withinMonthly");
        Objects.requireNonNull(withinYearly, "withinYearly");
        tags = tags.stream().map(List::copyOf).toList();
    }

    /** Whether no rule is set: restic refuses such a policy, which would keep everything. */
    public boolean isEmpty() {
        return last == 0 && hourly == 0 && daily == 0 && weekly == 0 && monthly == 0 && yearly == 0
                && within.isNone() && withinHourly.isNone() && withinDaily.isNone() && withinWeekly.isNone()
                && withinMonthly.isNone() && withinYearly.isNone() && tags.isEmpty();
    }

    public RetentionRules withLast(int n) {
        return new RetentionRules(n, hourly, daily, weekly, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withHourly(int n) {
        return new RetentionRules(last, n, daily, weekly, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withDaily(int n) {
        return new RetentionRules(last, hourly, n, weekly, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withWeekly(int n) {
        return new RetentionRules(last, hourly, daily, n, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withMonthly(int n) {
        return new RetentionRules(last, hourly, daily, weekly, n, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withYearly(int n) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, n, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withWithin(CalendarSpan span) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, span, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withWithinHourly(CalendarSpan span) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, within, span, withinDaily,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withWithinDaily(CalendarSpan span) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, within, withinHourly, span,
                withinWeekly, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withWithinWeekly(CalendarSpan span) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, within, withinHourly, withinDaily,
                span, withinMonthly, withinYearly, tags);
    }

    public RetentionRules withWithinMonthly(CalendarSpan span) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, span, withinYearly, tags);
    }

    public RetentionRules withWithinYearly(CalendarSpan span) {
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, span, tags);
    }

    /**
     * Adds one {@code --keep-tag} value: a comma inside it means all of those tags (restic's {@code foo,bar}); blanks
     * around a tag are dropped, as restic drops them.
     */
    public RetentionRules withTag(String value) {
        List<String> set = new ArrayList<>();
        for (String tag : value.split(",", -1)) {
            if (!tag.isBlank()) {
                set.add(tag.trim());
            }
        }
        List<List<String>> all = new ArrayList<>(tags);
        all.add(set);
        return new RetentionRules(last, hourly, daily, weekly, monthly, yearly, within, withinHourly, withinDaily,
                withinWeekly, withinMonthly, withinYearly, all);
    }

    /** The rules as {@code restic forget} flags, e.g. {@code keep-daily 7, keep-yearly unlimited, keep-within 30d}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        count(parts, "keep-last", last);
        count(parts, "keep-hourly", hourly);
        count(parts, "keep-daily", daily);
        count(parts, "keep-weekly", weekly);
        count(parts, "keep-monthly", monthly);
        count(parts, "keep-yearly", yearly);
        span(parts, "keep-within", within);
        span(parts, "keep-within-hourly", withinHourly);
        span(parts, "keep-within-daily", withinDaily);
        span(parts, "keep-within-weekly", withinWeekly);
        span(parts, "keep-within-monthly", withinMonthly);
        span(parts, "keep-within-yearly", withinYearly);
        for (List<String> set : tags) {
            parts.add("keep-tag " + String.join(",", set));
        }
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, String flag, int n) {
        if (n != 0) {
            parts.add(flag + " " + (n == UNLIMITED ? "unlimited" : String.valueOf(n)));
        }
    }

    private static void span(List<String> parts, String flag, CalendarSpan span) {
        if (!span.isNone()) {
            parts.add(flag + " " + span);
        }
    }
}
