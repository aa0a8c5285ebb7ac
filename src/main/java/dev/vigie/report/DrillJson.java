package dev.vigie.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.Finding;
import dev.vigie.drill.Drill;
import dev.vigie.i18n.Messages;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Drills as JSON for scripts: {@code {"source", "kind", "practice", "backup", "actor", "startedAt",
 * "durationSeconds", "outcome" (yes|partly|no), "filesRestored", "bytesRestored", "bytesPerSecond", "notes",
 * "findings": [{"severity", "code", "backup", "path", "message"}]}}.
 */
public final class DrillJson {

    private DrillJson() {
    }

    public static String render(Drill drill, ZoneId zone, Messages messages) {
        return write(node(drill, zone, messages));
    }

    public static String render(List<Drill> drills, ZoneId zone, Messages messages) {
        ArrayNode all = Json.mapper().createArrayNode();
        drills.forEach(d -> all.add(node(d, zone, messages)));
        return write(all);
    }

    private static ObjectNode node(Drill drill, ZoneId zone, Messages messages) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("source", drill.source());
        node.put("kind", drill.kind().id());
        node.put("practice", drill.practice());
        node.put("backup", drill.backup());
        node.put("actor", drill.actor());
        node.put("startedAt", Json.time(drill.startedAt(), zone));
        node.put("durationSeconds", drill.duration().toMillis() / 1000.0);
        node.put("outcome", drill.outcome().id());
        node.put("filesRestored", drill.filesRestored());
        node.put("bytesRestored", drill.bytesRestored());
        node.put("bytesPerSecond", Math.round(drill.bytesPerSecond()));
        node.put("notes", drill.notes());
        ArrayNode findings = node.putArray("findings");
        for (Finding f : drill.findings()) {
            ObjectNode n = findings.addObject();
            n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            n.put("code", f.code());
            n.put("backup", f.backup().orElse(null));
            n.put("path", f.path());
            n.put("message", messages.finding(f));
        }
        return node;
    }

    private static String write(Object node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
