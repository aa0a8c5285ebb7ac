package dev.vigie.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.field.CronFieldName;
import com.cronutils.model.field.expression.Always;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.vigie.backup.InputProblem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A 5-field Unix cron expression read by cron-utils and turned into days and times of day.
 *
 * <p>cron-utils parses and validates the expression; its execution-time arithmetic is not used for slots, for two
 * reasons: it skips a run whose local time falls in a spring-forward gap (Vigie moves it forward, as for every other
 * schedule), and one match check costs tens of microseconds, too slow for a decade of hourly slots. In Unix cron the
 * minute and hour fields do not depend on the date, so the rule splits into a set of times of day and a test on the
 * date. Each field is read once into a table by asking cron-utils whether a one-field cron matches each value, which
 * keeps cron-utils the judge of the syntax's meaning (ranges, steps, lists, names, 7 for Sunday). Day of month and
 * day of week combine as cron-utils combines them: either may match when both are restricted, both must otherwise.
 */
final class CronRule {

    /** Long enough to meet 29 February twice, so that the period of a leap-day cron can be measured. */
    private static final int SAMPLE_YEARS = 8;
    private static final int SAMPLE_SLOTS = 5_000;

    final String fields;
    final CalendarSchedule.Days days;
    final int[] secondsOfDay;
    final Duration nominalPeriod;

    private CronRule(String fields, CalendarSchedule.Days days, int[] secondsOfDay, Duration nominalPeriod) {
        this.fields = fields;
        this.days = days;
        this.secondsOfDay = secondsOfDay;
        this.nominalPeriod = nominalPeriod;
    }

    /**
     * Reads the part after {@code cron:}.
     *
     * @param original the whole expression as the user wrote it, for messages
     * @throws InputProblem {@code error.schedule.cron} for bad syntax, {@code error.schedule.cronNever} for a rule
     *                      that no date satisfies (30 February)
     */
    static CronRule parse(String text, String original) {
        String[] f = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String fields = String.join(" ", f);
        // A parser per call: cron-utils does not promise its parsers are thread-safe, and parsing is rare.
        CronParser parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
        Cron cron;
        try {
            cron = parser.parse(fields);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(e, "error.schedule.cron", original, e.getMessage());
        }
        boolean[] minutes = table(parser, f[0] + " * * * *", 60, i -> at(2024, 1, 1, 0, i));
        boolean[] hours = table(parser, "0 " + f[1] + " * * *", 24, i -> at(2024, 1, 1, i, 0));
        boolean[] daysOfMonth = table(parser, "0 0 " + f[2] + " * *", 32, i -> i == 0 ? null : at(2024, 1, i, 0, 0));
        boolean[] months = table(parser, "0 0 1 " + f[3] + " *", 13, i -> i == 0 ? null : at(2024, i, 1, 0, 0));
        // 2024-01-01 was a Monday: index 1 is Monday ... 7 is Sunday, as DayOfWeek numbers them.
        boolean[] weekdays = table(parser, "0 0 * * " + f[4], 8, i -> i == 0 ? null : at(2024, 1, i, 0, 0));
        boolean anyDayOfMonth = cron.retrieve(CronFieldName.DAY_OF_MONTH).getExpression() instanceof Always;
        boolean anyWeekday = cron.retrieve(CronFieldName.DAY_OF_WEEK).getExpression() instanceof Always;
        boolean either = !anyDayOfMonth && !anyWeekday;

        CalendarSchedule.Days days = date -> {
            if (!months[date.getMonthValue()]) {
                return false;
            }
            boolean dayOfMonth = daysOfMonth[date.getDayOfMonth()];
            boolean weekday = weekdays[date.getDayOfWeek().getValue()];
            return either ? dayOfMonth || weekday : dayOfMonth && weekday;
        };
        List<Integer> seconds = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            for (int m = 0; m < 60; m++) {
                if (hours[h] && minutes[m]) {
                    seconds.add(h * 3600 + m * 60);
                }
            }
        }
        int[] secondsOfDay = seconds.stream().mapToInt(Integer::intValue).toArray();
        Duration period = medianInterval(days, secondsOfDay)
                .orElseThrow(() -> new InputProblem("error.schedule.cronNever", original));
        return new CronRule(fields, days, secondsOfDay, period);
    }

    /** Which values of one field match: {@code values[i]} is true when the cron matches the time {@code at(i)}. */
    private static boolean[] table(CronParser parser, String oneField, int size, IntFunction<ZonedDateTime> at) {
        ExecutionTime execution = ExecutionTime.forCron(parser.parse(oneField));
        boolean[] values = new boolean[size];
        for (int i = 0; i < size; i++) {
            ZonedDateTime time = at.apply(i);
            values[i] = time != null && execution.isMatch(time);
        }
        return values;
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    /**
     * The usual time between two runs, as the lower median of the gaps between the runs of a sample of years (wall
     * clock, no zone): one day for {@code 0 2 * * 1-5} although the weekend gap is three. Empty when nothing runs.
     */
    private static Optional<Duration> medianInterval(CalendarSchedule.Days days, int[] secondsOfDay) {
        if (secondsOfDay.length == 0) {
            return Optional.empty();
        }
        long start = LocalDate.of(2024, 1, 1).toEpochDay();
        long end = LocalDate.of(2024 + SAMPLE_YEARS, 1, 1).toEpochDay();
        long[] runs = new long[SAMPLE_SLOTS];
        int count = 0;
        for (long day = start; day < end && count < SAMPLE_SLOTS; day++) {
            if (days.include(LocalDate.ofEpochDay(day))) {
                for (int s : secondsOfDay) {
                    if (count < SAMPLE_SLOTS) {
                        runs[count++] = day * 86_400 + s;
                    }
                }
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        if (count == 1) {
            // One run in eight years cannot happen with five fields, but a period must not be zero.
            return Optional.of(Duration.ofDays(365L * SAMPLE_YEARS));
        }
        long[] gaps = new long[count - 1];
        for (int i = 1; i < count; i++) {
            gaps[i - 1] = runs[i] - runs[i - 1];
        }
        Arrays.sort(gaps);
        return Optional.of(Duration.ofSeconds(gaps[(gaps.length - 1) / 2]));
    }
}
