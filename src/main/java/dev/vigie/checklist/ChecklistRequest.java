package dev.vigie.checklist;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.consent.Purpose;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked a checklist for.
 *
 * @param scenario what happened or is planned
 * @param source   the source's name or folder
 * @param layout   how it is organised
 * @param cloud    whether its backups live in a cloud the user reaches only through the app
 * @param location where its backups live, as the user would look for them
 * @param created  when the lost messages appeared (recover), if known
 * @param deleted  when they were deleted (recover, training: default now)
 * @param lost     when the phone was lost (lost)
 * @param purpose  the purpose consent is checked for
 * @param now      the present
 * @param zone     the zone the checklist shows times in
 */
public record ChecklistRequest(ChecklistScenario scenario, String source, Layout layout, boolean cloud,
                               String location, Optional<Instant> created, Optional<Instant> deleted,
                               Optional<Instant> lost, Purpose purpose, Instant now, ZoneId zone) {

    /** @throws InputProblem when the scenario's time is missing, or times are out of order */
    public ChecklistRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(deleted, "deleted");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        if (scenario == ChecklistScenario.RECOVER && deleted.isEmpty()) {
            throw new InputProblem("error.checklist.deleted");
        }
        if (scenario == ChecklistScenario.LOST && lost.isEmpty()) {
            throw new InputProblem("error.checklist.lost");
        }
        if (created.isPresent() && deleted.isPresent() && created.get().isAfter(deleted.get())) {
            throw new InputProblem("error.simulate.order", created.get(), deleted.get());
        }
    }
}
