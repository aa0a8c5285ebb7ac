package dev.vigie.workspace;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SourceRef;
import dev.vigie.health.HealthReport;
import dev.vigie.health.MonitoringLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * A source's health as the dashboard and {@code vigie check} show it: the report, or why it could not be checked
 * (the folder is gone, unreadable...), which monitoring calls UNKNOWN.
 *
 * @param source  the source
 * @param report  the health report, when the source could be checked
 * @param problem what stopped the check (each face words it in its user's language), when it could not be
 */
public record SourceHealth(SourceRef source, Optional<HealthReport> report, Optional<InputProblem> problem) {

    public SourceHealth {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(problem, "problem");
        if (report.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a source health has either a report or a problem");
        }
    }

    public MonitoringLevel level() {
        return report.map(HealthReport::level).orElse(MonitoringLevel.UNKNOWN);
    }
}
