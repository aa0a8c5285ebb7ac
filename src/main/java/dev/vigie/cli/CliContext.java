package dev.vigie.cli;

import dev.vigie.i18n.Messages;
import dev.vigie.notify.CommandRunner;
import dev.vigie.notify.Notifier;
import dev.vigie.notify.ProcessCommandRunner;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.release.ReleaseInfo;
import dev.vigie.restore.FreeSpace;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveScanner;
import dev.vigie.source.drive.Sleeper;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.source.tool.ToolSetup;
import dev.vigie.store.DataDirectory;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every command needs from the outside world, built once by {@code Main} (or by a test): the clock,
 * the user's zone and language, the environment, and the adapters. Also carries the global options.
 */
public final class CliContext {

    private final Clock clock;
    private final ZoneId zone;
    private final Messages messages;
    private final Map<String, String> env;
    private final String osName;
    private final String userHome;
    private final LocalScanner scanner = new LocalScanner();

    private Path dataDirFlag;
    private String driveRootUrl;
    private Sleeper driveSleeper = Sleeper.REAL;
    private boolean debug;
    private InputStream stdin = System.in;
    private FreeSpace freeSpace = FreeSpace.DISK;
    private CommandRunner commands;
    private ToolSetup tools;

    public CliContext(Clock clock, ZoneId zone, Locale locale, Map<String, String> env, String osName,
                      String userHome) {
        this.clock = clock;
        this.zone = zone;
        this.messages = Messages.of(locale);
        this.env = Map.copyOf(env);
        this.osName = osName;
        this.userHome = userHome;
        this.commands = new ProcessCommandRunner(java.time.Duration.ofSeconds(30),
                Optional.ofNullable(this.env.get("PATH")));
    }

    /** The real machine: system clock and zone, the OS language, the process environment. */
    public static CliContext system() {
        return new CliContext(Clock.systemUTC(), ZoneId.systemDefault(), Locale.getDefault(), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Messages messages() {
        return messages;
    }

    public LocalScanner scanner() {
        return scanner;
    }

    /** How restic and borg are run: with this context's environment, unless a test set its own. */
    public ToolSetup tools() {
        if (tools == null) {
            tools = ToolSetup.system(env, osName, userHome);
        }
        return tools;
    }

    public void tools(ToolSetup setup) {
        this.tools = setup;
    }

    public Path dataDir() {
        return DataDirectory.resolve(Optional.ofNullable(dataDirFlag), env, osName, userHome);
    }

    /** A variable of the environment this context was built with (the process's, or a test's). */
    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name));
    }

    /**
     * Where Drive requests go and with which token: {@code --drive-root-url} or Google's, and
     * {@value DriveEndpoint#ACCESS_TOKEN_VARIABLE} from this context's environment.
     */
    public DriveEndpoint driveEndpoint() {
        return DriveEndpoint.of(dataDir(), env, Optional.ofNullable(driveRootUrl)).withSleeper(driveSleeper);
    }

    public DriveScanner driveScanner() {
        return new DriveScanner(driveEndpoint());
    }

    /** Runs the operating system's commands: notifications, the scheduler of {@code vigie watch}. */
    public CommandRunner commands() {
        return commands;
    }

    /** Tests put a recording runner in place of the real processes. */
    void setCommands(CommandRunner commands) {
        this.commands = commands;
    }

    public String osName() {
        return osName;
    }

    public String userHome() {
        return userHome;
    }

    /** The operating system's scheduler, for {@code vigie watch}. */
    public WatchScheduler watchScheduler() {
        return new WatchScheduler(commands, osName, Path.of(userHome), env);
    }

    /** Delivers alerts, with this context's commands for desktop notifications. */
    public Notifier notifier() {
        return new Notifier(commands, osName, ReleaseInfo.version());
    }

    void setDriveRootUrl(String url) {
        this.driveRootUrl = url;
    }

    /** Tests wait for nothing between retries. */
    void setDriveSleeper(Sleeper sleeper) {
        this.driveSleeper = sleeper;
    }

    void setDataDirFlag(Path dataDir) {
        this.dataDirFlag = dataDir;
    }

    /** What was piped into the command, for {@code --snapshots -}; a test sets its own. */
    InputStream stdin() {
        return stdin;
    }

    void setStdin(InputStream stdin) {
        this.stdin = stdin;
    }

    /** How drills measure the sandbox's free space; a test gives its own. */
    FreeSpace freeSpace() {
        return freeSpace;
    }

    void setFreeSpace(FreeSpace freeSpace) {
        this.freeSpace = freeSpace;
    }

    boolean debug() {
        return debug;
    }

    void setDebug(boolean debug) {
        this.debug = debug;
    }
}
