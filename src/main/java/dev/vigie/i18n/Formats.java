package dev.vigie.i18n;

import dev.vigie.schedule.Schedule;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes, times, ages and schedules worded for one language: "1,4 Mo", "il y a 18 h", "6 déc. 2026, 02:01",
 * "tous les samedis à 21:30" / "1.4 MB", "18 h ago", "6 Dec 2026, 02:01", "every Saturday at 21:30".
 *
 * <p>This is the one place that shows a time to a person: one date-time pattern per language, read from the
 * bundle ({@code format.dateTime}, {@code format.date}), so the window, the checklists and the command line's
 * text agree. Machine output (JSON, Prometheus, file names) keeps ISO 8601 and does not come here.
 */
public final class Formats {

    private static final String[] SIZE_KEYS = {"size.B", "size.kB", "size.MB", "size.GB", "size.TB"};
    private static final Pattern DAILY = Pattern.compile("daily (\\d{2}:\\d{2})");
    private static final Pattern WEEKLY = Pattern.compile("weekly ([a-z]{3}) (\\d{2}:\\d{2})");
    private static final Pattern MONTHLY = Pattern.compile("monthly (\\d{1,2}) (\\d{2}:\\d{2})");
    private static final Pattern HOURLY = Pattern.compile("hourly(?: :(\\d{2}))?");
    private static final Pattern EVERY = Pattern.compile("every (\\d+)([hd])");

    /** An iPhone backup's folder: the device's UDID, 40 hex digits or the newer 8-16 form. */
    private static final Pattern DEVICE_FOLDER = Pattern.compile("(?i)[0-9a-f]{40}|[0-9a-f]{8}-[0-9a-f]{16}");

    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    /** The language's number format, one per thread (it is not safe to share): made anew per size, it was slow. */
    private final ThreadLocal<NumberFormat> numbers;

    public Formats(Messages messages) {
        this.messages = messages;
        this.dateTime = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        this.date = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
        this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getNumberInstance(messages.locale()));
    }

    public Messages messages() {
        return messages;
    }

    /** Decimal units (1 kB = 1000 B), as file managers on Linux and macOS show them. */
    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < SIZE_KEYS.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = numbers.get();
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return messages.get(SIZE_KEYS[unit], number.format(value));
    }

    /** A local date and time in the language's one format: {@code 20 Nov 2026, 02:00} / {@code 20 nov. 2026, 02:00}. */
    public String dateTime(Instant instant, ZoneId zone) {
        return dateTime.format(instant.atZone(zone));
    }

    /**
     * A local date and time, with the zone named only when it is not the reader's own:
     * {@code 20 Nov 2026, 02:00 (America/New_York)}.
     */
    public String dateTime(Instant instant, ZoneId zone, ZoneId readerZone) {
        String text = dateTime(instant, zone);
        return zone.equals(readerZone) ? text : messages.get("format.zoned", text, zone.getId());
    }

    /** A date in the language's one format: {@code 20 Nov 2026}. */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** The date pattern of {@link #date}, for date pickers. */
    public DateTimeFormatter datePattern() {
        return date;
    }

    /**
     * A date a person typed: the language's own format first, then ISO {@code 2026-11-20} and the locale's short
     * numeric form ({@code 20/11/2026}), which people also type.
     */
    public Optional<LocalDate> parseDate(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : List.of(date, DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale()),
                DateTimeFormatter.ofPattern("d/M/yyyy", messages.locale()))) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException notThisOne) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /**
     * A schedule in words in this language: "every day at 02:00", "tous les samedis à 21:30"; a guessed one says
     * so. A cron rule keeps its fields, which are the words its writer chose.
     */
    public String schedule(Schedule schedule) {
        String words = scheduleWords(schedule.expression());
        return schedule.inferred() ? messages.get("schedule.guessed", words) : words;
    }

    /** A schedule's canonical expression ({@code weekly sat 21:30}) in words; an unknown text is shown as it is. */
    public String scheduleWords(String expression) {
        String text = expression.strip();
        Matcher m;
        if ((m = DAILY.matcher(text)).matches()) {
            return messages.get("schedule.daily", m.group(1));
        }
        if ((m = WEEKLY.matcher(text)).matches()) {
            return messages.get("schedule.weekly", dayName(m.group(1)), m.group(2));
        }
        if ((m = MONTHLY.matcher(text)).matches()) {
            return messages.get("schedule.monthly", Integer.parseInt(m.group(1)), m.group(2));
        }
        if ((m = HOURLY.matcher(text)).matches()) {
            return m.group(1) == null || m.group(1).equals("00") ? messages.get("schedule.hourly")
                    : messages.get("schedule.hourlyAt", m.group(1));
        }
        if ((m = EVERY.matcher(text)).matches()) {
            return messages.get(m.group(2).equals("h") ? "schedule.everyHours" : "schedule.everyDays",
                    Integer.parseInt(m.group(1)));
        }
        if (text.startsWith("cron:")) {
            return messages.get("schedule.cron", text.substring("cron:".length()));
        }
        return text;
    }

    private String dayName(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(abbreviation)) {
                return day.getDisplayName(TextStyle.FULL_STANDALONE, messages.locale());
            }
        }
        return abbreviation;
    }

    /** True when a backup's name is a device's id (an iPhone backup folder), which no person recognises. */
    public static boolean isDeviceFolder(String name) {
        return DEVICE_FOLDER.matcher(name).matches();
    }

    /**
     * A backup as a person knows it: its name, or for an iPhone backup folder (named by the device's id)
     * "iPhone backup of Chloé's iPhone, 6 Dec 2026, 02:00"; the folder's name belongs in a detail line.
     */
    public String backupName(String name, Instant time, ZoneId zone, Optional<String> device) {
        if (!isDeviceFolder(name)) {
            return name;
        }
        String when = dateTime(time, zone);
        return device.filter(d -> !d.isBlank()).map(d -> messages.get("backup.iphone.of", d, when))
                .orElseGet(() -> messages.get("backup.iphone", when));
    }

    /** A backup set as a person knows it, with the device name an iPhone backup carries. */
    public String backupName(dev.vigie.backup.BackupSet set, ZoneId zone) {
        return backupName(set.name(), set.time(), zone,
                Optional.ofNullable(set.details().get("deviceName")).map(Object::toString));
    }

    /** A duration in its largest sensible unit: "45 min", "18 h", "3 d" (rounded down). */
    public String duration(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        if (minutes < 1) {
            return messages.get("duration.lessThanMinute");
        }
        if (minutes < 60) {
            return messages.get("duration.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return messages.get("duration.hours", hours);
        }
        return messages.get("duration.days", hours / 24);
    }

    /** How long ago {@code then} was, seen from {@code now}: "18 h ago", or "in 2 d" for the future. */
    public String age(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        return d.isNegative() ? messages.get("age.future", duration(d)) : messages.get("age.past", duration(d));
    }

    /**
     * A measured duration to the second, as a stopwatch says it: "3 min 12 s", "1 h 05 min", "4.2 s" (a tenth below
     * ten seconds).
     */
    public String elapsed(Duration d) {
        long millis = Math.abs(d.toMillis());
        if (millis < 10_000) {
            NumberFormat number = numbers.get();
            number.setMaximumFractionDigits(1);
            return messages.get("elapsed.seconds", number.format(millis / 1000.0));
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return messages.get("elapsed.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.get("elapsed.minutesSeconds", seconds / 60, seconds % 60);
        }
        return messages.get("elapsed.hoursMinutes", seconds / 3600, String.format("%02d", seconds / 60 % 60));
    }

    public Locale locale() {
        return messages.locale();
    }
}
