package dev.vigie.backup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a source's copies live, for the 3-2-1 rule (two kinds of media, one copy off-site). */
public enum MediaKind {
    LOCAL_DISK("local-disk"),
    REMOVABLE("removable"),
    NETWORK_SHARE("network-share"),
    CLOUD("cloud");

    private final String id;

    MediaKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<MediaKind> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }
}
