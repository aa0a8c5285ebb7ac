package dev.vigie.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a customer may consent to, each on its own: consent to one purpose says nothing about another. */
public enum Purpose {
    /** Keep backups of the conversation. */
    ARCHIVE("archive"),
    /** Open the customer's restored or deleted messages. */
    RESTORE_ACCESS("restore-access"),
    /** Analyse conversations to improve support. */
    QUALITY_ANALYSIS("quality-analysis");

    private final String id;

    Purpose(String id) {
        this.id = id;
    }

    /** The word files and the command line use: {@code restore-access}. */
    public String id() {
        return id;
    }

    public static Optional<Purpose> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }
}
