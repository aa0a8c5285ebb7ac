package dev.vigie.ui.checklist;

import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Progress;
import dev.vigie.consent.Purpose;
import dev.vigie.retention.RetentionRules;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.workspace.ChecklistAsk;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** What the checklist view asks of the core, without a window: reading the form, and how far a checklist is. */
final class ChecklistModel {

    /** Under this much time left, the deadline is shown as urgent. */
    static final Duration URGENT = Duration.ofHours(48);

    private ChecklistModel() {
    }

    /** Whether a scenario asks when the messages were deleted (and, optionally, created). */
    static boolean asksDeleted(ChecklistScenario scenario) {
        return scenario == ChecklistScenario.RECOVER || scenario == ChecklistScenario.TRAINING;
    }

    /** Whether a scenario asks when the phone was lost. */
    static boolean asksLost(ChecklistScenario scenario) {
        return scenario == ChecklistScenario.LOST;
    }

    /**
     * A retention choice of the form: the usual rules of the source, a preset, or rules brought from the simulator.
     *
     * @param key   the message key of its name
     * @param arg   what the name shows, when it needs it
     * @param rules empty for the usual rules of the source's layout
     */
    record RetentionChoice(String key, String arg, Optional<RetentionRules> rules) {

        static final RetentionChoice USUAL = new RetentionChoice("checklist.ui.retention.usual", "", Optional.empty());

        RetentionChoice {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(arg, "arg");
            Objects.requireNonNull(rules, "rules");
        }
    }

    /** The form as typed: dates may be missing and times may not read; {@link #ask} says so. */
    record Form(ChecklistScenario scenario, String source, LocalDate createdDate, String createdTime,
                LocalDate eventDate, String eventTime, Purpose purpose, RetentionChoice retention) {
    }

    /**
     * What the form asks, its local times read in {@code zone}.
     *
     * @throws InputProblem without a source, or when a date or time is missing, does not read or is out of order
     */
    static ChecklistAsk ask(Form form, ZoneId zone) {
        if (form.scenario() == null) {
            throw new InputProblem("error.checklist.ui.scenario");
        }
        if (form.source() == null || form.source().isBlank()) {
            throw new InputProblem("error.checklist.ui.source");
        }
        Optional<Instant> created = Optional.empty();
        Optional<Instant> deleted = Optional.empty();
        Optional<Instant> lost = Optional.empty();
        if (asksDeleted(form.scenario())) {
            boolean noCreated = form.createdDate() == null && (form.createdTime() == null
                    || form.createdTime().isBlank());
            if (!noCreated) {
                created = Optional.of(TimeFields.dateTime(form.createdDate(), form.createdTime()).atZone(zone)
                        .toInstant());
            }
            deleted = Optional.of(TimeFields.dateTime(form.eventDate(), form.eventTime()).atZone(zone).toInstant());
            if (created.isPresent() && created.get().isAfter(deleted.get())) {
                throw new InputProblem("error.simulator.order");
            }
        } else if (asksLost(form.scenario())) {
            lost = Optional.of(TimeFields.dateTime(form.eventDate(), form.eventTime()).atZone(zone).toInstant());
        }
        Purpose purpose = form.purpose() == null ? Purpose.RESTORE_ACCESS : form.purpose();
        RetentionChoice retention = form.retention() == null ? RetentionChoice.USUAL : form.retention();
        return new ChecklistAsk(form.scenario(), form.source().strip(), retention.rules(), created, deleted, lost,
                purpose);
    }

    /** How many of the checklist's steps are ticked. */
    static long ticked(Checklist checklist, Progress progress) {
        return checklist.steps().filter(s -> progress.ticks().containsKey(s.id())).count();
    }

    static long steps(Checklist checklist) {
        return checklist.steps().count();
    }

    /** The time left before retention removes the backup, from {@code now}; empty without a deadline. */
    static Optional<Duration> timeLeft(Checklist checklist, Instant now) {
        return checklist.deadline().map(d -> Duration.between(now, d));
    }

    /** Whether the deadline is close (under 48 hours) or passed. */
    static boolean urgent(Duration timeLeft) {
        return timeLeft.compareTo(URGENT) < 0;
    }

    /**
     * Both names a sign-off needs.
     *
     * @throws InputProblem {@code error.checklist.signoff} when one is blank
     */
    static void requireNames(String performedBy, String checkedBy) {
        if (performedBy == null || performedBy.isBlank() || checkedBy == null || checkedBy.isBlank()) {
            throw new InputProblem("error.checklist.signoff");
        }
    }
}
