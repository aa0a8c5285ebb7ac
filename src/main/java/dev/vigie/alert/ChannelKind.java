package dev.vigie.alert;

import java.util.Locale;

/** How a channel delivers. */
public enum ChannelKind {
    EMAIL, WEBHOOK, PING, DESKTOP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
