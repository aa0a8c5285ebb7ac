package dev.vigie.ui.simulator;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.IsoTime;
import dev.vigie.retention.CalendarSpan;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.retention.Snapshot;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.DataEvent;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.EventsCsv;
import dev.vigie.simulation.LossEvent;
import dev.vigie.simulation.MessageEvent;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.simulation.Scenario;
import dev.vigie.simulation.SimulationResult;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.Timeline;
import dev.vigie.simulation.WhatIf;
import dev.vigie.simulation.WhatIfResult;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.workspace.SimulationSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the simulator view asks of the core, without a window: reading the form, and the work done off the FX
 * thread (a timeline and its answer, a batch of events, a what-if comparison, what a policy keeps today).
 */
final class SimulatorModel {

    private SimulatorModel() {
    }

    /** A deleted message or a lost device. */
    enum Kind { MESSAGE, LOSS }

    /**
     * Rules of one's own, as the custom form holds them: counts (0 off, -1 unlimited) and keep-within spans in
     * restic's form ({@code 7d}, empty for off).
     */
    record CustomRules(int last, int hourly, int daily, int weekly, int monthly, int yearly, String within,
                       String withinHourly, String withinDaily, String withinWeekly, String withinMonthly,
                       String withinYearly) {

        /** @throws InputProblem {@code error.retention.span} naming a span that does not read */
        RetentionRules rules() {
            return RetentionRules.NONE.withLast(last).withHourly(hourly).withDaily(daily).withWeekly(weekly)
                    .withMonthly(monthly).withYearly(yearly).withWithin(span(within))
                    .withWithinHourly(span(withinHourly)).withWithinDaily(span(withinDaily))
                    .withWithinWeekly(span(withinWeekly)).withWithinMonthly(span(withinMonthly))
                    .withWithinYearly(span(withinYearly));
        }

        private static CalendarSpan span(String text) {
            return text == null || text.isBlank() ? CalendarSpan.NONE : CalendarSpan.parse(text);
        }
    }

    /**
     * The preset's rules, or the custom form's.
     *
     * @throws InputProblem when a span does not read, or when no rule is set ({@code error.retention.empty})
     */
    static RetentionRules rules(String preset, CustomRules custom) {
        RetentionRules rules = RetentionPresets.CUSTOM.equals(preset) ? custom.rules()
                : RetentionPresets.named(preset).orElseThrow(() -> new InputProblem("error.retention.preset",
                preset, RetentionPresets.CUSTOM)).rules();
        RetentionPolicies.atEveryRun(rules); // refuses a policy without rules, as restic does
        return rules;
    }

    /** A local date and an {@code HH:mm} time, as {@link TimeFields#dateTime} reads them. */
    static LocalDateTime dateTime(LocalDate date, String time) {
        return TimeFields.dateTime(date, time);
    }

    /** A time of day as the time fields show it. */
    static String timeText(LocalTime time) {
        return TimeFields.text(time);
    }

    /** What the form asks: which source, under which rules and schedule, and the event. */
    record Request(String source, RetentionRules rules, Optional<String> schedule, Kind kind,
                   Optional<LocalDateTime> created, LocalDateTime at, String label) {

        Request {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(at, "at");
            if (kind == Kind.MESSAGE && created.filter(c -> c.isAfter(at)).isPresent()) {
                throw new InputProblem("error.simulator.order");
            }
        }

        /** The event, its local times read in the source's zone. */
        DataEvent event(ZoneId zone) {
            Instant when = at.atZone(zone).toInstant();
            if (kind == Kind.LOSS) {
                return new LossEvent(label, when);
            }
            return new MessageEvent(label, created.map(c -> c.atZone(zone).toInstant()), when);
        }
    }

    /**
     * A source with its rules applied: the timeline, the simulator over it, and what today's policy keeps of the
     * backups seen.
     */
    record Simulation(SimulationSource source, ZoneId zone, Schedule schedule, RetentionRules rules,
                      Timeline timeline, Simulator simulator, Instant now) {
    }

    /** An answered event with the simulation that answered it. */
    record Answer(Simulation simulation, EventOutcome outcome, LifetimeData lifetimes) {
    }

    /** The zone a source's times are read and shown in: its own, else the user's. */
    static ZoneId zone(SimulationSource source, ZoneId userZone) {
        return source.zone(Optional.empty(), userZone);
    }

    /**
     * Builds the timeline of a source under rules and schedule.
     *
     * @throws InputProblem when the schedule does not read or the rules are empty
     */
    static Simulation simulation(SimulationSource source, RetentionRules rules, Optional<String> schedule,
                                 ZoneId userZone, Instant now) {
        ZoneId zone = zone(source, userZone);
        Schedule runs = source.schedule(schedule, zone);
        Timeline timeline = source.timeline(runs, RetentionPolicies.atEveryRun(rules), now);
        return new Simulation(source, zone, runs, rules, timeline, new Simulator(timeline, now, source.place()), now);
    }

    /** Answers one event. */
    static Answer answer(SimulationSource source, Request request, ZoneId userZone, Instant now) {
        Simulation simulation = simulation(source, request.rules(), request.schedule(), userZone, now);
        EventOutcome outcome = simulation.simulator().outcome(request.event(simulation.zone()));
        return new Answer(simulation, outcome, LifetimeData.of(simulation.timeline()));
    }

    /**
     * What the chat export section asks of an imported chat: the form's policy, and when the messages were deleted
     * if the user said so.
     *
     * @param deleted empty when unknown: then both ends are answered
     */
    record ChatAsk(RetentionRules rules, Optional<Instant> deleted) {

        ChatAsk {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(deleted, "deleted");
        }
    }

    /**
     * The deletion time the chat section uses: the form's, when the event is a deleted message and the user gave its
     * time; unknown when the event is a loss or its fields still hold the present the form started with.
     *
     * @param prefilled what the form filled the event's fields with, to the minute; empty when it filled nothing
     * @throws InputProblem when the date or time the user gave does not read
     */
    static Optional<Instant> chatDeleted(Kind kind, LocalDate date, String time, Optional<LocalDateTime> prefilled,
                                         ZoneId zone) {
        if (kind != Kind.MESSAGE) {
            return Optional.empty();
        }
        LocalDateTime at = dateTime(date, time);
        if (prefilled.filter(at::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(at.atZone(zone).toInstant());
    }

    /**
     * A batch of events from a CSV, its times read in the source's zone.
     *
     * @throws InputProblem naming the line that does not read; nothing is answered then
     */
    static SimulationResult batch(Simulation simulation, String file, String text) {
        List<DataEvent> events = EventsCsv.parse(file, text, t -> IsoTime.parse(t, simulation.zone()));
        return simulation.simulator().run(events);
    }

    /** One way of backing up to compare: rules and, when given, a schedule to assume instead of what was seen. */
    record ScenarioSpec(String label, RetentionRules rules, Optional<String> schedule) {
    }

    /**
     * Compares the scenarios over the observed period; the first is the backups as observed under the form's rules.
     *
     * @throws InputProblem when a schedule does not read or nothing was observed before now
     */
    static WhatIfResult compare(SimulationSource source, String currentLabel, RetentionRules current,
                                List<ScenarioSpec> alternatives, Optional<String> schedule, Duration delay,
                                ZoneId userZone, Instant now) {
        ZoneId zone = zone(source, userZone);
        Schedule runs = source.schedule(schedule, zone);
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.asObserved(currentLabel, RetentionPolicies.atEveryRun(current)));
        for (ScenarioSpec spec : alternatives) {
            RetentionPolicy policy = RetentionPolicies.atEveryRun(spec.rules());
            scenarios.add(spec.schedule().isPresent()
                    ? new Scenario(spec.label(), Optional.of(Schedules.parse(spec.schedule().get(), zone,
                    Optional.empty())), policy)
                    : Scenario.asObserved(spec.label(), policy));
        }
        return WhatIf.compare(source.backups(), runs, scenarios, delay, now);
    }

    /**
     * What the rules keep of the backups seen, applied once now, as {@code vigie retention} does: each backup at
     * the offset its zone had then, since its wall clock decides its day, week and month.
     */
    static RetentionDecision kept(SimulationSource source, RetentionRules rules, ZoneId userZone, Instant now) {
        ZoneId zone = zone(source, userZone);
        List<Snapshot> snapshots = new ArrayList<>();
        for (ObservedBackup backup : source.backups()) {
            snapshots.add(new Snapshot(backup.name(), backup.time().atZone(zone).toOffsetDateTime(), List.of(),
                    List.of()));
        }
        return RetentionPolicies.restic(rules, now).apply(snapshots);
    }
}
