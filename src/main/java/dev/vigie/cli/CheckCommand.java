package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SourceRef;
import dev.vigie.drill.Drill;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.i18n.Formats;
import dev.vigie.report.CheckOutcome;
import dev.vigie.report.DrillPrometheus;
import dev.vigie.report.HealthJson;
import dev.vigie.report.HealthText;
import dev.vigie.report.PrometheusFile;
import dev.vigie.report.PrometheusText;
import dev.vigie.schedule.Durations;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.alert.SourceCheck;
import dev.vigie.alert.WatchRun;
import dev.vigie.workspace.Alerts;
import dev.vigie.workspace.CheckOptions;
import dev.vigie.workspace.CheckProgress;
import dev.vigie.workspace.SourceHealth;
import dev.vigie.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--alert", descriptionKey = "check.alert")
    private boolean alert;

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
        boolean registered = false;
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
                    outcomes.add(checkOne(workspace, summary.source().name(), options, userZone, at));
                }
                registered = true;
            } else {
                Optional<SourceRef> source = Targets.registered(target, context);
                outcomes.add(outcome(source.isPresent()
                        ? workspace.check(source.get().name(), options, userZone, at, progress(target))
                        : workspace.checkFolder(Path.of(target), options, userZone, at, progress(target))));
                registered = source.isPresent();
            }
            if (prometheus != null) {
                PrometheusFile.write(prometheus, PrometheusText.render(outcomes)
                        + DrillPrometheus.render(lastRestoreTests(workspace, outcomes)));
            }
        } catch (InputProblem problem) {
            // Monitoring reads any failure to check, bad input included, as UNKNOWN.
            outcomes.clear();
            registered = false;
            outcomes.add(new CheckOutcome.Unknown(target == null ? "" : target, context.messages().problem(problem)));
        }
        Formats formats = new Formats(context.messages());
        Optional<Alerts.Run> alerted = Optional.empty();
        // Only registered sources are alerted on: a folder checked once, or bad input, has no state to change.
        String alertProblem = null;
        if (alert && registered) {
            try {
                alerted = Optional.of(alert(outcomes, at, userZone, formats));
            } catch (InputProblem problem) {
                // Alerting that cannot run (the database is locked, say) never hides the check's answer or its code.
                alertProblem = context.messages().problem(problem);
            } catch (RuntimeException e) {
                alertProblem = String.valueOf(e);
            }
        }
        if (json) {
            out.println(outcomes.size() == 1 && !all
                    ? HealthJson.render(outcomes.get(0), at, userZone, context.messages())
                    : HealthJson.render(outcomes, at, userZone, context.messages()));
        } else {
            out.print(HealthText.render(outcomes, at, userZone, formats));
        }
        // After the answer, so that monitoring still reads the verdict on the first line; beside JSON, on stderr.
        PrintWriter alertsOut = json ? spec.commandLine().getErr() : out;
        alerted.ifPresent(run -> run.deliveries().forEach(d ->
                alertsOut.println(AlertLines.delivery(d, context.messages()))));
        alertsOut.flush();
        if (alertProblem != null) {
            spec.commandLine().getErr().println(context.messages().get("error.alert.run", alertProblem));
            spec.commandLine().getErr().flush();
        }
        out.flush();
        return outcomes.stream().map(CheckOutcome::level).mapToInt(MonitoringLevel::exitCode).max()
                .orElse(MonitoringLevel.OK.exitCode());
    }

    /**
     * One source of {@code --all}: whatever stops its check (an unreadable schedule, an unreadable folder, a file that
     * overflows a parser's stack) makes it UNKNOWN under its own name, and the others are checked all the same.
     */
    private CheckOutcome checkOne(Workspace workspace, String name, CheckOptions options, ZoneId userZone,
                                  Instant at) {
        try {
            return outcome(workspace.check(name, options, userZone, at, progress(name)));
        } catch (InputProblem problem) {
            return new CheckOutcome.Unknown(name, context.messages().problem(problem));
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // A fault in one source's check (StackOverflowError included) must not stop the others.
            return new CheckOutcome.Unknown(name, context.messages().get("error.check.failed", name, String.valueOf(e)));
        }
    }

    /** Tells the channels what changed; a channel that fails is reported and never changes the exit code. */
    private Alerts.Run alert(List<CheckOutcome> outcomes, Instant at, ZoneId zone, Formats formats) {
        List<SourceCheck> checks = outcomes.stream().map(o -> Alerts.sourceCheck(o, at, zone, formats)).toList();
        Optional<WatchRun> run = all ? Optional.of(new WatchRun(context.clock().instant(), Alerts.level(outcomes),
                outcomes.size(), 0, 0)) : Optional.empty();
        return Targets.workspace(context).alerts(context.notifier()).afterCheck(checks, context.messages(), run);
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

    /** The last restore test of each registered source among the outcomes, in their order. */
    private static Map<String, Drill> lastRestoreTests(Workspace workspace, List<CheckOutcome> outcomes) {
        Map<String, Drill> last = new LinkedHashMap<>();
        for (CheckOutcome outcome : outcomes) {
            if (workspace.find(outcome.source()).isPresent()) {
                workspace.drills().lastTest(outcome.source()).ifPresent(d -> last.put(outcome.source(), d));
            }
        }
        return last;
    }

    private CheckOutcome outcome(SourceHealth health) {
        String name = health.source().name();
        return health.report().<CheckOutcome>map(r -> new CheckOutcome.Checked(name, r))
                .orElseGet(() -> new CheckOutcome.Unknown(name,
                        health.problem().map(p -> context.messages().problem(p)).orElse("")));
    }
}
