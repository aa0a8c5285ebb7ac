package dev.vigie.health;

/** Freshness, in the spirit of healthchecks.io. The number is the one exported to Prometheus. */
public enum HealthStatus {
    /** The backup for the latest expected run is there. */
    UP(0),
    /** An expected run passed without a backup, but its grace has not run out. */
    LATE(1),
    /** An expected run passed without a backup, and its grace too. */
    DOWN(2),
    /** No backup seen yet. */
    NEW(3);

    private final int metric;

    HealthStatus(int metric) {
        this.metric = metric;
    }

    public int metric() {
        return metric;
    }
}
