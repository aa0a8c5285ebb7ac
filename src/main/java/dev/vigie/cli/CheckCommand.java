package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SourceRef;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.i18n.Formats;
import dev.vigie.report.CheckOutcome;
import dev.vigie.report.HealthJson;
import dev.vigie.report.HealthText;
import dev.vigie.report.PrometheusFile;
import dev.vigie.report.PrometheusText;
import dev.vigie.schedule.Durations;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.workspace.CheckOptions;
import dev.vigie.workspace.CheckProgress;
import dev.vigie.workspace.SourceHealth;
import dev.vigie.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie check NAME|PATH}: is this source fresh, complete and intact? Answers as monitoring plugins do: a
 * summary line first, and exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (could not check, bad input included).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|PATH", descriptionKey = "check.target")
    private String target;

    @Option(names = "--all", descriptionKey = "check.all")
    private boolean all;

    @Option(names = "--schedule", paramLabel = "S", descriptionKey = "check.schedule")
    private String schedule;


    @Option(names = "--grace", paramLabel = "G", descriptionKey = "check.grace")
    private String grace;

    @Option(names = "--verify", paramLabel = "V", defaultValue = "quick", descriptionKey = "check.verify")
    private String verify;

    @Option(names = "--jobs", paramLabel = "N", descriptionKey = "check.jobs")
    private Integer jobs;

    @Mixin
    private TimeOptions time;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Option(names = "--prometheus", paramLabel = "FILE", descriptionKey = "check.prometheus")
    private Path prometheus;

    @Spec
    private CommandSpec spec;

    public CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ZoneId userZone = context.zone();
        Instant at = context.clock().instant();
        List<CheckOutcome> outcomes = new ArrayList<>();
        try {
            userZone = time.zone(context);
            at = time.now(context);
            if (jobs != null && (jobs < 1 || jobs > 256)) {
                throw new InputProblem("error.check.jobs", jobs);
            }
            CheckOptions options = new CheckOptions(Optional.ofNullable(schedule), time.givenZone(),
                    Optional.ofNullable(grace).map(Durations::parse), VerifyDepth.parse(verify),
                    jobs == null ? 0 : jobs);
            if (all == (target != null)) {
                throw new InputProblem("error.check.target");
            }
            Workspace workspace = Targets.workspace(context);
            if (all) {
                for (var summary : workspace.sources()) {
                    outcomes.add(outcome(workspace.check(summary.source().name(), options, userZone, at,
                            progress(summary.source().name()))));
                }
            } else {
                Optional<SourceRef> registered = Targets.registered(target, context);
                outcomes.add(outcome(registered.isPresent()
                        ? workspace.check(registered.get().name(), options, userZone, at, progress(target))
                        : workspace.checkFolder(Path.of(target), options, userZone, at, progress(target))));
            }
            if (prometheus != null) {
                PrometheusFile.write(prometheus, PrometheusText.render(outcomes));
            }
        } catch (InputProblem problem) {
            // Monitoring reads any failure to check, bad input included, as UNKNOWN.
            outcomes.clear();
            outcomes.add(new CheckOutcome.Unknown(target == null ? "" : target, context.messages().problem(problem)));
        }
        Formats formats = new Formats(context.messages());
        if (json) {
            out.println(outcomes.size() == 1 && !all
                    ? HealthJson.render(outcomes.get(0), at, userZone, context.messages())
                    : HealthJson.render(outcomes, at, userZone, context.messages()));
        } else {
            out.print(HealthText.render(outcomes, at, userZone, formats));
        }
        out.flush();
        return outcomes.stream().map(CheckOutcome::level).mapToInt(MonitoringLevel::exitCode).max()
                .orElse(MonitoringLevel.OK.exitCode());
    }

    /**
     * Files seen and bytes verified, on one line of stderr rewritten in place, only when a person is watching: a
     * script or a monitoring agent gets the answer alone.
     */
    private CheckProgress progress(String source) {
        if (System.console() == null) {
            return CheckProgress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        Formats formats = new Formats(context.messages());
        return new CheckProgress() {
            private long lastShown;

            @Override
            public void filesSeen(long count) {
                show(context.messages().get("ui.scan.progress", source, count));
            }

            @Override
            public void bytesVerified(long done, long total) {
                show(context.messages().get("dashboard.verifying", source, formats.size(done), formats.size(total)),
                        done == total);
            }

            private void show(String line) {
                show(line, false);
            }

            /** At most ten redraws a second; the last one stays, on its own line. */
            private void show(String line, boolean last) {
                long now = System.nanoTime();
                if (now - lastShown > 100_000_000L || last) {
                    lastShown = now;
                    err.print("\r" + line + "\u001b[K" + (last ? System.lineSeparator() : ""));
                    err.flush();
                }
            }
        };
    }

    private CheckOutcome outcome(SourceHealth health) {
        String name = health.source().name();
        return health.report().<CheckOutcome>map(r -> new CheckOutcome.Checked(name, r))
                .orElseGet(() -> new CheckOutcome.Unknown(name,
                        health.problem().map(p -> context.messages().problem(p)).orElse("")));
    }
}
