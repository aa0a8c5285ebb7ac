package dev.vigie.drill;

import java.util.Arrays;
import java.util.Optional;

/** How a drill was run: Vigie restored the files itself, or a person followed a checklist on a device. */
public enum DrillKind {
    AUTOMATIC("automatic"),
    HANDS_ON("hands-on");

    private final String id;

    DrillKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DrillKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
