package dev.vigie.workspace;

import dev.vigie.alert.WatchRun;
import dev.vigie.notify.WatchPlan;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.store.Store;
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
