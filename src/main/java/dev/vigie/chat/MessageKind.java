package dev.vigie.chat;

import java.util.Arrays;
import java.util.Optional;

/** What a line of a chat export is, as far as Vigie looks: never what it says. */
public enum MessageKind {
    TEXT("text"),
    MEDIA("media"),
    SYSTEM("system"),
    DELETED("deleted");

    private final String id;

    MessageKind(String id) {
        this.id = id;
    }

    /** The word the database, the JSON and the command line use. */
    public String id() {
        return id;
    }

    public static Optional<MessageKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
