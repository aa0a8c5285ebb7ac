package dev.vigie.chat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a chat export as Vigie keeps it: when, who, what kind. The text itself is never kept.
 *
 * @param author the sender's display name; empty for a system line (group created, security code changed...)
 * @param byYou  for a deleted marker, whether the one who exported the chat deleted it ("You deleted this message")
 */
public record ChatMessage(Instant time, Optional<String> author, MessageKind kind, boolean byYou) {

    public ChatMessage {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
    }
}
