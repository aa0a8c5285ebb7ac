package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.Finding;
import dev.vigie.health.Gap;
import dev.vigie.health.HealthReport;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.i18n.Messages;
import dev.vigie.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract of a check, one object per source:
 * <pre>
 * {"source", "status", "exitCode",
 *  "schedule": {"expression", "zone", "inferred", "default", "graceSeconds"},
 *  "latest": {"time", "ageSeconds"} | null, "nextExpected",
 *  "missedRuns": {"last7Days", "last30Days", "last90Days"},
 *  "gaps": [{"from", "to", "missedSlots"}], "coverage30Days",
 *  "findings": [{"severity", "code", "backup", "path", "message"}]}
 * </pre>
 * {@code status} is {@code UP}, {@code LATE}, {@code DOWN} or {@code NEW}; {@code exitCode} is the monitoring level's
 * (0 OK, 1 WARNING, 2 CRITICAL). A finding's {@code severity} is {@code critical}, {@code warning} or {@code info},
 * as in the Prometheus labels, and its {@code backup} is null when it concerns no one backup set. {@code default}
 * is true when the schedule is the layout's default, not read from backups; {@code coverage30Days} is null for a
 * {@code NEW} source (no backup seen: nothing is covered, which is not 100 %).
 *
 * <p>A source that could not be checked has the same keys, with {@code "status": "UNKNOWN"}, {@code "exitCode": 3},
 * null for every value that needs a check and empty lists, and one more key, {@code "reason"}, saying why.
 */
public final class HealthJson {

    /** The status of a source that could not be checked, beside the freshness states. */
    public static final String UNKNOWN_STATUS = "UNKNOWN";

    private HealthJson() {
    }

    /**
     * @param now  the moment of the check, for the latest backup's age
     * @param zone the zone times are written in
     */
    public static ObjectNode node(CheckOutcome outcome, Instant now, ZoneId zone, Messages messages) {
        // Java 17 has no pattern switch yet; the interface is sealed to these two.
        if (outcome instanceof CheckOutcome.Checked checked) {
            return checked(checked.source(), checked.report(), now, zone, messages);
        }
        CheckOutcome.Unknown unknown = (CheckOutcome.Unknown) outcome;
        return unknown(unknown.source(), unknown.reason());
    }

    /** One source's object, on one line per key as the other JSON outputs. */
    public static String render(CheckOutcome outcome, Instant now, ZoneId zone, Messages messages) {
        return InventoryJson.write(node(outcome, now, zone, messages));
    }

    /** Several sources' objects in an array, in the order given. */
    public static String render(List<CheckOutcome> outcomes, Instant now, ZoneId zone, Messages messages) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (CheckOutcome outcome : outcomes) {
            array.add(node(outcome, now, zone, messages));
        }
        return InventoryJson.write(array);
    }

    private static ObjectNode checked(String source, HealthReport report, Instant now, ZoneId zone,
                                      Messages messages) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", source);
        root.put("status", report.status().name());
        root.put("exitCode", report.level().exitCode());
        root.set("schedule", schedule(report.schedule()));
        if (report.latest().isPresent()) {
            ObjectNode latest = root.putObject("latest");
            latest.put("time", Json.time(report.latest().get(), zone));
            latest.put("ageSeconds", Duration.between(report.latest().get(), now).toSeconds());
        } else {
            root.putNull("latest");
        }
        root.put("nextExpected", Json.time(report.nextExpected(), zone));
        ObjectNode missed = root.putObject("missedRuns");
        missed.put("last7Days", report.missedRuns().last7Days());
        missed.put("last30Days", report.missedRuns().last30Days());
        missed.put("last90Days", report.missedRuns().last90Days());
        ArrayNode gaps = root.putArray("gaps");
        for (Gap gap : report.gaps()) {
            ObjectNode node = gaps.addObject();
            node.put("from", Json.time(gap.from(), zone));
            node.put("to", Json.time(gap.to(), zone));
            node.put("missedSlots", gap.missedSlots());
        }
        if (report.status() == HealthStatus.NEW) {
            root.putNull("coverage30Days"); // no backup seen: nothing to cover, not 100 %
        } else {
            root.put("coverage30Days", report.coverage30Days());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
            node.put("code", finding.code());
            node.put("backup", finding.backup().orElse(null));
            node.put("path", finding.path());
            node.put("message", messages.finding(finding));
        }
        return root;
    }

    private static ObjectNode schedule(Schedule schedule) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("expression", schedule.expression());
        node.put("zone", schedule.zone().getId());
        node.put("inferred", schedule.inferred());
        node.put("default", schedule.layoutDefault());
        node.put("graceSeconds", schedule.grace().toSeconds());
        return node;
    }

    private static ObjectNode unknown(String source, String reason) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", source);
        root.put("status", UNKNOWN_STATUS);
        root.put("exitCode", MonitoringLevel.UNKNOWN.exitCode());
        root.putNull("schedule");
        root.putNull("latest");
        root.putNull("nextExpected");
        root.putNull("missedRuns");
        root.putArray("gaps");
        root.putNull("coverage30Days");
        root.putArray("findings");
        root.put("reason", reason);
        return root;
    }
}
