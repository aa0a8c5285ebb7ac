package dev.vigie.report;

import dev.vigie.health.HealthReport;
import dev.vigie.health.MonitoringLevel;
import java.util.Objects;

/**
 * What checking one source gave: its health report, or why it could not be checked at all (the folder is missing or
 * unreadable...). Every renderer of a check takes these, so a run over several sources reports each of them, the
 * ones that could not be checked included.
 */
public sealed interface CheckOutcome {

    /** The registered source's name. */
    String source();

    /** The verdict for monitoring tools; {@link MonitoringLevel#UNKNOWN} when the source could not be checked. */
    MonitoringLevel level();

    /** The source was checked. */
    record Checked(String source, HealthReport report) implements CheckOutcome {

        public Checked {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public MonitoringLevel level() {
            return report.level();
        }
    }

    /**
     * The source could not be checked.
     *
     * @param reason what happened and what to do, already in the user's language
     */
    record Unknown(String source, String reason) implements CheckOutcome {

        public Unknown {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public MonitoringLevel level() {
            return MonitoringLevel.UNKNOWN;
        }
    }
}
