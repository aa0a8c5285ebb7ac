package dev.vigie.backup;

/** The kinds of per-entry problem a scan reports and goes on. Each has a message key {@code warning.<id>}. */
public enum WarningCode {
    UNREADABLE("unreadable"),
    SYMLINK_LOOP("symlink-loop"),
    BROKEN_LINK("broken-link"),
    LINK_OUTSIDE_SOURCE("link-outside-source"),
    INVALID_NAME("invalid-name"),
    FUTURE_TIME("future-time"),
    TIME_FROM_NAME("time-from-name"),
    COPY_TIME("copy-time"),
    DST_GAP("dst-gap"),
    DST_OVERLAP("dst-overlap"),
    UNMATCHED("unmatched"),
    ORPHAN_FILE("orphan-file"),
    SEVERAL_FOLDERS("several-folders"),
    MISSING_PLIST("missing-plist"),
    UNREADABLE_PLIST("unreadable-plist"),
    NO_TIME("no-time");

    private final String id;

    WarningCode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String messageKey() {
        return "warning." + id;
    }

    public static WarningCode fromId(String id) {
        for (WarningCode c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown warning code: " + id);
    }
}
