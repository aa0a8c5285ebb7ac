package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of the registered sources: {@code [{"name", "path", "layout", "schedule", "zone",
 * "graceSeconds", "media", "offsite"}]}, by name. {@code layout} is null when it is recognised at each scan; the
 * settings are null when left to Vigie (schedule inferred, the computer's zone, the schedule's grace, media guessed).
 */
public final class SourcesJson {

    private SourcesJson() {
    }

    /** @param settings each source's settings by name; a source missing from it has the defaults */
    public static ArrayNode node(List<SourceRef> sources, Map<String, SourceSettings> settings) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (SourceRef source : sources) {
            ObjectNode node = array.addObject();
            node.put("name", source.name());
            node.put("path", source.location());
            if (source.layout().isPresent()) {
                node.put("layout", source.layout().get().id());
            } else {
                node.putNull("layout");
            }
            SourceSettings s = settings.getOrDefault(source.name(), SourceSettings.DEFAULTS);
            node.put("schedule", s.schedule().orElse(null));
            node.put("zone", s.zone().map(ZoneId::getId).orElse(null));
            if (s.grace().isPresent()) {
                node.put("graceSeconds", s.grace().get().toSeconds());
            } else {
                node.putNull("graceSeconds");
            }
            node.put("media", s.media().map(MediaKind::id).orElse(null));
            node.put("offsite", s.offsite());
        }
        return array;
    }

    public static String render(List<SourceRef> sources, Map<String, SourceSettings> settings) {
        return InventoryJson.write(node(sources, settings));
    }
}
