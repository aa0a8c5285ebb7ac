package dev.vigie.backup;

/** Where the time of a backup set was read from. */
public enum TimeSource {
    /** The files' last-modified time. */
    MTIME("mtime"),
    /** A date or time carried by the file or folder name. */
    NAME("name"),
    /** A time written by the backup tool in its own metadata (an iPhone backup's plists). */
    METADATA("metadata");

    private final String id;

    TimeSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static TimeSource fromId(String id) {
        for (TimeSource s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown time source: " + id);
    }
}
