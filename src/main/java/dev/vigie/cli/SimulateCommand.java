package dev.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SourceRef;
import dev.vigie.i18n.Formats;
import dev.vigie.report.Json;
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
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.simulation.SimulationResult;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.Timeline;
import dev.vigie.workspace.SimulationSource;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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

    @Option(names = "--source", paramLabel = "NAME|PATH", descriptionKey = "simulate.source")
    private String source;

    @Option(names = "--snapshots", paramLabel = "FILE", descriptionKey = "simulate.snapshots")
    private Path snapshots;

    @Option(names = "--schedule", paramLabel = "S", descriptionKey = "simulate.schedule")
    private String schedule;

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
        RetentionPolicy policy = policy();
        SimulationSource observed = observed(userZone, at);
        ZoneId scheduleZone = observed.zone(givenZone, context.zone());
        List<DataEvent> batch = events(scheduleZone);
        Schedule rule = observed.schedule(Optional.ofNullable(schedule), scheduleZone);
        Timeline timeline = observed.timeline(rule, policy, at);
        SimulationResult result = new Simulator(timeline, at, observed.place()).run(batch);

        PrintWriter out = spec.commandLine().getOut();
        Formats formats = new Formats(context.messages());
        if (json) {
            out.println(SimulationJson.render(result, scheduleZone, formats));
        } else {
            out.print(SimulationText.render(result, scheduleZone, formats));
        }
        out.flush();
        return result.outcomes().stream().allMatch(EventOutcome::recoverableNow) ? ExitCode.OK
                : ExitCode.PROBLEM_FOUND;
    }

    /** The restic policy of the flags or preset, applied at each simulated run. */
    private RetentionPolicy policy() {
        if (retention.isEmpty()) {
            throw new InputProblem("error.simulate.policy");
        }
        return RetentionPolicies.atEveryRun(retention.rules());
    }

    private SimulationSource observed(ZoneId userZone, Instant at) {
        if ((source == null) == (snapshots == null)) {
            throw new InputProblem("error.simulate.backups");
        }
        if (snapshots != null) {
            return SimulationSource.of(resticSnapshots(snapshots));
        }
        Optional<SourceRef> registered = Targets.registered(source, context);
        Workspace workspace = Targets.workspace(context);
        if (registered.isPresent()) {
            return workspace.simulationSource(registered.get().name());
        }
        return workspace.simulationSource(Path.of(source), userZone, at, ScanProgress.NONE);
    }

    /** restic's {@code snapshots --json}: an array of objects with {@code time} and {@code short_id}. */
    private static List<ObservedBackup> resticSnapshots(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputProblem(e, "error.simulate.snapshots", file);
        }
        if (root == null || !root.isArray()) {
            throw new InputProblem("error.simulate.snapshots", file);
        }
        List<ObservedBackup> backups = new ArrayList<>();
        for (JsonNode snapshot : root) {
            JsonNode time = snapshot.get("time");
            if (time == null || !time.isTextual()) {
                throw new InputProblem("error.simulate.snapshots", file);
            }
            Instant instant;
            try {
                instant = OffsetDateTime.parse(time.asText()).toInstant();
            } catch (DateTimeException e) {
                throw new InputProblem(e, "error.simulate.snapshots", file);
            }
            String id = snapshot.hasNonNull("short_id") ? snapshot.get("short_id").asText()
                    : snapshot.hasNonNull("id") ? snapshot.get("id").asText() : time.asText();
            backups.add(new ObservedBackup(instant, id));
        }
        return backups;
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
