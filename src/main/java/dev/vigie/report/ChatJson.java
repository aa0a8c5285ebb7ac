package dev.vigie.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.chat.ChatMessage;
import dev.vigie.chat.ChatSummary;
import dev.vigie.chat.ChatWarning;
import dev.vigie.chat.ImportedChat;
import dev.vigie.chat.MessageKind;
import dev.vigie.simulation.ChatDeletions;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Chat exports as JSON: an import's counts ({@code {"messages", "authors", "kinds", "deleted", "first", "last",
 * "warnings"}}),
 * the list of imported chats, and which deleted messages a source's backups hold. Times in the given zone.
 */
public final class ChatJson {

    private ChatJson() {
    }

    /** {@code vigie chat import --json}. */
    public static String imported(ImportedChat chat, ChatSummary export, ZoneId zone) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("id", chat.id());
        root.put("contact", chat.contactId());
        root.put("messages", export.messages());
        ObjectNode authors = root.putObject("authors");
        for (Map.Entry<String, Integer> e : export.authors().entrySet()) {
            authors.put(e.getKey(), e.getValue());
        }
        ObjectNode kinds = root.putObject("kinds");
        for (Map.Entry<MessageKind, Integer> e : export.kinds().entrySet()) {
            kinds.put(e.getKey().id(), e.getValue());
        }
        ArrayNode deleted = root.putArray("deleted");
        for (ChatMessage m : export.deleted()) {
            ObjectNode d = deleted.addObject();
            d.put("time", Json.time(m.time(), zone));
            d.put("author", m.author().orElse(null));
            d.put("byYou", m.byYou());
        }
        root.put("first", Json.time(export.first(), zone));
        root.put("last", Json.time(export.last(), zone));
        // Notices in a language Vigie has no words for (system: unknown, with the language guessed from the
        // script) and header lines in a form it cannot read (left out), each with its (first) line.
        ArrayNode warnings = root.putArray("warnings");
        for (ChatWarning w : export.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("code", w.code());
            o.put("line", w.line());
            o.put(w.code().equals(ChatWarning.UNKNOWN_NOTICE) ? "language" : "header", w.detail());
            o.put("count", w.count());
        }
        return write(root);
    }

    /** {@code vigie chat list --json}. */
    public static String list(List<ImportedChat> chats, ZoneId zone) {
        ArrayNode all = Json.mapper().createArrayNode();
        for (ImportedChat chat : chats) {
            ObjectNode node = all.addObject();
            node.put("id", chat.id());
            node.put("contact", chat.contactId());
            node.put("source", chat.source().orElse(null));
            node.put("file", chat.fileName());
            node.put("importedAt", Json.time(chat.importedAt(), zone));
            node.put("zone", chat.zone().getId());
            node.put("dateOrder", chat.dateOrder().id());
            node.put("messages", chat.messages());
            node.put("deleted", chat.deleted());
            node.put("first", Json.time(chat.first(), zone));
            node.put("last", Json.time(chat.last(), zone));
        }
        return write(all);
    }

    /** {@code vigie chat simulate --json}. */
    public static String recovery(ChatDeletions.Result result, String source, String policy, ZoneId zone) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("source", source);
        root.put("policy", policy);
        root.put("deletionKnown", result.deletionKnown());
        summary(root.putObject(result.deletionKnown() ? "asGiven" : "deletedBeforeExport"), result.late(), zone);
        result.early().ifPresent(s -> summary(root.putObject("deletedWhenSent"), s, zone));
        ArrayNode messages = root.putArray("messages");
        for (ChatDeletions.Answer a : result.answers()) {
            ObjectNode node = messages.addObject();
            node.put("author", a.message().label());
            node.put("sent", Json.time(a.message().sent(), zone));
            node.put("recoverableNow", a.late().recoverableNow());
            node.put("capturedBy", a.late().capturedBy().size());
            node.put("bestBackup", a.late().bestBackup().map(b -> Json.time(b.created(), zone)).orElse(null));
            a.early().ifPresent(e -> node.put("recoverableNowIfDeletedWhenSent", e.recoverableNow()));
        }
        return write(root);
    }

    private static void summary(ObjectNode node, ChatDeletions.Summary s, ZoneId zone) {
        node.put("deleted", s.total());
        node.put("inBackup", s.inBackup());
        node.put("backup", s.backup().map(b -> Json.time(b.created(), zone)).orElse(null));
        node.put("backupName", s.backup().flatMap(b -> b.name()).orElse(null));
        node.put("elsewhere", s.elsewhere());
        node.put("neverCaptured", s.neverCaptured());
        node.put("removed", s.removed());
    }

    private static String write(Object node) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
