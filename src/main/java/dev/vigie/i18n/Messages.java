package dev.vigie.i18n;

import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanWarning;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The user-visible texts of Vigie in one language, read from {@code dev/vigie/i18n/messages*.properties}. */
public final class Messages {

    public static final String BUNDLE = "dev.vigie.i18n.messages";

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}\\.\\d{1,6}");

    private final Locale locale;
    private final ResourceBundle bundle;
    /**
     * Each text's format, parsed once: a table formats a date, an age and a size per row, and parsing the pattern and
     * making its number formats again for each took most of a row's time. Used as copies (a format is not safe to
     * share between threads, and {@link #numbersWhereCounted} changes its copy).
     */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();
    /** The number format of a plain {@code {0}} given a number, as MessageFormat would make it anew each time. */
    private final ThreadLocal<NumberFormat> plainNumbers;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English is the base bundle whatever the machine says.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.plainNumbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
    }

    public static Messages of(Locale locale) {
        return new Messages(Objects.requireNonNull(locale));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}... places. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        MessageFormat format = (MessageFormat) parsed.computeIfAbsent(key, k -> new MessageFormat(pattern, locale))
                .clone();
        Object[] values = numbersWhereCounted(format, args);
        Format[] byArgument = format.getFormatsByArgumentIndex();
        for (int i = 0; i < Math.min(byArgument.length, values.length); i++) {
            if (byArgument[i] == null && values[i] instanceof Number) {
                format.setFormatByArgumentIndex(i, plainNumbers.get());
            }
        }
        return format.format(values);
    }

    /**
     * Findings and warnings carry their values as text (they are also JSON); a count among them goes into a
     * choice or number format ("1 byte", "2 octets") as the number it is.
     */
    private static Object[] numbersWhereCounted(MessageFormat format, Object[] args) {
        Format[] byArgument = format.getFormatsByArgumentIndex();
        Object[] out = args;
        for (int i = 0; i < Math.min(byArgument.length, args.length); i++) {
            if (byArgument[i] instanceof NumberFormat && args[i] instanceof String text) {
                if (out == args) {
                    out = args.clone();
                }
                if (WHOLE.matcher(text).matches()) {
                    out[i] = Long.parseLong(text);
                } else if (DECIMAL.matcher(text).matches()) {
                    out[i] = Double.parseDouble(text);
                } else {
                    format.setFormatByArgumentIndex(i, null); // not a number after all: shown as it is
                }
            }
        }
        return out;
    }

    /** A scan warning in words: {0} is the entry's path, {1}... the warning's own values. */
    public String warning(ScanWarning warning) {
        Object[] args = new Object[warning.args().size() + 1];
        args[0] = warning.path().isEmpty() ? "." : Printable.escape(readablePath(warning.path()));
        for (int i = 0; i < warning.args().size(); i++) {
            args[i + 1] = Printable.escape(readable(warning.args().get(i)));
        }
        return get(warning.code().messageKey(), args);
    }

    /** A finding in words: {0} is the path concerned, {1}... the finding's own values. */
    public String finding(Finding finding) {
        Object[] args = new Object[finding.args().size() + 1];
        // Paths and names come from the source: escaped, so that none can break or forge a line.
        args[0] = Printable.escape(readablePath(finding.path().isEmpty() ? finding.backup().orElse(".")
                : finding.path()));
        for (int i = 0; i < finding.args().size(); i++) {
            args[i + 1] = Printable.escape(readable(finding.args().get(i)));
        }
        // A finding may be worded by its severity too: a missing file that rotation removed is no lost backup.
        String bySeverity = finding.messageKey() + "." + finding.severity().name().toLowerCase(Locale.ROOT);
        return get(bundle.containsKey(bySeverity) ? bySeverity : finding.messageKey(), args);
    }

    /**
     * A path as a person reads it: an iPhone backup's folder, named by the phone's 40-hex id, becomes "the iPhone
     * backup" (with the file inside it, if any); any other path is shown as it is.
     */
    private String readablePath(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (Formats.isDeviceFolder(segments[i])) {
                String rest = String.join("/", java.util.Arrays.asList(segments).subList(i + 1, segments.length));
                return rest.isEmpty() ? get("backup.iphone.folder") : get("backup.iphone.file", rest);
            }
        }
        return path;
    }

    /**
     * A finding's or warning's value as a person reads it: the times they carry in ISO 8601 for JSON
     * ({@code 2026-11-20T02:00+01:00}) in the language's one date-time format; any other value as it is.
     */
    private String readable(String arg) {
        if (arg.length() < 16 || arg.charAt(4) != '-' || arg.charAt(10) != 'T') {
            return arg;
        }
        DateTimeFormatter shown = DateTimeFormatter.ofPattern(get("format.dateTime"), locale);
        for (DateTimeFormatter iso : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
            try {
                return shown.format(iso.parseBest(arg, OffsetDateTime::from, LocalDateTime::from));
            } catch (DateTimeParseException notThisOne) {
                // try the next
            }
        }
        return arg;
    }

    public String problem(InputProblem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }
}
