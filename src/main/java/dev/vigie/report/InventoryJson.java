package dev.vigie.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanWarning;
import dev.vigie.i18n.Messages;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The JSON contract of a scan, relied on by scripts and later checks:
 * {@code {"source", "layout", "backups": [{time, name, paths, sizeBytes, fileCount, timeSource, details}],
 * "warnings": [{code, path, message}]}}.
 */
public final class InventoryJson {

    private InventoryJson() {
    }

    public static ObjectNode node(Inventory inventory, ZoneId zone, Messages messages) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", inventory.source());
        root.put("layout", inventory.layout().id());
        ArrayNode backups = root.putArray("backups");
        for (BackupSet set : inventory.backups()) {
            backups.add(backup(set, zone));
        }
        root.set("warnings", warnings(inventory.warnings(), messages));
        return root;
    }

    public static String render(Inventory inventory, ZoneId zone, Messages messages) {
        return write(node(inventory, zone, messages));
    }

    public static ObjectNode backup(BackupSet set, ZoneId zone) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("time", Json.time(set.time(), zone));
        node.put("name", set.name());
        ArrayNode paths = node.putArray("paths");
        set.paths().forEach(paths::add);
        node.put("sizeBytes", set.sizeBytes());
        node.put("fileCount", set.fileCount());
        node.put("timeSource", set.timeSource().id());
        node.set("details", details(set.details()));
        return node;
    }

    public static ArrayNode warnings(Iterable<ScanWarning> warnings, Messages messages) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (ScanWarning w : warnings) {
            ObjectNode node = array.addObject();
            node.put("code", w.code().id());
            node.put("path", w.path());
            node.put("message", messages.warning(w));
        }
        return array;
    }

    private static ObjectNode details(Map<String, Object> details) {
        ObjectNode node = Json.mapper().createObjectNode();
        details.forEach((k, v) -> node.set(k, Json.mapper().valueToTree(v)));
        return node;
    }

    static String write(Object node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
