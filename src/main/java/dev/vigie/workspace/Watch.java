package dev.vigie.workspace;

import dev.vigie.alert.WatchRun;
import dev.vigie.notify.WatchPlan;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.store.Store;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code vigie watch}: the scheduled {@code check --all --alert} registered with the OS, and its last run. */
public final class Watch {

    /** Whether the watch is registered, and how its last run went. */
    public record Status(Optional<WatchScheduler.Installed> installed, Optional<WatchRun> lastRun) {
    }

    private final Workspace workspace;
    private final WatchScheduler scheduler;

    Watch(Workspace workspace, WatchScheduler scheduler) {
        this.workspace = workspace;
        this.scheduler = scheduler;
    }

    /**
     * The command the scheduler runs: {@code check --all [--alert]} on this data folder, started by the installed
     * launcher when Vigie runs from one (jpackage names it), else this Java with this jar, else (from a build's
     * classes) this Java with this class path.
     */
    public static List<String> command(Path dataDir, boolean alert, String osName) {
        List<String> command = new ArrayList<>(launcher(osName));
        command.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString(), "check", "--all"));
        if (alert) {
            command.add("--alert");
        }
        return command;
    }

    private static List<String> launcher(String osName) {
        String app = System.getProperty("jpackage.app-path");
        if (app != null && !app.isBlank()) {
            return List.of(app);
        }
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        String java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
        try {
            Path code = Path.of(Watch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.toString().endsWith(".jar")) {
                return List.of(java, "-jar", code.toAbsolutePath().toString());
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Not from a jar: the class path below.
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), "dev.vigie.Main");
    }

    public WatchScheduler.Outcome install(WatchPlan plan, boolean crontab) {
        return scheduler.install(plan, crontab);
    }

    public boolean uninstall() {
        return scheduler.uninstall();
    }

    public Status status() {
        Optional<WatchRun> last;
        try (Store store = Store.open(workspace.dataDir())) {
            last = store.alerts().lastRun();
        }
        return new Status(scheduler.status(), last);
    }
}
