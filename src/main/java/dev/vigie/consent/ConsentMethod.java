package dev.vigie.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the customer gave consent; the evidence reference says where the proof is. */
public enum ConsentMethod {
    FORM("form"),
    WHATSAPP_MESSAGE("whatsapp-message"),
    PAPER("paper"),
    OTHER("other");

    private final String id;

    ConsentMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ConsentMethod> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }
}
