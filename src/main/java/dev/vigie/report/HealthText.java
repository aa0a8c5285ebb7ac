package dev.vigie.report;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.health.Gap;
import dev.vigie.health.HealthReport;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MissedRuns;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.i18n.Printable;
import dev.vigie.schedule.Schedule;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A check for a terminal or a monitoring plugin. The first line is the summary Nagios, Icinga and their kin show:
 * {@code VIGIE OK - latest backup 6 h ago, 0 missed runs in 30 days}, the level word untranslated (tools match it),
 * the details in the user's language. A readable block follows: status, schedule, next run, missed runs, longest
 * gap, coverage and findings, the most serious first.
 */
public final class HealthText {

    private static final String INDENT = "  ";

    private HealthText() {
    }

    /** The one-line summary, without a line break. */
    public static String summary(CheckOutcome outcome, Instant now, ZoneId zone, Formats formats) {
        String details;
        if (outcome instanceof CheckOutcome.Checked checked) {
            details = details(checked.report(), now, zone, formats);
        } else {
            details = ((CheckOutcome.Unknown) outcome).reason();
        }
        // One line, always: whatever a name or a reason holds cannot forge a second one.
        return "VIGIE " + outcome.level().name() + " - " + Printable.escape(details);
    }

    /** The summary, then the block of details; each line ends with a line break. */
    public static String render(CheckOutcome outcome, Instant now, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        StringBuilder out = new StringBuilder();
        out.append(summary(outcome, now, zone, formats)).append('\n');
        out.append(m.get("check.source", Printable.escape(outcome.source()))).append('\n');
        if (outcome instanceof CheckOutcome.Checked checked) {
            block(out, checked.report(), now, zone, formats);
        } else {
            out.append(m.get("check.status", m.get("check.status.unknown"))).append('\n');
        }
        return out.toString();
    }

    /** Each source's summary and block, a blank line between two sources. */
    public static String render(List<CheckOutcome> outcomes, Instant now, ZoneId zone, Formats formats) {
        List<String> blocks = new ArrayList<>();
        for (CheckOutcome outcome : outcomes) {
            blocks.add(render(outcome, now, zone, formats));
        }
        return String.join("\n", blocks);
    }

    private static String details(HealthReport report, Instant now, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        List<String> parts = new ArrayList<>();
        parts.add(report.latest().map(t -> m.get("check.summary.latest", formats.age(t, now)))
                .orElse(m.get("check.summary.noBackup")));
        if (report.status() == HealthStatus.NEW && !report.firstSlotPassed()) {
            // Nothing could be missed yet: when the first run is due says more.
            parts.add(m.get("check.summary.firstExpected", formats.dateTime(report.nextExpected(), zone)));
        } else {
            parts.add(m.get("check.summary.missed", report.missedRuns().last30Days()));
        }
        long critical = count(report, Severity.CRITICAL);
        if (critical > 0) {
            parts.add(m.get("check.summary.critical", critical));
        }
        long warnings = count(report, Severity.WARNING);
        if (warnings > 0) {
            parts.add(m.get("check.summary.warning", warnings));
        }
        String details = String.join(", ", parts);
        return report.status() == HealthStatus.UP ? details
                : m.get("check.summary.prefix", m.get("check.summary.status." + report.status().name()), details);
    }

    private static void block(StringBuilder out, HealthReport report, Instant now, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        line(out, m.get("check.status", m.get("check.status." + report.status().name())));
        Schedule schedule = report.schedule();
        String words = formats.scheduleWords(schedule.expression());
        boolean nothingSeen = report.status() == HealthStatus.NEW;
        line(out, m.get(schedule.layoutDefault() ? "check.schedule.default" : schedule.inferred()
                ? "check.schedule.inferred" : "check.schedule",
                schedule.zone().equals(zone) ? words : m.get("format.zoned", words, schedule.zone().getId()),
                schedule.zone().getId(), ExactDurations.text(schedule.grace(), m)));
        Optional<Instant> latest = report.latest();
        line(out, latest.map(t -> m.get("check.latest", formats.dateTime(t, zone), formats.age(t, now)))
                .orElse(m.get("check.latest.none")));
        line(out, m.get("check.nextExpected", formats.dateTime(report.nextExpected(), zone),
                formats.age(report.nextExpected(), now)));
        MissedRuns missed = report.missedRuns();
        line(out, m.get("check.missed", missed.last7Days(), missed.last30Days(), missed.last90Days()));
        Optional<Gap> gap = report.longestGap();
        line(out, gap.map(g -> m.get("check.longestGap", formats.duration(Duration.between(g.from(), g.to())),
                        formats.dateTime(g.from(), zone), formats.dateTime(g.to(), zone), g.missedSlots()))
                .orElse(m.get("check.longestGap.none")));
        line(out, nothingSeen ? m.get("check.coverage.none")
                : m.get("check.coverage", percent(report.coverage30Days(), formats.locale())));
        if (report.findings().isEmpty()) {
            line(out, m.get("check.findings.none"));
            return;
        }
        line(out, m.get("check.findings", report.findings().size()));
        TextTable table = new TextTable("", "");
        // Most serious first; the analysis's own order within one severity.
        report.findings().stream()
                .sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder()))
                .forEach(f -> table.row(m.get("check.severity." + f.severity().name()), m.finding(f)));
        // The table's first row is its (empty) header.
        table.render().lines().skip(1).forEach(row -> line(out, INDENT + row));
    }

    private static long count(HealthReport report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** Rounded down, so that "100 %" means every expected run has its backup. */
    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.FLOOR);
        // The share is a ratio of counts: a hair under a whole percent is float error, not a missed run.
        return format.format(Math.floor(share * 100 + 1e-9) / 100);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
