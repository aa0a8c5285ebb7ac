package dev.vigie.notify;

import dev.vigie.backup.InputProblem;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers {@code vigie watch} with the operating system's own per-user scheduler, no administrator rights and no
 * resident process of Vigie's: a systemd user timer on Linux (a crontab line when no user systemd runs), a
 * LaunchAgent on macOS, a Task Scheduler task on Windows. Every program is run through a {@link CommandRunner}.
 */
public final class WatchScheduler {

    /** Which scheduler holds the watch. */
    public enum Kind { SYSTEMD, CRONTAB, LAUNCH_AGENT, TASK_SCHEDULER }

    /**
     * The watch as registered.
     *
     * @param where the unit or property-list file, or the crontab / task's name
     */
    public record Installed(Kind kind, String where) {
        public Installed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(where, "where");
        }
    }

    /** What an install did: registered, or found no user systemd and left the crontab line for the user. */
    public sealed interface Outcome {
    }

    public record Done(Installed installed) implements Outcome {
    }

    public record NoUserSystemd(String crontabLine) implements Outcome {
    }

    private final CommandRunner runner;
    private final String os;
    private final Path home;
    private final Map<String, String> env;

    /**
     * @param home the user's home folder
     * @param env  the environment, for {@code XDG_CONFIG_HOME}
     */
    public WatchScheduler(CommandRunner runner, String osName, Path home, Map<String, String> env) {
        this.runner = runner;
        this.os = osName.toLowerCase(Locale.ROOT);
        this.home = home;
        this.env = Map.copyOf(env);
    }

    /**
     * @param crontab the user's consent to use (and change) their crontab, on Linux
     * @throws InputProblem when the scheduler refuses, saying which command and what it answered
     */
    public Outcome install(WatchPlan plan, boolean crontab) {
        if (isMac()) {
            Path plist = launchAgentFile();
            write(plist, WatchFiles.launchAgent(plan,
                    home.resolve("Library/Logs/Vigie/watch.log").toString()));
            tryRun(List.of("launchctl", "unload", plist.toString()), "");
            run(List.of("launchctl", "load", "-w", plist.toString()), "");
            return new Done(new Installed(Kind.LAUNCH_AGENT, plist.toString()));
        }
        if (isWindows()) {
            run(WatchFiles.schtasksCreate(plan), "");
            return new Done(new Installed(Kind.TASK_SCHEDULER, WatchFiles.TASK));
        }
        if (crontab) {
            String current = currentCrontab();
            run(List.of("crontab", "-"), WatchFiles.crontabWith(current, WatchFiles.crontabLine(plan)));
            return new Done(new Installed(Kind.CRONTAB, "crontab"));
        }
        if (!userSystemd()) {
            return new NoUserSystemd(WatchFiles.crontabLine(plan));
        }
        Path folder = systemdFolder();
        write(folder.resolve(WatchFiles.UNIT + ".service"), WatchFiles.systemdService(plan));
        write(folder.resolve(WatchFiles.UNIT + ".timer"), WatchFiles.systemdTimer(plan));
        run(List.of("systemctl", "--user", "daemon-reload"), "");
        run(List.of("systemctl", "--user", "enable", "--now", WatchFiles.UNIT + ".timer"), "");
        return new Done(new Installed(Kind.SYSTEMD, folder.resolve(WatchFiles.UNIT + ".timer").toString()));
    }

    /** Where the watch is registered, if it is. */
    public Optional<Installed> status() {
        if (isMac()) {
            return Files.exists(launchAgentFile())
                    ? Optional.of(new Installed(Kind.LAUNCH_AGENT, launchAgentFile().toString())) : Optional.empty();
        }
        if (isWindows()) {
            return tryRun(WatchFiles.schtasksQuery(), "").filter(CommandRunner.Result::ok)
                    .map(r -> new Installed(Kind.TASK_SCHEDULER, WatchFiles.TASK));
        }
        Path timer = systemdFolder().resolve(WatchFiles.UNIT + ".timer");
        if (Files.exists(timer)) {
            return Optional.of(new Installed(Kind.SYSTEMD, timer.toString()));
        }
        return crontabReadable().filter(WatchFiles::crontabHasLine).map(c -> new Installed(Kind.CRONTAB, "crontab"));
    }

    /** Removes the watch wherever it is registered; false when it was not. */
    public boolean uninstall() {
        boolean removed = false;
        if (isMac()) {
            Path plist = launchAgentFile();
            if (Files.exists(plist)) {
                tryRun(List.of("launchctl", "unload", "-w", plist.toString()), "");
                delete(plist);
                removed = true;
            }
            return removed;
        }
        if (isWindows()) {
            if (status().isPresent()) {
                run(WatchFiles.schtasksDelete(), "");
                removed = true;
            }
            return removed;
        }
        Path folder = systemdFolder();
        Path timer = folder.resolve(WatchFiles.UNIT + ".timer");
        if (Files.exists(timer)) {
            tryRun(List.of("systemctl", "--user", "disable", "--now", WatchFiles.UNIT + ".timer"), "");
            delete(timer);
            delete(folder.resolve(WatchFiles.UNIT + ".service"));
            tryRun(List.of("systemctl", "--user", "daemon-reload"), "");
            removed = true;
        }
        Optional<String> crontab = crontabReadable();
        if (crontab.isPresent() && WatchFiles.crontabHasLine(crontab.get())) {
            run(List.of("crontab", "-"), WatchFiles.crontabWith(crontab.get(), ""));
            removed = true;
        }
        return removed;
    }

    /** Whether this session has a systemd user manager to talk to. */
    private boolean userSystemd() {
        return tryRun(List.of("systemctl", "--user", "show-environment"), "").map(CommandRunner.Result::ok)
                .orElse(false);
    }

    private String currentCrontab() {
        try {
            CommandRunner.Result listed = runner.run(List.of("crontab", "-l"), Map.of(), "");
            // "no crontab for USER" exits 1: an empty crontab.
            return listed.ok() ? listed.output() + "\n" : "";
        } catch (IOException e) {
            throw new InputProblem(e, "error.watch.command", "crontab", Reasons.of(e));
        }
    }

    private Optional<String> crontabReadable() {
        return tryRun(List.of("crontab", "-l"), "").filter(CommandRunner.Result::ok).map(CommandRunner.Result::output);
    }

    private void run(List<String> command, String input) {
        CommandRunner.Result result;
        try {
            result = runner.run(command, Map.of(), input);
        } catch (IOException e) {
            throw new InputProblem(e, "error.watch.command", String.join(" ", command), Reasons.of(e));
        }
        if (!result.ok()) {
            throw new InputProblem("error.watch.command", String.join(" ", command),
                    result.output().isBlank() ? "exit " + result.exitCode() : result.output());
        }
    }

    private Optional<CommandRunner.Result> tryRun(List<String> command, String input) {
        try {
            return Optional.of(runner.run(command, Map.of(), input));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path systemdFolder() {
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config == null || config.isBlank() ? home.resolve(".config") : Path.of(config);
        return base.resolve("systemd").resolve("user");
    }

    private Path launchAgentFile() {
        return home.resolve("Library").resolve("LaunchAgents").resolve(WatchFiles.LAUNCH_AGENT + ".plist");
    }

    private boolean isMac() {
        return os.contains("mac") || os.contains("darwin");
    }

    private boolean isWindows() {
        return os.contains("win");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputProblem(e, "error.watch.write", file.toString(), Reasons.of(e));
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new InputProblem(e, "error.watch.write", file.toString(), Reasons.of(e));
        }
    }
}
