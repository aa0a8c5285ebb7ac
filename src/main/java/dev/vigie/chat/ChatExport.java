package dev.vigie.chat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A WhatsApp chat export as read: its messages in file order and the date order its dates were read in.
 *
 * @param messages  at least one, in the order of the file
 * @param dateOrder how the dates were read, found in the file or given by the user
 * @param warnings  what was read but not fully understood (notices in an unknown language, unreadable headers)
 */
public record ChatExport(List<ChatMessage> messages, DateOrder dateOrder, List<ChatWarning> warnings) {

    public ChatExport(List<ChatMessage> messages, DateOrder dateOrder) {
        this(messages, dateOrder, List.of());
    }

    public ChatExport {
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(dateOrder, "dateOrder");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A chat export has at least one message");
        }
    }

    /** The earliest message's time. */
    public Instant first() {
        return messages.stream().map(ChatMessage::time).min(Instant::compareTo).orElseThrow();
    }

    /** The latest message's time: the export was made at or after it. */
    public Instant last() {
        return messages.stream().map(ChatMessage::time).max(Instant::compareTo).orElseThrow();
    }

    /** Messages per author, by name; system lines have no author and are not counted here. */
    public Map<String, Integer> authors() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ChatMessage message : messages) {
            message.author().ifPresent(a -> counts.merge(a, 1, Integer::sum));
        }
        return counts;
    }

    /** Messages per kind, every kind present (zero when none). */
    public Map<MessageKind, Integer> kinds() {
        Map<MessageKind, Integer> counts = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            counts.put(kind, 0);
        }
        for (ChatMessage message : messages) {
            counts.merge(message.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** The deleted markers, in file order. */
    public List<ChatMessage> deleted() {
        return messages.stream().filter(m -> m.kind() == MessageKind.DELETED).toList();
    }
}
