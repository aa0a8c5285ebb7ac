package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.SourceRef;
import java.util.List;

/**
 * The JSON contract of the registered sources: {@code [{"name", "path", "layout"}]}, by name, where
 * {@code layout} is null when it is recognised at each scan.
 */
public final class SourcesJson {

    private SourcesJson() {
    }

    public static ArrayNode node(List<SourceRef> sources) {
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
        }
        return array;
    }

    public static String render(List<SourceRef> sources) {
        return InventoryJson.write(node(sources));
    }
}
