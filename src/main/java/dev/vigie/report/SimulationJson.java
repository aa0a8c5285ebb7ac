package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.i18n.Formats;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.LossOutcome;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.simulation.SimulationResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The JSON contract of a simulation: {@code {"events": [{"label", "kind" ("message"|"loss"), "created", "deleted",
 * "lost", "captured", "capturedBy": [TIME...], "recoverableNow", "recoverableUntil", "timeLeftSeconds",
 * "lastBackupBefore", "exposureSeconds", "advice"}], "summary": {"events", "recoverableNow", "neverCaptured",
 * "lost"}}}. Times are ISO-8601 with offset; what does not apply to an event's kind, or is unknown, is null; {@code
 * recoverableUntil} and {@code timeLeftSeconds} are null too when a backup holding it outlives the simulated horizon;
 * {@code advice} is the advice worded in the user's language. Extra fields ({@code policy}, {@code policyIsUsual} from the command line) may be added, never renamed.
 */
public final class SimulationJson {

    private SimulationJson() {
    }

    public static ObjectNode node(SimulationResult result, ZoneId zone, Formats formats) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode events = root.putArray("events");
        for (EventOutcome outcome : result.outcomes()) {
            events.add(event(outcome, zone, formats));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("events", result.summary().events());
        summary.put("recoverableNow", result.summary().recoverableNow());
        summary.put("neverCaptured", result.summary().neverCaptured());
        summary.put("lost", result.summary().lost());
        return root;
    }

    public static String render(SimulationResult result, ZoneId zone, Formats formats) {
        return InventoryJson.write(node(result, zone, formats));
    }

    /** With the policy applied, as restic's rules, and whether it is the source's usual one (none was given). */
    public static String render(SimulationResult result, ZoneId zone, Formats formats, String policy,
                                boolean usual) {
        ObjectNode root = node(result, zone, formats);
        root.put("policy", policy);
        root.put("policyIsUsual", usual);
        return InventoryJson.write(root);
    }

    private static ObjectNode event(EventOutcome outcome, ZoneId zone, Formats formats) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("label", outcome.event().label());
        if (outcome instanceof MessageOutcome message) {
            node.put("kind", "message");
            time(node, "created", message.event().created(), zone);
            time(node, "deleted", Optional.of(message.event().deleted()), zone);
            node.putNull("lost");
            node.put("captured", message.captured());
            ArrayNode by = node.putArray("capturedBy");
            message.capturedBy().forEach(t -> by.add(Json.time(t, zone)));
            node.put("recoverableNow", message.recoverableNow());
            time(node, "recoverableUntil", message.recoverableUntil().filter(u -> !message.keptBeyondHorizon()),
                    zone);
            seconds(node, "timeLeftSeconds", message.timeLeft());
            node.putNull("lastBackupBefore");
            node.putNull("exposureSeconds");
            if (message.advice().isPresent()) {
                node.put("advice", SimulationText.advice(message.advice().get(), zone, formats));
            } else {
                node.putNull("advice");
            }
        } else {
            LossOutcome loss = (LossOutcome) outcome;
            node.put("kind", "loss");
            node.putNull("created");
            node.putNull("deleted");
            time(node, "lost", Optional.of(loss.event().lost()), zone);
            node.put("captured", loss.lastBackupBefore().isPresent());
            node.putArray("capturedBy");
            node.put("recoverableNow", loss.backupExistsNow());
            node.putNull("recoverableUntil");
            node.putNull("timeLeftSeconds");
            time(node, "lastBackupBefore", loss.lastBackupBefore(), zone);
            seconds(node, "exposureSeconds", loss.exposure());
            node.putNull("advice");
        }
        return node;
    }

    private static void time(ObjectNode node, String field, Optional<Instant> time, ZoneId zone) {
        if (time.isPresent()) {
            node.put(field, Json.time(time.get(), zone));
        } else {
            node.putNull(field);
        }
    }

    private static void seconds(ObjectNode node, String field, Optional<Duration> duration) {
        if (duration.isPresent()) {
            node.put(field, duration.get().getSeconds());
        } else {
            node.putNull(field);
        }
    }
}
