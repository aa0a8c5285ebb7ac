package dev.vigie.drill;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a drill got the data back: yes, partly or no. {@link #id()} is stored and shown to scripts. */
public enum DrillOutcome {
    RESTORED("yes"),
    PARTLY("partly"),
    NOT_RESTORED("no");

    private final String id;

    DrillOutcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** All chosen files restored intact: yes; none: no; some: partly. */
    public static DrillOutcome of(int chosen, int intact) {
        if (chosen > 0 && intact == chosen) {
            return RESTORED;
        }
        return intact == 0 ? NOT_RESTORED : PARTLY;
    }

    public static Optional<DrillOutcome> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.id.equals(wanted)).findFirst();
    }
}
