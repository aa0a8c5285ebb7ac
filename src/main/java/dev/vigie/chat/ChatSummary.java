package dev.vigie.chat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A chat export as read in a stream: its counts, never its messages, so a file of any size is summed up in constant
 * memory (the deleted markers alone are kept, being what the answers are about).
 *
 * @param messages  how many messages, at least one
 * @param first     the earliest message's time
 * @param last      the latest message's time: the export was made at or after it
 * @param authors   messages per author, by name; system lines have no author and are not counted here
 * @param kinds     messages per kind, every kind present (zero when none)
 * @param deleted   the deleted markers, in file order
 * @param dateOrder how the dates were read, found in the file or given by the user
 * @param warnings  what was read but not fully understood (notices in an unknown language, unreadable headers)
 */
public record ChatSummary(int messages, Instant first, Instant last, Map<String, Integer> authors,
                          Map<MessageKind, Integer> kinds, List<ChatMessage> deleted, DateOrder dateOrder,
                          List<ChatWarning> warnings) {

    public ChatSummary {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(dateOrder, "dateOrder");
        authors = Map.copyOf(authors);
        kinds = Map.copyOf(kinds);
        deleted = List.copyOf(deleted);
        warnings = List.copyOf(warnings);
        if (messages < 1) {
            throw new IllegalArgumentException("A chat export has at least one message");
        }
    }

    @Override
    public Map<String, Integer> authors() {
        return new TreeMap<>(authors);
    }

    @Override
    public Map<MessageKind, Integer> kinds() {
        return new EnumMap<>(kinds);
    }

    /** Sums messages up as they are read. */
    static final class Builder {
        private int messages;
        private Instant first;
        private Instant last;
        private final Map<String, Integer> authors = new TreeMap<>();
        private final Map<MessageKind, Integer> kinds = new EnumMap<>(MessageKind.class);
        private final List<ChatMessage> deleted = new java.util.ArrayList<>();

        Builder() {
            for (MessageKind kind : MessageKind.values()) {
                kinds.put(kind, 0);
            }
        }

        void add(ChatMessage message) {
            messages++;
            first = first == null || message.time().isBefore(first) ? message.time() : first;
            last = last == null || message.time().isAfter(last) ? message.time() : last;
            message.author().ifPresent(a -> authors.merge(a, 1, Integer::sum));
            kinds.merge(message.kind(), 1, Integer::sum);
            if (message.kind() == MessageKind.DELETED) {
                deleted.add(message);
            }
        }

        ChatSummary build(DateOrder order, List<ChatWarning> warnings) {
            return new ChatSummary(messages, first, last, authors, kinds, deleted, order, warnings);
        }
    }
}
