package dev.vigie.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of {@code vigie check --all --alert}, as {@code vigie watch status} reports the last one.
 *
 * @param level    the worst monitoring level of the run: OK, WARNING, CRITICAL or UNKNOWN
 * @param sources  how many sources were checked
 * @param alerts   how many alerts were delivered
 * @param failures how many deliveries failed (retried at the next run)
 */
public record WatchRun(Instant at, String level, int sources, int alerts, int failures) {

    public WatchRun {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(level, "level");
    }
}
