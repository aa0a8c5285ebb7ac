package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SeenBackup;
import dev.vigie.report.ResticSnapshots;
import dev.vigie.report.RetentionJson;
import dev.vigie.report.RetentionText;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.Snapshot;
import dev.vigie.workspace.Workspace;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie retention}: which snapshots a restic {@code forget} policy keeps, and why, over restic's own list or a
 * registered source's history. Nothing is deleted: it only answers.
 */
@Command(name = "retention", mixinStandardHelpOptions = true)
public final class RetentionCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--snapshots", paramLabel = "FILE|-", descriptionKey = "retention.snapshots")
    private String snapshotsFile;

    @Option(names = "--source", paramLabel = "NAME", descriptionKey = "retention.source")
    private String source;

    @Mixin
    private RetentionOptions retention;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public RetentionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((snapshotsFile == null) == (source == null)) {
            throw new InputProblem("error.retention.input");
        }
        RetentionPolicy policy = RetentionPolicies.restic(retention.rules(), time.now(context));
        RetentionDecision decision;
        PrintWriter out = spec.commandLine().getOut();
        if (snapshotsFile != null) {
            ResticSnapshots snapshots = readSnapshots();
            decision = policy.apply(snapshots.snapshots());
            out.println(json ? RetentionJson.render(decision, snapshots::echo) : text(decision, policy));
        } else {
            decision = policy.apply(history(time.zone(context)));
            out.println(json ? RetentionJson.render(decision) : text(decision, policy));
        }
        out.flush();
        return ExitCode.OK;
    }

    private String text(RetentionDecision decision, RetentionPolicy policy) {
        return RetentionText.render(decision, policy.describe(), context.messages()).stripTrailing();
    }

    private ResticSnapshots readSnapshots() {
        return Targets.resticSnapshots(snapshotsFile, context);
    }

    /** Each backup of the source, at the offset the user's zone had then: its wall clock buckets it. */
    private List<Snapshot> history(ZoneId zone) {
        Workspace workspace = Targets.workspace(context);
        workspace.find(source).orElseThrow(() -> new InputProblem("error.source.unknown", source));
        List<Snapshot> snapshots = new ArrayList<>();
        for (SeenBackup seen : workspace.history(source)) {
            snapshots.add(new Snapshot(seen.backup().name(), seen.backup().time().atZone(zone).toOffsetDateTime(),
                    List.of(), seen.backup().paths()));
        }
        return snapshots;
    }
}
