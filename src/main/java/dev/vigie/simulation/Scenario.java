package dev.vigie.simulation;

import dev.vigie.retention.RetentionPolicy;
import dev.vigie.schedule.Schedule;
import java.util.Objects;
import java.util.Optional;

/**
 * One way of backing up to compare: a schedule and a retention policy, under the label the user gave it.
 *
 * @param label    what the user calls it: "current", "daily, 7 local copies", "hourly"
 * @param schedule the runs to assume over the observed period; empty for the backups actually observed (with missed
 *                 runs and all), the source's schedule after them
 * @param policy   how long each backup is kept
 */
public record Scenario(String label, Optional<Schedule> schedule, RetentionPolicy policy) {

    public Scenario {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(policy, "policy");
    }

    /** The backups as they were made, kept by this policy. */
    public static Scenario asObserved(String label, RetentionPolicy policy) {
        return new Scenario(label, Optional.empty(), policy);
    }
}
