package dev.vigie.retention;

import dev.vigie.backup.InputProblem;
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

    /**
     * Rules written as {@link #describe()} writes them, or as restic's flags: {@code keep-daily 7, keep-weekly 4},
     * {@code --keep-last 1 --keep-within-daily 7d}, {@code keep-hourly=24}.
     *
     * @throws InputProblem naming the part that is not a rule, or a count or span that cannot be read
     */
    public static RetentionRules parse(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            String token = raw.endsWith(",") ? raw.substring(0, raw.length() - 1) : raw;
            if (token.startsWith("--")) {
                token = token.substring(2);
            }
            int equals = token.indexOf('=');
            if (equals > 0) {
                tokens.add(token.substring(0, equals));
                tokens.add(token.substring(equals + 1));
            } else if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        RetentionRules rules = NONE;
        for (int i = 0; i < tokens.size(); i += 2) {
            String flag = tokens.get(i);
            if (i + 1 >= tokens.size()) {
                throw new InputProblem("error.retention.rules", text, flag);
            }
            String value = tokens.get(i + 1);
            rules = switch (flag) {
                case "keep-last" -> rules.withLast(parseCount("--" + flag, value));
                case "keep-hourly" -> rules.withHourly(parseCount("--" + flag, value));
                case "keep-daily" -> rules.withDaily(parseCount("--" + flag, value));
                case "keep-weekly" -> rules.withWeekly(parseCount("--" + flag, value));
                case "keep-monthly" -> rules.withMonthly(parseCount("--" + flag, value));
                case "keep-yearly" -> rules.withYearly(parseCount("--" + flag, value));
                case "keep-within" -> rules.withWithin(CalendarSpan.parse(value));
                case "keep-within-hourly" -> rules.withWithinHourly(CalendarSpan.parse(value));
                case "keep-within-daily" -> rules.withWithinDaily(CalendarSpan.parse(value));
                case "keep-within-weekly" -> rules.withWithinWeekly(CalendarSpan.parse(value));
                case "keep-within-monthly" -> rules.withWithinMonthly(CalendarSpan.parse(value));
                case "keep-within-yearly" -> rules.withWithinYearly(CalendarSpan.parse(value));
                case "keep-tag" -> rules.withTag(value);
                default -> throw new InputProblem("error.retention.rules", text, flag);
            };
        }
        return rules;
    }

    /**
     * A count as restic takes it: a whole number, or {@code unlimited} (also -1).
     *
     * @param option the flag it was given to, for the message
     * @throws InputProblem when it is neither
     */
    public static int parseCount(String option, String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("unlimited")) {
            return UNLIMITED;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= UNLIMITED) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, with the option named
        }
        throw new InputProblem("error.retention.count", option, text);
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
