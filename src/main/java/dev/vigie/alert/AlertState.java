package dev.vigie.alert;

/** What an alert says a source is: freshness as monitoring words it, plus a source Vigie could not check. */
public enum AlertState {
    /** The backup of the latest expected run is there. */
    UP(Minimum.NONE),
    /** No backup seen yet, and none expected so far. */
    NEW(Minimum.NONE),
    /** An expected run passed, its grace not yet. */
    LATE(Minimum.WARNING),
    /** An expected run and its grace passed without a backup. */
    DOWN(Minimum.CRITICAL),
    /** A new source whose first expected run passed without a backup. */
    NEW_OVERDUE(Minimum.CRITICAL),
    /** Vigie could not check the source at all (gone, unreadable, unreadable schedule...). */
    UNKNOWN(Minimum.WARNING);

    private final Minimum level;

    AlertState(Minimum level) {
        this.level = level;
    }

    /** The lowest channel minimum that hears of this state; {@link Minimum#NONE} for a state that is fine. */
    public Minimum level() {
        return level;
    }

    /** As stored and as the webhook's JSON names it: {@code UP}, {@code NEW-overdue}... */
    public String word() {
        return this == NEW_OVERDUE ? "NEW-overdue" : name();
    }

    public static AlertState fromWord(String word) {
        return "NEW-overdue".equals(word) ? NEW_OVERDUE : valueOf(word);
    }
}
