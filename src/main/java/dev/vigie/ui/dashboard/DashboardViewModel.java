package dev.vigie.ui.dashboard;

import dev.vigie.backup.SourceRef;
import dev.vigie.health.ThreeTwoOneAssessment;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.workspace.CheckOptions;
import dev.vigie.workspace.CheckProgress;
import dev.vigie.workspace.SourceHealth;
import dev.vigie.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** The dashboard's state: one health per source, refreshed by "Check now" (all, or one) and "Verify fully". */
public final class DashboardViewModel {

    private final UiContext context;
    private final Workspace workspace;
    private final StatusModel status;
    private final ObservableList<SourceHealth> healths = FXCollections.observableArrayList();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<ThreeTwoOneAssessment> threeTwoOne = new SimpleObjectProperty<>();
    private Consumer<Throwable> onFailure = e -> { };
    private final java.util.Map<String, Verified> verified = new java.util.HashMap<>();

    /** When a source was last checked from this window, and how deeply its files were verified. */
    public record Verified(java.time.Instant at, VerifyDepth depth) {
    }

    public DashboardViewModel(UiContext context, Workspace workspace, StatusModel status) {
        this.context = context;
        this.workspace = workspace;
        this.status = status;
    }

    public ObservableList<SourceHealth> healths() {
        return healths;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** The 3-2-1 rule across the sources, as of the last check. */
    public ReadOnlyObjectProperty<ThreeTwoOneAssessment> threeTwoOneProperty() {
        return threeTwoOne;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public void setOnFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /** When and how a source was last verified in this window; empty before its first check. */
    public Optional<Verified> verified(String name) {
        return Optional.ofNullable(verified.get(name));
    }

    /** Scans and analyses every source (quick verification), one after the other, with progress and cancel. */
    public Task<?> checkAll() {
        return run(Optional.empty(), VerifyDepth.QUICK);
    }

    /** Scans and analyses one source, with a quick verification. */
    public Task<?> checkOne(String name) {
        return run(Optional.of(name), VerifyDepth.QUICK);
    }

    /** Scans, analyses and fully verifies one source (every checksum and CRC). */
    public Task<?> verifyFully(String name) {
        return run(Optional.of(name), VerifyDepth.FULL);
    }

    /** What one round of checks brings back: the healths, and the 3-2-1 rule over the histories they updated. */
    private record Round(List<SourceHealth> healths, ThreeTwoOneAssessment rule) {
    }

    private Task<?> run(Optional<String> only, VerifyDepth depth) {
        Task<Round> task = context.tasks().<Round>create(progress -> {
            List<SourceRef> sources = new ArrayList<>();
            workspace.sources().forEach(s -> sources.add(s.source()));
            List<SourceHealth> results = new ArrayList<>();
            for (SourceRef ref : sources) {
                if (only.isPresent() && !only.get().equals(ref.name())) {
                    continue;
                }
                progress.message(context.i18n().get("dashboard.checking", ref.name()));
                results.add(workspace.check(ref.name(), CheckOptions.verifying(depth), context.zone(),
                        context.clock().instant(),
                        new CheckProgress() {
                            @Override
                            public void filesSeen(long count) {
                                progress.message(context.i18n().get("ui.scan.progress", ref.name(), count));
                            }

                            @Override
                            public void bytesVerified(long done, long total) {
                                progress.message(context.i18n().get("dashboard.verifying", ref.name(),
                                        context.i18n().formats().size(done), context.i18n().formats().size(total)));
                            }

                            @Override
                            public boolean isCancelled() {
                                return progress.isCancelled();
                            }
                        }));
            }
            return new Round(results, workspace.threeTwoOne());
        }).onSuccess(round -> {
            List<SourceHealth> results = round.healths();
            threeTwoOne.set(round.rule());
            checking.set(false);
            loaded.set(true);
            results.forEach(h -> verified.put(h.source().name(), new Verified(context.clock().instant(), depth)));
            if (only.isEmpty()) {
                healths.setAll(results);
            } else {
                for (SourceHealth h : results) {
                    healths.replaceAll(old -> old.source().name().equals(h.source().name()) ? h : old);
                }
            }
            status.say(context.i18n().get("dashboard.checked", results.size()));
        }).onError(e -> {
            checking.set(false);
            onFailure.accept(e);
        }).onCancelled(() -> {
            checking.set(false);
            status.say(context.i18n().get("dashboard.cancelled"));
        }).start();
        checking.set(true);
        status.track(task);
        return task;
    }
}
