package dev.vigie.report;

import dev.vigie.backup.Finding;
import dev.vigie.health.Gap;
import dev.vigie.health.HealthReport;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MissedRuns;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Health reports built by hand for the renderers' tests: a NAS backed up every night at 02:00 in Paris. */
final class Reports {

    /** 08:00 in Paris, six hours after the last nightly run. */
    static final Instant NOW = Paris.at("2026-11-21T08:00");
    static final Instant LAST_NIGHT = Paris.at("2026-11-21T02:00");
    static final Instant TONIGHT = Paris.at("2026-11-22T02:00");
    static final DailySchedule NIGHTLY = new DailySchedule(LocalTime.of(2, 0), Paris.ZONE, Duration.ofHours(2),
            false);

    private Reports() {
    }

    /** Up, nothing missed, no finding: all is well. */
    static HealthReport healthy() {
        return new HealthReport(HealthStatus.UP, NIGHTLY, Optional.of(LAST_NIGHT), TONIGHT, true,
                new MissedRuns(0, 0, 0), List.of(), 1.0, List.of());
    }

    static HealthReport with(HealthStatus status, Optional<Instant> latest, boolean firstSlotPassed,
                             MissedRuns missed, List<Gap> gaps, double coverage, Finding... findings) {
        return new HealthReport(status, NIGHTLY, latest, TONIGHT, firstSlotPassed, missed, gaps, coverage,
                List.of(findings));
    }
}
