package dev.vigie.alert;

import java.util.Locale;
import java.util.Optional;

/** The least a channel is told about ({@code --min warning|critical}); NONE is the level of a state that is fine. */
public enum Minimum {
    NONE, WARNING, CRITICAL;

    /** Whether something of {@code level} reaches a channel of this minimum; a fine state reaches none. */
    public boolean hears(Minimum level) {
        return level != NONE && level.ordinal() >= ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code warning} or {@code critical}, as the command line and the database write it. */
    public static Optional<Minimum> fromId(String id) {
        return switch (id.strip().toLowerCase(Locale.ROOT)) {
            case "warning" -> Optional.of(WARNING);
            case "critical" -> Optional.of(CRITICAL);
            default -> Optional.empty();
        };
    }
}
