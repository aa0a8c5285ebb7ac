package dev.vigie.report;

import dev.vigie.backup.Severity;
import dev.vigie.health.HealthReport;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Checks in the Prometheus text exposition format, for node_exporter's textfile collector: one file for every
 * source, each series labelled {@code source="NAME"}.
 *
 * <ul>
 *   <li>{@code vigie_backup_check_success} 1 when the source could be checked, 0 when not (its other series are
 *       then absent, as no value is known)</li>
 *   <li>{@code vigie_backup_last_timestamp_seconds} the newest backup's Unix time (absent before the first)</li>
 *   <li>{@code vigie_backup_status} 0 up, 1 late, 2 down, 3 new</li>
 *   <li>{@code vigie_backup_missed_runs{window="7d|30d|90d"}}</li>
 *   <li>{@code vigie_backup_findings{severity="critical|warning|info"}}, every severity present, 0 included, so
 *       that alert rules need no {@code absent()}</li>
 *   <li>{@code vigie_backup_coverage_ratio{window="30d"}} the share of expected runs with a backup, 0 to 1</li>
 * </ul>
 *
 * The HELP texts stay English whatever the user's language: they are part of the metrics' identity, and a series
 * whose metadata changed with the machine's locale would confuse Prometheus.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** Every source's series, family by family as the format requires, sources in the order given. */
    public static String render(List<CheckOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        family(out, "vigie_backup_check_success", "1 when Vigie could check the source, 0 when it could not.",
                outcomes, (source, outcome) ->
                        sample(out, "vigie_backup_check_success", source, "",
                                outcome instanceof CheckOutcome.Checked ? "1" : "0"));
        checkedFamily(out, "vigie_backup_last_timestamp_seconds", "Unix time of the source's newest backup.",
                outcomes, (source, report) -> report.latest().ifPresent(latest ->
                        sample(out, "vigie_backup_last_timestamp_seconds", source, "",
                                String.valueOf(latest.getEpochSecond()))));
        checkedFamily(out, "vigie_backup_status", "Freshness of the source: 0 up, 1 late, 2 down, 3 new.",
                outcomes, (source, report) ->
                        sample(out, "vigie_backup_status", source, "", String.valueOf(report.status().metric())));
        checkedFamily(out, "vigie_backup_missed_runs", "Expected runs without a backup in the last window.",
                outcomes, (source, report) -> {
                    sample(out, "vigie_backup_missed_runs", source, label("window", "7d"),
                            String.valueOf(report.missedRuns().last7Days()));
                    sample(out, "vigie_backup_missed_runs", source, label("window", "30d"),
                            String.valueOf(report.missedRuns().last30Days()));
                    sample(out, "vigie_backup_missed_runs", source, label("window", "90d"),
                            String.valueOf(report.missedRuns().last90Days()));
                });
        checkedFamily(out, "vigie_backup_findings", "Findings of the check, by severity.",
                outcomes, (source, report) -> {
                    for (Severity severity : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
                        long count = report.findings().stream().filter(f -> f.severity() == severity).count();
                        sample(out, "vigie_backup_findings", source,
                                label("severity", severity.name().toLowerCase(Locale.ROOT)), String.valueOf(count));
                    }
                });
        checkedFamily(out, "vigie_backup_coverage_ratio", "Share of the expected runs of the window with a backup.",
                outcomes, (source, report) ->
                        sample(out, "vigie_backup_coverage_ratio", source, label("window", "30d"),
                                number(report.coverage30Days())));
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String help, List<CheckOutcome> outcomes,
                               BiConsumer<String, CheckOutcome> samples) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        for (CheckOutcome outcome : outcomes) {
            samples.accept(outcome.source(), outcome);
        }
    }

    private static void checkedFamily(StringBuilder out, String name, String help, List<CheckOutcome> outcomes,
                                      BiConsumer<String, HealthReport> samples) {
        family(out, name, help, outcomes, (source, outcome) -> {
            if (outcome instanceof CheckOutcome.Checked checked) {
                samples.accept(source, checked.report());
            }
        });
    }

    private static void sample(StringBuilder out, String name, String source, String moreLabels, String value) {
        out.append(name).append('{').append(label("source", source));
        if (!moreLabels.isEmpty()) {
            out.append(',').append(moreLabels);
        }
        out.append("} ").append(value).append('\n');
    }

    private static String label(String name, String value) {
        return name + "=\"" + escape(value) + '"';
    }

    /** A label value as the exposition format wants it: backslash, double quote and line feed escaped. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '"' -> escaped.append("\\\"");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Go's ParseFloat, which Prometheus uses, reads Java's double text; whole values are written without ".0". */
    private static String number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
