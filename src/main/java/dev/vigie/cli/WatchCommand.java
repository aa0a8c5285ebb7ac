package dev.vigie.cli;

import dev.vigie.alert.WatchRun;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.notify.WatchPlan;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.schedule.Durations;
import dev.vigie.workspace.Watch;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie watch install|status|uninstall}: checks on a schedule of the OS's own, while the window is closed. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        subcommands = {WatchCommand.Install.class, WatchCommand.Status.class, WatchCommand.Uninstall.class})
public final class WatchCommand {

    /** {@code vigie watch install [--every 1h] [--alert] [--crontab]}. */
    @Command(name = "install", mixinStandardHelpOptions = true)
    public static final class Install implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--every", paramLabel = "D", defaultValue = "1h", descriptionKey = "watch.every")
        private String every;

        @Option(names = "--alert", descriptionKey = "watch.alert")
        private boolean alert;

        @Option(names = "--crontab", descriptionKey = "watch.crontab")
        private boolean crontab;

        @Spec
        private CommandSpec spec;

        public Install(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<String> command = Watch.command(context.dataDir(), alert, context.osName());
            WatchPlan plan = new WatchPlan(Durations.parse(every), command);
            WatchScheduler.Outcome outcome = watch(context).install(plan, crontab);
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            int code = ExitCode.OK;
            if (outcome instanceof WatchScheduler.Done done) {
                out.println(m.get("watch.installed", kind(done.installed().kind(), m), done.installed().where(),
                        new Formats(m).duration(plan.every())));
                out.println(m.get("watch.runs", String.join(" ", command)));
            } else {
                out.println(m.get("watch.noSystemd"));
                out.println(((WatchScheduler.NoUserSystemd) outcome).crontabLine());
                code = ExitCode.PROBLEM_FOUND;
            }
            out.flush();
            return code;
        }
    }

    /** {@code vigie watch status}: installed or not, and the last run's time and result. */
    @Command(name = "status", mixinStandardHelpOptions = true)
    public static final class Status implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        public Status(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Watch.Status status = watch(context).status();
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            out.println(status.installed().map(i -> m.get("watch.status.installed", kind(i.kind(), m), i.where()))
                    .orElse(m.get("watch.status.notInstalled")));
            if (status.lastRun().isPresent()) {
                WatchRun run = status.lastRun().get();
                out.println(m.get("watch.status.lastRun", new Formats(m).dateTime(run.at(), context.zone()),
                        run.level(), run.sources(), run.alerts(), run.failures()));
            } else {
                out.println(m.get("watch.status.never"));
            }
            out.flush();
            return status.installed().isPresent() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
        }
    }

    /** {@code vigie watch uninstall}. */
    @Command(name = "uninstall", mixinStandardHelpOptions = true)
    public static final class Uninstall implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        public Uninstall(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            boolean removed = watch(context).uninstall();
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get(removed ? "watch.removed" : "watch.notInstalled"));
            out.flush();
            return ExitCode.OK;
        }
    }

    private static Watch watch(CliContext context) {
        return Targets.workspace(context).watch(context.watchScheduler());
    }

    static String kind(WatchScheduler.Kind kind, Messages m) {
        return m.get("watch.kind." + kind.name());
    }
}
