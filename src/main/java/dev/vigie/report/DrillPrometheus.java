package dev.vigie.report;

import dev.vigie.drill.Drill;
import java.util.Locale;
import java.util.Map;

/**
 * The restore-test series of the Prometheus file, after {@link PrometheusText}'s: for each source with a drill that
 * counts (practice excluded), labelled {@code source="NAME"}.
 *
 * <ul>
 *   <li>{@code vigie_restore_test_last_timestamp_seconds} Unix time the last restore test ended</li>
 *   <li>{@code vigie_restore_test_duration_seconds} how long it took</li>
 * </ul>
 *
 * A source never tested has neither series: {@code absent()} or {@code time() - ... > 90 * 86400} alert on it.
 */
public final class DrillPrometheus {

    private DrillPrometheus() {
    }

    /** @param lastTests each source's last restore test, in the order the series are written */
    public static String render(Map<String, Drill> lastTests) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP vigie_restore_test_last_timestamp_seconds ")
                .append("Unix time the source's last restore test ended.\n");
        out.append("# TYPE vigie_restore_test_last_timestamp_seconds gauge\n");
        lastTests.forEach((source, drill) -> sample(out, "vigie_restore_test_last_timestamp_seconds", source,
                String.valueOf(drill.endedAt().getEpochSecond())));
        out.append("# HELP vigie_restore_test_duration_seconds How long the source's last restore test took.\n");
        out.append("# TYPE vigie_restore_test_duration_seconds gauge\n");
        lastTests.forEach((source, drill) -> sample(out, "vigie_restore_test_duration_seconds", source,
                String.format(Locale.ROOT, "%.3f", drill.duration().toMillis() / 1000.0)));
        return out.toString();
    }

    private static void sample(StringBuilder out, String name, String source, String value) {
        out.append(name).append("{source=\"").append(PrometheusText.escape(source)).append("\"} ").append(value)
                .append('\n');
    }
}
