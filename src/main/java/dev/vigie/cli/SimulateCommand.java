package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Formats;
import dev.vigie.report.SimulationJson;
import dev.vigie.report.SimulationText;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.schedule.Schedule;
import dev.vigie.simulation.DataEvent;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.EventsCsv;
import dev.vigie.simulation.LossEvent;
import dev.vigie.simulation.MessageEvent;
import dev.vigie.simulation.SimulationResult;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.Timeline;
import dev.vigie.workspace.SimulationSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie simulate}: which backups held a deleted message, and until when it can be restored. Exit 0 when every
 * event can be restored now, 1 when one cannot, 2 on bad input.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true)
public final class SimulateCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    private BackupsOptions backups;

    @Mixin
    private RetentionOptions retention;

    @Option(names = "--created", paramLabel = "TIME", descriptionKey = "simulate.created")
    private String created;

    @Option(names = "--deleted", paramLabel = "TIME", descriptionKey = "simulate.deleted")
    private String deleted;

    @Option(names = "--lost", paramLabel = "TIME", descriptionKey = "simulate.lost")
    private String lost;

    @Option(names = "--events", paramLabel = "FILE", descriptionKey = "simulate.events")
    private Path events;

    @Mixin
    private TimeOptions time;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    public SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<ZoneId> givenZone = time.givenZone();
        ZoneId userZone = time.zone(context);
        Instant at = time.now(context);
        SimulationSource observed = backups.load(context, userZone, at);
        RetentionPolicy policy = RetentionPolicies.atEveryRun(observed.rules(retention.given()));
        ZoneId scheduleZone = observed.zone(givenZone, context.zone());
        List<DataEvent> batch = events(scheduleZone);
        Schedule rule = backups.schedule(observed, scheduleZone);
        Timeline timeline = observed.timeline(rule, policy, at);
        SimulationResult result = new Simulator(timeline, at, observed.place()).run(batch);

        PrintWriter out = spec.commandLine().getOut();
        Formats formats = new Formats(context.messages());
        if (json) {
            out.println(SimulationJson.render(result, scheduleZone, formats, policy.describe(), retention.isEmpty()));
        } else {
            out.println(retention.said(context.messages(), policy.describe()));
            out.print(SimulationText.render(result, scheduleZone, formats));
        }
        out.flush();
        return result.outcomes().stream().allMatch(EventOutcome::recoverableNow) ? ExitCode.OK
                : ExitCode.PROBLEM_FOUND;
    }

    private List<DataEvent> events(ZoneId zoneOfTimes) {
        int kinds = (events != null ? 1 : 0) + (lost != null ? 1 : 0) + (deleted != null ? 1 : 0);
        if (kinds != 1 || created != null && deleted == null) {
            throw new InputProblem("error.simulate.event");
        }
        if (events != null) {
            String text;
            try {
                text = Files.readString(events, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputProblem(e, "error.simulate.events.read", events);
            }
            return EventsCsv.parse(events.toString(), text, t -> TimeOptions.parseTime(t, zoneOfTimes));
        }
        if (lost != null) {
            return List.of(new LossEvent(context.messages().get("simulate.label.loss"),
                    TimeOptions.parseTime(lost, zoneOfTimes)));
        }
        Instant end = TimeOptions.parseTime(deleted, zoneOfTimes);
        Optional<Instant> start = Optional.ofNullable(created).map(t -> TimeOptions.parseTime(t, zoneOfTimes));
        if (start.filter(s -> s.isAfter(end)).isPresent()) {
            throw new InputProblem("error.simulate.order", created, deleted);
        }
        return List.of(new MessageEvent(context.messages().get("simulate.label.message"), start, end));
    }
}
