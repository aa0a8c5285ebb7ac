package dev.vigie.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.InputProblem;
import dev.vigie.retention.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The snapshots {@code restic snapshots --json} lists, each with its JSON object kept as given, to echo back. */
public final class ResticSnapshots {

    private final List<Snapshot> snapshots;
    /** By identity: two snapshots may be equal in every field the policy sees and still be two objects. */
    private final Map<Snapshot, JsonNode> originals;

    private ResticSnapshots(List<Snapshot> snapshots, Map<Snapshot, JsonNode> originals) {
        this.snapshots = List.copyOf(snapshots);
        this.originals = originals;
    }

    /**
     * Reads restic's JSON: an array of objects with {@code time} (RFC 3339), optional {@code tags} and {@code paths};
     * other fields are kept for the echo but not read.
     *
     * @param origin how to name the input in a message: a file's path, or standard input
     * @throws InputProblem when the input cannot be read, is not JSON, is not an array of objects, or a snapshot has
     *                      no readable time
     */
    public static ResticSnapshots read(InputStream in, String origin) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            throw new InputProblem(e, "error.retention.json", origin, where == null ? 0 : where.getLineNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputProblem(e, "error.retention.read", origin, String.valueOf(e.getMessage()));
        }
        if (root == null || !root.isArray()) {
            throw new InputProblem("error.retention.notList", origin);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        Map<Snapshot, JsonNode> originals = new IdentityHashMap<>();
        int position = 0;
        for (JsonNode node : root) {
            position++;
            if (!node.isObject()) {
                throw new InputProblem("error.retention.notList", origin);
            }
            Snapshot snapshot = new Snapshot(id(node, position), time(node, origin, position),
                    strings(node.get("tags")), strings(node.get("paths")));
            snapshots.add(snapshot);
            originals.put(snapshot, node);
        }
        return new ResticSnapshots(snapshots, originals);
    }

    public List<Snapshot> snapshots() {
        return snapshots;
    }

    /** The object a snapshot was read from, or one with its id, time, tags and paths for a snapshot read elsewhere. */
    public JsonNode echo(Snapshot snapshot) {
        JsonNode original = originals.get(snapshot);
        return original != null ? original : json(snapshot);
    }

    /** A snapshot as restic would list it: {@code id}, {@code time} as written, {@code tags}, {@code paths}. */
    public static ObjectNode json(Snapshot snapshot) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", snapshot.id());
        node.put("time", snapshot.time().toString());
        ArrayNode tags = node.putArray("tags");
        snapshot.tags().forEach(tags::add);
        ArrayNode paths = node.putArray("paths");
        snapshot.paths().forEach(paths::add);
        return node;
    }

    /** Restic's short id when given, else the position in the input, so that each row can be told apart. */
    private static String id(JsonNode node, int position) {
        JsonNode shortId = node.get("short_id");
        if (shortId != null && shortId.isTextual() && !shortId.asText().isBlank()) {
            return shortId.asText();
        }
        JsonNode id = node.get("id");
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            return id.asText().substring(0, Math.min(8, id.asText().length()));
        }
        return "#" + position;
    }

    private static OffsetDateTime time(JsonNode node, String origin, int position) {
        JsonNode time = node.get("time");
        String text = time == null || time.isNull() ? "" : time.asText();
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InputProblem(e, "error.retention.time", origin, position, text);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }
}
