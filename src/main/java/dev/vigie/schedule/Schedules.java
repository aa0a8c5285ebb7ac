package dev.vigie.schedule;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes schedules: from the rule a user writes, or a default for a source from its layout and its backups.
 *
 * <p>The rules, in a zone, with a grace period after each run:
 * <ul>
 *   <li>{@code hourly} or {@code hourly :MM}: every hour at minute MM (00 when left out);</li>
 *   <li>{@code daily HH:MM}; {@code weekly DAY HH:MM} with DAY one of mon..sun;</li>
 *   <li>{@code monthly D HH:MM}: day D of each month, and the last day of a month that has no day D (so
 *       {@code monthly 31 02:00} runs on 30 April and 28 or 29 February);</li>
 *   <li>{@code every Nh} (N from 1 to 24): each local day at 00:00, N:00, 2N:00... like cron's
 *       <code>0 *&#47;N * * *</code>; {@code every Nd} (N from 1 to 366): at midnight on the days whose number since
 *       1970-01-01 is a multiple of N, so the runs do not depend on when the schedule was written;</li>
 *   <li>{@code cron:EXPR}: a 5-field Unix cron expression (minute hour day-of-month month day-of-week).</li>
 * </ul>
 * Keywords and day names ignore case; {@link Schedule#expression()} gives the rule back in one canonical spelling
 * ({@code daily 02:00}, {@code weekly sun 02:00}, {@code cron:0 2 * * 1-5}) that this class reads again as the same
 * schedule. Times are local wall-clock times; see {@link Schedule} for daylight saving.
 */
public final class Schedules {

    private static final Pattern HOURLY = Pattern.compile("hourly(?: ?:(\\d{1,2}))?");
    private static final Pattern DAILY = Pattern.compile("daily (\\d{1,2}):(\\d{2})");
    private static final Pattern WEEKLY = Pattern.compile("weekly ([a-z]+) (\\d{1,2}):(\\d{2})");
    private static final Pattern MONTHLY = Pattern.compile("monthly (\\d{1,2}) (\\d{1,2}):(\\d{2})");
    private static final Pattern EVERY = Pattern.compile("every (\\d{1,3}) ?([hd])");
    private static final Pattern CRON = Pattern.compile("cron:(.*)", Pattern.CASE_INSENSITIVE);

    private static final int MAX_EVERY_HOURS = 24;
    private static final int MAX_EVERY_DAYS = 366;
    private static final Duration MONTH = ChronoUnit.MONTHS.getDuration();

    private Schedules() {
    }

    /**
     * Reads a rule a user wrote. The result is not {@link Schedule#inferred() inferred}.
     *
     * @param expression the rule, as in the class comment
     * @param zone       the zone of its local times
     * @param grace      how long after each run a backup may still arrive; not negative
     * @throws InputProblem when the rule cannot be read: {@code error.schedule.unknown}, or for a known keyword with
     *                      a wrong rest {@code error.schedule.hourly}, {@code .daily}, {@code .weekly},
     *                      {@code .monthly}, {@code .every}, {@code .cron} or {@code .cronNever}; the first argument is
     *                      the expression as given
     */
    public static Schedule parse(String expression, ZoneId zone, Duration grace) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("A grace period cannot be negative: " + grace);
        }
        Matcher cron = CRON.matcher(expression.strip());
        if (cron.matches()) {
            CronRule rule = CronRule.parse(cron.group(1), expression);
            return new CalendarSchedule("cron:" + rule.fields, zone, grace, false, rule.nominalPeriod, rule.days,
                    rule.secondsOfDay);
        }
        String text = expression.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String keyword = text.split(" ", 2)[0].split(":", 2)[0];
        return switch (keyword) {
            case "hourly" -> hourly(expression, text, zone, grace);
            case "daily" -> daily(expression, text, zone, grace);
            case "weekly" -> weekly(expression, text, zone, grace);
            case "monthly" -> monthly(expression, text, zone, grace);
            case "every" -> every(expression, text, zone, grace);
            default -> throw new InputProblem("error.schedule.unknown", expression);
        };
    }

    /**
     * A schedule the user wrote, with the grace they gave or else a quarter of its period, at most a day.
     *
     * @throws InputProblem on bad syntax, as {@link #parse}
     */
    public static Schedule parse(String expression, ZoneId zone, Optional<Duration> grace) {
        if (grace.isPresent()) {
            return parse(expression, zone, grace.get());
        }
        Schedule probe = parse(expression, zone, Duration.ZERO);
        return parse(expression, zone, Cadence.graceFor(probe.nominalPeriod()));
    }

    /** The same schedule (guessed or given, as it was) with another grace. */
    public static Schedule withGrace(Schedule schedule, Duration grace) {
        Schedule again = parse(schedule.expression(), schedule.zone(), grace);
        if (schedule.inferred() && again instanceof CalendarSchedule c) {
            return schedule.layoutDefault() ? c.asLayoutDefault() : c.asInferred();
        }
        return again;
    }

    /**
     * The schedule to judge a source by until its user sets one; always {@link Schedule#inferred() inferred}.
     * <ul>
     *   <li>WhatsApp (Android, Business or not): {@code daily 02:00}, grace 2 h. WhatsApp makes its local backup at
     *       2 a.m. while the phone sleeps; two hours absorb a phone that was busy or off.</li>
     *   <li>iPhone backups: weekly, grace 1 day, on the weekday and at the time the backups are usually made (the
     *       median moment of the week of the last 50), else {@code weekly sun 02:00}. Finder and iTunes back up when
     *       the phone is plugged in, which people do about weekly.</li>
     *   <li>Any other layout: read from the rhythm of the last 50 backups. The median gap between them is snapped to
     *       the nearest of an hour, a day, a week or a month (on a log scale: under 4.9 h, 2.6 days, 14.6 days); the
     *       minute, time of day, moment of the week or day of the month is their median (on a circle, so 23:50 and
     *       00:10 give 00:00), rounded down to 5 minutes; the grace is a quarter of the period, at most a day
     *       (15 min, 6 h, 1 day, 1 day). With fewer than two backups: daily at the one backup's time, or 02:00,
     *       grace 6 h.</li>
     * </ul>
     *
     * @param backupTimes when the source's backups were made, in any order
     */
    public static Schedule defaultFor(Layout layout, List<Instant> backupTimes, ZoneId zone) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(zone, "zone");
        Cadence cadence = new Cadence(backupTimes, zone);
        String expression;
        Duration grace;
        boolean fromBackups;
        if (layout.isWhatsApp()) {
            // WhatsApp runs nightly at 02:00 unless the phone's backups show another time of day.
            Optional<String> daily = cadence.dailyExpression();
            expression = daily.orElse("daily 02:00");
            grace = Duration.ofHours(2);
            fromBackups = daily.isPresent();
        } else if (layout == Layout.IOS_DEVICE_BACKUP) {
            Optional<String> weekly = cadence.weeklyExpression();
            expression = weekly.orElse("weekly sun 02:00");
            grace = Duration.ofDays(1);
            fromBackups = weekly.isPresent();
        } else {
            expression = cadence.expression();
            grace = cadence.grace();
            fromBackups = !backupTimes.isEmpty();
        }
        CalendarSchedule schedule = (CalendarSchedule) parse(expression, zone, grace);
        return fromBackups ? schedule.asInferred() : schedule.asLayoutDefault();
    }

    private static Schedule hourly(String original, String text, ZoneId zone, Duration grace) {
        Matcher m = HOURLY.matcher(text);
        int minute = m.matches() && m.group(1) != null ? Integer.parseInt(m.group(1)) : 0;
        if (!m.matches() || minute > 59) {
            throw new InputProblem("error.schedule.hourly", original);
        }
        int[] seconds = new int[24];
        for (int h = 0; h < 24; h++) {
            seconds[h] = h * 3600 + minute * 60;
        }
        String canonical = minute == 0 ? "hourly" : String.format(Locale.ROOT, "hourly :%02d", minute);
        return new CalendarSchedule(canonical, zone, grace, false, Duration.ofHours(1), date -> true, seconds);
    }

    private static Schedule daily(String original, String text, ZoneId zone, Duration grace) {
        Matcher m = DAILY.matcher(text);
        int second = m.matches() ? secondOfDay(m.group(1), m.group(2)) : -1;
        if (second < 0) {
            throw new InputProblem("error.schedule.daily", original);
        }
        return new CalendarSchedule("daily " + clock(second), zone, grace, false, Duration.ofDays(1),
                date -> true, new int[] {second});
    }

    private static Schedule weekly(String original, String text, ZoneId zone, Duration grace) {
        Matcher m = WEEKLY.matcher(text);
        DayOfWeek day = m.matches() ? weekday(m.group(1)) : null;
        int second = day != null ? secondOfDay(m.group(2), m.group(3)) : -1;
        if (second < 0) {
            throw new InputProblem("error.schedule.weekly", original);
        }
        return new CalendarSchedule("weekly " + dayName(day) + " " + clock(second), zone, grace, false,
                Duration.ofDays(7), date -> date.getDayOfWeek() == day, new int[] {second});
    }

    private static Schedule monthly(String original, String text, ZoneId zone, Duration grace) {
        Matcher m = MONTHLY.matcher(text);
        int day = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int second = day >= 1 && day <= 31 ? secondOfDay(m.group(2), m.group(3)) : -1;
        if (second < 0) {
            throw new InputProblem("error.schedule.monthly", original);
        }
        return new CalendarSchedule("monthly " + day + " " + clock(second), zone, grace, false, MONTH,
                date -> date.getDayOfMonth() == Math.min(day, date.lengthOfMonth()), new int[] {second});
    }

    private static Schedule every(String original, String text, ZoneId zone, Duration grace) {
        Matcher m = EVERY.matcher(text);
        int n = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        boolean hours = m.matches() && m.group(2).equals("h");
        if (n < 1 || n > (hours ? MAX_EVERY_HOURS : MAX_EVERY_DAYS)) {
            throw new InputProblem("error.schedule.every", original);
        }
        if (hours) {
            int[] seconds = new int[(23 / n) + 1];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = i * n * 3600;
            }
            return new CalendarSchedule("every " + n + "h", zone, grace, false, Duration.ofHours(n), date -> true,
                    seconds);
        }
        return new CalendarSchedule("every " + n + "d", zone, grace, false, Duration.ofDays(n),
                date -> Math.floorMod(date.toEpochDay(), n) == 0, new int[] {0});
    }

    /** Seconds since midnight for HH:MM, or -1 when that is no time of day. */
    private static int secondOfDay(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h > 23 || m > 59 ? -1 : h * 3600 + m * 60;
    }

    static String clock(int secondOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60);
    }

    /** A day from its English name or any abbreviation of at least three letters: mon, tues, wednesday. */
    private static DayOfWeek weekday(String name) {
        if (name.length() < 3) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(name)) {
                return day;
            }
        }
        return null;
    }

    static String dayName(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
