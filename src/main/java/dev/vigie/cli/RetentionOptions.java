package dev.vigie.cli;

import dev.vigie.i18n.Messages;
import dev.vigie.backup.InputProblem;
import dev.vigie.retention.CalendarSpan;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** restic's {@code forget} flags and Vigie's presets, for every command that applies a retention policy. */
public final class RetentionOptions {

    @Option(names = "--preset", paramLabel = "P", descriptionKey = "retention.preset")
    private String preset;

    @Option(names = "--keep-last", paramLabel = "N", descriptionKey = "retention.keep-last")
    private String keepLast;

    @Option(names = "--keep-hourly", paramLabel = "N", descriptionKey = "retention.keep-hourly")
    private String keepHourly;

    @Option(names = "--keep-daily", paramLabel = "N", descriptionKey = "retention.keep-daily")
    private String keepDaily;

    @Option(names = "--keep-weekly", paramLabel = "N", descriptionKey = "retention.keep-weekly")
    private String keepWeekly;

    @Option(names = "--keep-monthly", paramLabel = "N", descriptionKey = "retention.keep-monthly")
    private String keepMonthly;

    @Option(names = "--keep-yearly", paramLabel = "N", descriptionKey = "retention.keep-yearly")
    private String keepYearly;

    @Option(names = "--keep-within", paramLabel = "D", descriptionKey = "retention.keep-within")
    private String keepWithin;

    @Option(names = "--keep-within-hourly", paramLabel = "D", descriptionKey = "retention.keep-within-hourly")
    private String keepWithinHourly;

    @Option(names = "--keep-within-daily", paramLabel = "D", descriptionKey = "retention.keep-within-daily")
    private String keepWithinDaily;

    @Option(names = "--keep-within-weekly", paramLabel = "D", descriptionKey = "retention.keep-within-weekly")
    private String keepWithinWeekly;

    @Option(names = "--keep-within-monthly", paramLabel = "D", descriptionKey = "retention.keep-within-monthly")
    private String keepWithinMonthly;

    @Option(names = "--keep-within-yearly", paramLabel = "D", descriptionKey = "retention.keep-within-yearly")
    private String keepWithinYearly;

    @Option(names = "--keep-tag", paramLabel = "T", descriptionKey = "retention.keep-tag")
    private List<String> keepTags = new ArrayList<>();

    /** A preset's rules, or the flags'; both at once would leave the user guessing which won. */
    RetentionRules rules() {
        RetentionRules flags = flagRules();
        if (preset == null) {
            return flags;
        }
        RetentionPreset named = RetentionPresets.named(preset).orElseThrow(() -> new InputProblem(
                "error.retention.preset", preset, RetentionPresets.all().stream().map(RetentionPreset::name)
                        .collect(Collectors.joining(", "))));
        if (named.isCustom()) {
            return flags;
        }
        if (!flags.isEmpty()) {
            throw new InputProblem("error.retention.presetAndRules", preset);
        }
        return named.rules();
    }

    private RetentionRules flagRules() {
        RetentionRules rules = RetentionRules.NONE
                .withLast(count("--keep-last", keepLast))
                .withHourly(count("--keep-hourly", keepHourly))
                .withDaily(count("--keep-daily", keepDaily))
                .withWeekly(count("--keep-weekly", keepWeekly))
                .withMonthly(count("--keep-monthly", keepMonthly))
                .withYearly(count("--keep-yearly", keepYearly))
                .withWithin(span(keepWithin))
                .withWithinHourly(span(keepWithinHourly))
                .withWithinDaily(span(keepWithinDaily))
                .withWithinWeekly(span(keepWithinWeekly))
                .withWithinMonthly(span(keepWithinMonthly))
                .withWithinYearly(span(keepWithinYearly));
        for (String tag : keepTags) {
            rules = rules.withTag(tag);
        }
        return rules;
    }

    private static int count(String option, String text) {
        return text == null ? 0 : RetentionRules.parseCount(option, text);
    }

    private static CalendarSpan span(String text) {
        return text == null ? CalendarSpan.NONE : CalendarSpan.parse(text);
    }

    /** True when neither a preset nor a rule was given. */
    boolean isEmpty() {
        return preset == null && flagRules().isEmpty();
    }

    /** The rules of the flags or preset, if any was given: empty lets the source's usual ones apply. */
    Optional<RetentionRules> given() {
        return isEmpty() ? Optional.empty() : Optional.of(rules());
    }

    /** One line saying which policy a simulation applied, and whether it is the one given or the source's usual. */
    String said(Messages messages, String policy) {
        return messages.get(isEmpty() ? "simulate.policy.usual" : "simulate.policy.given", policy);
    }
}
