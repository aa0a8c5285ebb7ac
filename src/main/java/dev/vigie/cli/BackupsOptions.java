package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SourceRef;
import dev.vigie.retention.Snapshot;
import dev.vigie.schedule.Schedule;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.workspace.SimulationSource;
import dev.vigie.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the simulator's backups come from and when they run, for {@code simulate} and {@code whatif}. */
public final class BackupsOptions {

    @Option(names = "--source", paramLabel = "NAME|PATH", descriptionKey = "simulate.source")
    private String source;

    @Option(names = "--snapshots", paramLabel = "FILE", descriptionKey = "simulate.snapshots")
    private String snapshots;

    @Option(names = "--schedule", paramLabel = "S", descriptionKey = "simulate.schedule")
    private String schedule;

    /**
     * A registered source's history, a folder scanned now (not recorded), or restic's snapshots.
     *
     * @throws InputProblem when neither or both are given, or they cannot be read
     */
    SimulationSource load(CliContext context, ZoneId userZone, Instant now) {
        if ((source == null) == (snapshots == null)) {
            throw new InputProblem("error.simulate.backups");
        }
        if (snapshots != null) {
            List<Snapshot> listed = Targets.resticSnapshots(snapshots, context).snapshots();
            return SimulationSource.of(listed.stream()
                    .map(s -> new ObservedBackup(s.time().toInstant(), s.id())).toList());
        }
        Optional<SourceRef> registered = Targets.registered(source, context);
        Workspace workspace = Targets.workspace(context);
        if (registered.isPresent()) {
            return workspace.simulationSource(registered.get().name());
        }
        return workspace.simulationSource(Path.of(source), userZone, now, ScanProgress.NONE);
    }

    /** The {@code --schedule} given, else the source's own, else the one its backups suggest. */
    Schedule schedule(SimulationSource backups, ZoneId zone) {
        return backups.schedule(Optional.ofNullable(schedule), zone);
    }
}
