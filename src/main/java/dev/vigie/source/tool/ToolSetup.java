package dev.vigie.source.tool;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanProgress;
import dev.vigie.io.Reasons;
import dev.vigie.schedule.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What running restic or borg needs from the machine: the user's environment (their {@code AWS_*}, {@code B2_*},
 * ssh agent... are passed through), the cache folder, the programs' names and the runner. Checks each tool's version
 * once.
 */
public final class ToolSetup {

    /** How long a run may take unless {@value #TIMEOUT_VARIABLE} says otherwise: a full check is slow. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** The environment variable that sets the timeout ({@code 30m}, {@code 2h}). */
    public static final String TIMEOUT_VARIABLE = "VIGIE_TOOL_TIMEOUT";

    private final Map<String, String> env;
    private final Path cacheFolder;
    private final Map<String, String> programs;
    private final ToolRunner runner;
    private final Map<String, String> checkedVersions = new ConcurrentHashMap<>();

    /**
     * @param env      the user's environment, passed to the tools
     * @param programs the program to run for each tool ({@code restic}, {@code borg}): a name found on the PATH or a
     *                 path
     */
    public ToolSetup(Map<String, String> env, Path cacheFolder, Map<String, String> programs, ToolRunner runner) {
        Map<String, String> base = new HashMap<>(env);
        // A tool needs a PATH for what it starts itself (ssh, a password command) and a HOME for its keys.
        String path = System.getenv("PATH");
        if (!base.containsKey("PATH") && path != null) {
            base.put("PATH", path);
        }
        base.putIfAbsent("HOME", System.getProperty("user.home", "."));
        this.env = Map.copyOf(base);
        this.cacheFolder = cacheFolder;
        this.programs = Map.copyOf(programs);
        this.runner = runner;
    }

    /** The user's machine: its environment, its cache folder, the tools on its PATH, the timeout it asks for. */
    public static ToolSetup system(Map<String, String> env) {
        return system(env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** {@link #system(Map)} for a given system and home folder. */
    public static ToolSetup system(Map<String, String> env, String osName, String userHome) {
        Duration timeout = DEFAULT_TIMEOUT;
        String asked = env.get(TIMEOUT_VARIABLE);
        if (asked != null && !asked.isBlank()) {
            try {
                Duration parsed = Durations.parse(asked);
                timeout = parsed.isZero() || parsed.isNegative() ? DEFAULT_TIMEOUT : parsed;
            } catch (InputProblem unreadable) {
                // An unreadable value must not keep the window from opening: the default stands.
                timeout = DEFAULT_TIMEOUT;
            }
        }
        return new ToolSetup(env, ToolCaches.folder(env, osName, userHome),
                Map.of(ToolVersions.RESTIC, ToolVersions.RESTIC, ToolVersions.BORG, ToolVersions.BORG),
                new ToolRunner(timeout));
    }

    public ToolRunner runner() {
        return runner;
    }

    /** A copy of the user's environment to add the run's own variables to. */
    public Map<String, String> environment() {
        return new HashMap<>(env);
    }

    /** A folder inside the cache folder, made owner-only when missing. */
    public Path cache(String name) {
        Path folder = cacheFolder.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputProblem(e, "error.tool.cache", folder.toString(), Reasons.of(e));
        }
        return folder;
    }

    /**
     * Runs the tool with these arguments after checking, once, that it is installed and recent enough.
     *
     * @param versionArguments what prints the version ({@code version}, {@code --version})
     */
    public ToolOutput run(String tool, List<String> versionArguments, List<String> arguments,
                          Map<String, String> environment, ScanProgress progress) {
        return run(tool, versionArguments, arguments, environment, cache(""), progress);
    }

    /** {@link #run(String, List, List, Map, ScanProgress)} in {@code workDir} ({@code borg extract} writes there). */
    public ToolOutput run(String tool, List<String> versionArguments, List<String> arguments,
                          Map<String, String> environment, Path workDir, ScanProgress progress) {
        String program = programs.getOrDefault(tool, tool);
        if (!checkedVersions.containsKey(tool)) {
            List<String> command = new ArrayList<>();
            command.add(program);
            command.addAll(versionArguments);
            ToolOutput printed = runner.run(tool, command, env, cache(""), progress);
            checkedVersions.put(tool, ToolVersions.check(tool, printed.stdout().isBlank() ? printed.stderr()
                    : printed.stdout()));
        }
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(arguments);
        return runner.run(tool, command, environment, workDir, progress);
    }
}
