package dev.vigie.drill;

import dev.vigie.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a restore costs, as a checklist states it: the expected recovery time (RTO), measured by the last drill, and
 * the data lost between backups (RPO), from the schedule.
 *
 * @param recoveryTime   how long the last drill that counts took; empty when none was run
 * @param measuredAt     when that drill was run
 * @param recoveryPoint  the data a restore loses when the last run went as planned: one period of the schedule
 * @param worstCase      the most it loses while the schedule still counts as kept: a period and the grace of a
 *                       late run
 */
public record RecoveryObjectives(Optional<Duration> recoveryTime, Optional<Instant> measuredAt,
                                 Duration recoveryPoint, Duration worstCase) {

    public RecoveryObjectives {
        Objects.requireNonNull(recoveryTime, "recoveryTime");
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(recoveryPoint, "recoveryPoint");
        Objects.requireNonNull(worstCase, "worstCase");
    }

    public static RecoveryObjectives of(Optional<Drill> lastTest, Schedule schedule) {
        Duration period = schedule.nominalPeriod();
        return new RecoveryObjectives(lastTest.map(Drill::duration), lastTest.map(Drill::startedAt), period,
                period.plus(schedule.grace()));
    }
}
