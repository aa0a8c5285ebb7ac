package dev.vigie.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.Snapshot;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * A retention decision as JSON: {@code {"keep", "remove", "reasons": [{"snapshot", "matches", "counters"}]}}, newest
 * first, shaped as restic's {@code forget --json} so that the same scripts read both.
 */
public final class RetentionJson {

    /** Restic's order of the counters. */
    private static final List<String> COUNTERS = List.of("last", "hourly", "daily", "weekly", "monthly", "yearly");

    private RetentionJson() {
    }

    /** With each snapshot as {@code echo} gives it: the object it was read from, for restic's own output. */
    public static String render(RetentionDecision decision, Function<Snapshot, JsonNode> echo) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode keep = root.putArray("keep");
        decision.keep().forEach(s -> keep.add(echo.apply(s)));
        ArrayNode remove = root.putArray("remove");
        decision.remove().forEach(s -> remove.add(echo.apply(s)));
        ArrayNode reasons = root.putArray("reasons");
        for (RetentionDecision.Reason reason : decision.reasons()) {
            ObjectNode node = reasons.addObject();
            node.set("snapshot", echo.apply(reason.snapshot()));
            ArrayNode matches = node.putArray("matches");
            reason.matches().forEach(matches::add);
            ObjectNode counters = node.putObject("counters");
            for (String name : COUNTERS) {
                Integer left = reason.counters().get(name);
                if (left != null && left != 0) {
                    counters.put(name, left);
                }
            }
        }
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With each snapshot as its id, time, tags and paths. */
    public static String render(RetentionDecision decision) {
        return render(decision, ResticSnapshots::json);
    }
}
