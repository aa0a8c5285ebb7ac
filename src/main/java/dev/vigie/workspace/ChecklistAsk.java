package dev.vigie.workspace;

import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.consent.Purpose;
import dev.vigie.retention.RetentionRules;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user asks a restore checklist for, in the window or on the command line.
 *
 * @param scenario what happened or is planned
 * @param source   a registered source's name, or a folder
 * @param rules    the retention rules to assume; empty for the usual ones of the source's layout
 * @param created  when the lost messages appeared, if known
 * @param deleted  when they were deleted
 * @param lost     when the phone was lost
 * @param purpose  the purpose consent is checked for
 */
public record ChecklistAsk(ChecklistScenario scenario, String source, Optional<RetentionRules> rules,
                           Optional<Instant> created, Optional<Instant> deleted, Optional<Instant> lost,
                           Purpose purpose) {

    public ChecklistAsk {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(deleted, "deleted");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(purpose, "purpose");
    }
}
