package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.schedule.Schedule;
import dev.vigie.simulation.ScenarioOutcome;
import dev.vigie.simulation.WhatIfResult;
import java.time.ZoneId;

/**
 * The JSON contract of a what-if comparison: {@code {"from", "to", "delaySeconds", "scenarios": [{"label",
 * "schedule", "policy", "backups", "worstExposureSeconds", "meanExposureSeconds", "recoverableAfterDelay"}]}}.
 * Times are ISO-8601 with offset; {@code schedule} is null for the backups as observed; {@code recoverableAfterDelay}
 * is a share from 0 to 1. Extra fields may be added, never renamed.
 */
public final class WhatIfJson {

    private WhatIfJson() {
    }

    public static ObjectNode node(WhatIfResult result, ZoneId zone) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("from", Json.time(result.from(), zone));
        root.put("to", Json.time(result.to(), zone));
        root.put("delaySeconds", result.delay().toSeconds());
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioOutcome outcome : result.outcomes()) {
            ObjectNode node = scenarios.addObject();
            node.put("label", outcome.scenario().label());
            node.put("schedule", outcome.scenario().schedule().map(Schedule::expression).orElse(null));
            node.put("policy", outcome.scenario().policy().describe());
            node.put("backups", outcome.backups());
            node.put("worstExposureSeconds", outcome.worstExposure().toSeconds());
            node.put("meanExposureSeconds", outcome.meanExposure().toSeconds());
            node.put("recoverableAfterDelay", outcome.recoverableAfterDelay());
        }
        return root;
    }

    public static String render(WhatIfResult result, ZoneId zone) {
        return InventoryJson.write(node(result, zone));
    }
}
