package dev.vigie.i18n;

import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanWarning;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The user-visible texts of Vigie in one language, read from {@code dev/vigie/i18n/messages*.properties}. */
public final class Messages {

    public static final String BUNDLE = "dev.vigie.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: English is the base bundle whatever the machine says.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A scan warning in words: {0} is the entry's path, {1}... the warning's own values. */
    public String warning(ScanWarning warning) {
        Object[] args = new Object[warning.args().size() + 1];
        args[0] = warning.path().isEmpty() ? "." : warning.path();
        for (int i = 0; i < warning.args().size(); i++) {
            args[i + 1] = warning.args().get(i);
        }
        return get(warning.code().messageKey(), args);
    }

    /** A finding in words: {0} is the path concerned, {1}... the finding's own values. */
    public String finding(Finding finding) {
        Object[] args = new Object[finding.args().size() + 1];
        args[0] = finding.path().isEmpty() ? finding.backup().orElse(".") : finding.path();
        for (int i = 0; i < finding.args().size(); i++) {
            args[i + 1] = finding.args().get(i);
        }
        // A finding may be worded by its severity too: a missing file that rotation removed is no lost backup.
        String bySeverity = finding.messageKey() + "." + finding.severity().name().toLowerCase(Locale.ROOT);
        return get(bundle.containsKey(bySeverity) ? bySeverity : finding.messageKey(), args);
    }

    public String problem(InputProblem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }
}
