package dev.vigie.ui.simulator;

import dev.vigie.i18n.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restic's words for why a snapshot is kept ({@code oldest daily snapshot}, {@code hourly within 1d},
 * {@code within 30d}, {@code has tags [a]}), in the window's language; words it does not know are shown as they are.
 */
final class RetentionReasons {

    private static final Pattern PERIOD = Pattern.compile("(oldest )?(last|hourly|daily|weekly|monthly|yearly) "
            + "snapshot");
    private static final Pattern PERIOD_WITHIN = Pattern.compile("(oldest )?(hourly|daily|weekly|monthly|yearly) "
            + "within (\\S+)");
    private static final Pattern WITHIN = Pattern.compile("within (\\S+)");
    private static final Pattern TAGS = Pattern.compile("has tags \\[(.*)]");

    private RetentionReasons() {
    }

    static String words(String restic, Messages m) {
        Matcher p = PERIOD.matcher(restic);
        if (p.matches()) {
            return m.get(p.group(1) == null ? "simulator.reason.period" : "simulator.reason.oldest",
                    m.get("simulator.reason." + p.group(2)));
        }
        Matcher pw = PERIOD_WITHIN.matcher(restic);
        if (pw.matches()) {
            return m.get(pw.group(1) == null ? "simulator.reason.periodWithin" : "simulator.reason.oldestWithin",
                    m.get("simulator.reason." + pw.group(2)), pw.group(3));
        }
        Matcher w = WITHIN.matcher(restic);
        if (w.matches()) {
            return m.get("simulator.reason.within", w.group(1));
        }
        Matcher t = TAGS.matcher(restic);
        if (t.matches()) {
            return m.get("simulator.reason.tags", t.group(1));
        }
        return restic;
    }
}
