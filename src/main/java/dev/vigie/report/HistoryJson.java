package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The JSON contract of a source's history: {@code {"source", "path", "lastScan", "backups": [{...the fields of a
 * scan's backup (see InventoryJson)..., "firstSeen", "lastSeen", "present"}]}}, oldest first. {@code lastScan} is
 * null for a source never scanned; {@code present} says whether that scan still found the backup.
 */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static ObjectNode node(SourceRef source, List<SeenBackup> history, Optional<Instant> lastScan,
                                  ZoneId zone) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", source.name());
        root.put("path", source.location());
        if (lastScan.isPresent()) {
            root.put("lastScan", Json.time(lastScan.get(), zone));
        } else {
            root.putNull("lastScan");
        }
        ArrayNode backups = root.putArray("backups");
        for (SeenBackup seen : history) {
            ObjectNode node = InventoryJson.backup(seen.backup(), zone);
            node.put("firstSeen", Json.time(seen.firstSeen(), zone));
            node.put("lastSeen", Json.time(seen.lastSeen(), zone));
            node.put("present", seen.inLatestScan());
            backups.add(node);
        }
        return root;
    }

    public static String render(SourceRef source, List<SeenBackup> history, Optional<Instant> lastScan,
                                ZoneId zone) {
        return InventoryJson.write(node(source, history, lastScan, zone));
    }
}
