package dev.vigie.health;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.schedule.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "are my backups fresh, complete and intact?" for one source at one moment.
 *
 * @param status         freshness
 * @param schedule       the schedule it was judged against (given or inferred)
 * @param latest         the newest backup's time
 * @param nextExpected   the next expected run after now
 * @param firstSlotPassed whether an expected run has passed since the source was first watched (a NEW source
 *                       whose first run passed is CRITICAL)
 * @param missedRuns     counts of missed runs
 * @param gaps           every gap in the history, oldest first
 * @param coverage30Days share of the last 30 days' expected runs that have a backup, 0 to 1 (1 when none expected)
 * @param findings       anomalies and integrity problems
 */
public record HealthReport(HealthStatus status, Schedule schedule, Optional<Instant> latest,
                           Instant nextExpected, boolean firstSlotPassed, MissedRuns missedRuns, List<Gap> gaps,
                           double coverage30Days, List<Finding> findings) {

    public HealthReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(nextExpected, "nextExpected");
        Objects.requireNonNull(missedRuns, "missedRuns");
        gaps = List.copyOf(gaps);
        findings = List.copyOf(findings);
    }

    /** The longest gap, if any. */
    public Optional<Gap> longestGap() {
        return gaps.stream().max(java.util.Comparator.comparing(g -> java.time.Duration.between(g.from(), g.to())));
    }

    /** The same report with more findings (integrity checks run after the freshness analysis). */
    public HealthReport withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new HealthReport(status, schedule, latest, nextExpected, firstSlotPassed, missedRuns, gaps,
                coverage30Days, all);
    }

    /**
     * 0 OK (UP, or NEW before its first run, with no warning), 1 WARNING (LATE or a WARNING finding), 2 CRITICAL
     * (DOWN, NEW past its first run, or a CRITICAL finding).
     */
    public MonitoringLevel level() {
        boolean critical = status == HealthStatus.DOWN || (status == HealthStatus.NEW && firstSlotPassed)
                || findings.stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
        if (critical) {
            return MonitoringLevel.CRITICAL;
        }
        boolean warning = status == HealthStatus.LATE
                || findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
        return warning ? MonitoringLevel.WARNING : MonitoringLevel.OK;
    }
}
