package dev.vigie.ui.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An audit entry as a person reads it: the action by its label, the subject by its name and the details, stored as
 * JSON for the hash chain and the export, as a sentence ("Purpose: Restore access; granted: 6 Dec 2026, 02:01").
 * The log itself is never changed: this is only how the window shows it.
 */
public final class AuditWords {

    private final Formats formats;
    private final ZoneId zone;
    private final Function<String, String> contactNames;

    /** @param contactNames a contact's name from its id; the id itself when the contact is gone */
    public AuditWords(Formats formats, ZoneId zone, Function<String, String> contactNames) {
        this.formats = formats;
        this.zone = zone;
        this.contactNames = contactNames;
    }

    /** An action in words ("Consent granted"); one this Vigie does not know shows as stored. */
    public String action(String action) {
        String key = "ui.audit.action." + action;
        return formats.messages().bundle().containsKey(key) ? formats.messages().get(key) : action;
    }

    /** What an entry is about: a contact by name, anything else (a source, a checklist) as stored. */
    public String subject(String subject) {
        return contactNames.apply(subject);
    }

    /** The details in words; text that is not a JSON object is shown as it is. */
    public String details(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException notJson) {
            return json;
        }
        if (root == null || !root.isObject()) {
            return json;
        }
        Messages m = formats.messages();
        List<String> parts = new ArrayList<>();
        // The log stores its keys in order for the hash; a person reads the purpose first.
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        root.fields().forEachRemaining(fields::add);
        fields.sort(java.util.Comparator.comparing(f -> !f.getKey().equals("purpose")));
        for (Map.Entry<String, JsonNode> field : fields) {
            String key = "ui.audit.detail." + field.getKey();
            String label = m.bundle().containsKey(key) ? m.get(key) : field.getKey();
            parts.add(m.get("ui.audit.detail.pair", label, value(field.getKey(), field.getValue())));
        }
        String sentence = String.join(m.get("ui.audit.detail.separator"), parts);
        return sentence.isEmpty() ? sentence
                : sentence.substring(0, 1).toUpperCase(formats.locale()) + sentence.substring(1);
    }

    private String value(String name, JsonNode node) {
        Messages m = formats.messages();
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(value(name, v)));
            return values.isEmpty() ? m.get("ui.audit.detail.none") : String.join(", ", values);
        }
        if (node.isBoolean()) {
            return m.get(node.asBoolean() ? "ui.audit.detail.yes" : "ui.audit.detail.no");
        }
        if (node.isObject()) {
            return details(node.toString());
        }
        String text = node.asText();
        if (name.equals("purpose")) {
            return Purpose.fromId(text).map(p -> m.get("ui.purpose." + p.id())).orElse(text);
        }
        if (name.equals("contact") || name.equals("contactId")) {
            return contactNames.apply(text);
        }
        String reason = "ui.audit.reason." + text;
        if (name.equals("reasons") && m.bundle().containsKey(reason)) {
            return m.get(reason);
        }
        if (text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            try {
                return formats.dateTime(Instant.parse(text), zone);
            } catch (DateTimeParseException notATime) {
                return text;
            }
        }
        return text;
    }
}
