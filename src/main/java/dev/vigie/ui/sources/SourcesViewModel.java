package dev.vigie.ui.sources;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.RepositoryAccess;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import dev.vigie.backup.TimeSource;
import dev.vigie.store.RecordedScan;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.workspace.SourceSummary;
import dev.vigie.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the Sources view and its actions, without the view: every action runs on the background pool and
 * lands back on the FX thread. Outlives the view, so a change of language (which rebuilds views) keeps it.
 */
public final class SourcesViewModel {

    private final UiContext context;
    private final Workspace workspace;
    private final StatusModel status;
    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final ObjectProperty<SourceSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<SeenBackup> backups = FXCollections.observableArrayList();
    private final ObservableList<ScanWarning> warnings = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private Consumer<Failure> onFailure = f -> { };
    private Consumer<String> onWarning = w -> { };
    private boolean loading;

    /** An action that failed: what the user was doing (a message key and its values), and why it failed. */
    public record Failure(String whatKey, Object[] whatArgs, Throwable error) {
    }

    public SourcesViewModel(UiContext context, Workspace workspace, StatusModel status) {
        this.context = context;
        this.workspace = workspace;
        this.status = status;
        selected.addListener((obs, old, now) -> loadDetails(now));
    }

    public void setOnFailure(Consumer<Failure> handler) {
        this.onFailure = handler;
    }

    /** What to do with a warning about what was just done (a folder registered twice), in the user's words. */
    public void setOnWarning(Consumer<String> handler) {
        this.onWarning = handler;
    }

    public ObservableList<SourceSummary> sources() {
        return sources;
    }

    public ObjectProperty<SourceSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<SeenBackup> backups() {
        return backups;
    }

    public ObservableList<ScanWarning> warnings() {
        return warnings;
    }

    /** True once the list of sources has been read at least once (the welcome pane waits for it). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    /**
     * Starts the first reading of the sources, once: the window starts it before it builds its views, so the
     * database opens while the FX thread loads them; the sources view then finds it under way.
     */
    public void load() {
        if (!loaded.get() && !loading) {
            loading = true;
            refresh(null);
        }
    }

    /** Reads the sources again, keeping the selection by name (or selecting the first). */
    public Task<List<SourceSummary>> refresh() {
        return refresh(selected.get() == null ? null : selected.get().source().name());
    }

    private Task<List<SourceSummary>> refresh(String select) {
        return context.tasks().create(workspace::sources)
                .onSuccess(list -> {
                    sources.setAll(list);
                    loaded.set(true);
                    selected.set(list.stream().filter(s -> s.source().name().equals(select)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onError(e -> {
                    loading = false; // the next load() tries again
                    fail("ui.sources.fail.load", e);
                })
                .start();
    }

    private void loadDetails(SourceSummary summary) {
        if (summary == null) {
            backups.clear();
            warnings.clear();
            return;
        }
        String name = summary.source().name();
        context.tasks().create(() -> workspace.history(name))
                .onSuccess(list -> {
                    if (selected.get() != null && selected.get().source().name().equals(name)) {
                        backups.setAll(list);
                        warnings.setAll(summary.lastScan().map(RecordedScan::warnings).orElse(List.of()));
                    }
                })
                .onError(e -> fail("ui.sources.fail.history", e, name))
                .start();
    }

    /** Rows like a scan's, for the table's rehearsal (TableRehearsal): a daily backup for the last two months. */
    public List<SeenBackup> sampleBackups() {
        Instant now = context.clock().instant();
        List<SeenBackup> samples = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            Instant time = now.minus(Duration.ofDays(day));
            String name = "backup-" + time.atZone(context.zone()).toLocalDate() + ".tar.gz";
            samples.add(new SeenBackup(new BackupSet(time, name, List.of(name), 1_000_000_000L + day * 7_919L,
                    1_000 + day, TimeSource.NAME, Map.of()), time, time, day % 2 == 0));
        }
        return samples;
    }

    /** A source like a first one, for the list's rehearsal under the welcome (TableRehearsal.Covered). */
    public SourceSummary sampleSource() {
        return new SourceSummary(new SourceRef("backups", "/srv/backups", Optional.empty()), Optional.empty());
    }

    /** The layout Vigie recognises in a folder, for the add dialog to show (and let the user change). */
    public Task<Layout> recognise(Path folder, Consumer<Layout> then) {
        return context.tasks().create(() -> workspace.recognise(folder))
                .onSuccess(then)
                .onError(e -> fail("ui.sources.fail.add", e, folder.toString()))
                .start();
    }

    /** Registers a folder, then scans it so its backups show at once. The add dialog's action. */
    public Task<?> add(String name, Path folder, Optional<Layout> layout) {
        record Added(SourceRef ref, List<String> alsoAs) {
        }
        return context.tasks().create(() -> {
                    List<String> alsoAs = workspace.alsoWatching(folder);
                    return new Added(workspace.add(name, folder, layout), alsoAs);
                })
                .onSuccess(added -> {
                    refresh(added.ref().name());
                    scan(added.ref().name());
                    if (!added.alsoAs().isEmpty()) {
                        onWarning.accept(context.i18n().get("ui.sources.sameFolder", added.ref().location(),
                                String.join(", ", added.alsoAs())));
                    }
                })
                .onError(e -> fail("ui.sources.fail.add", e, folder.toString()))
                .start();
    }

    /** Registers a Google Drive folder (checked with one request), then lists it so its backups show at once. */
    public Task<?> addDrive(String name, String folder) {
        return context.tasks().create(() -> workspace.addDrive(name, folder, Optional.empty()))
                .onSuccess(ref -> {
                    refresh(ref.name());
                    scan(ref.name());
                })
                .onError(e -> fail("ui.sources.fail.add", e, folder))
                .start();
    }

    /** Registers a restic or borg repository (listed once by the tool), then scans it so its backups show at once. */
    public Task<?> addRepository(String name, String location, RepositoryAccess access) {
        return context.tasks().create(() -> workspace.addRepository(name, location, access))
                .onSuccess(ref -> {
                    refresh(ref.name());
                    scan(ref.name());
                })
                .onError(e -> fail("ui.sources.fail.add", e, location))
                .start();
    }

    /** Lists a repository without registering it; {@code result} gets one sentence on the FX thread. */
    public Task<?> testRepository(String location, RepositoryAccess access, Consumer<String> result) {
        return context.tasks().<Inventory>create(progress -> workspace.testRepository(location, access,
                new ScanProgress() {
                    @Override
                    public void filesSeen(long count) {
                        // one listing: nothing to count on the way
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                }))
                .onSuccess(inventory -> result.accept(inventory.backups().isEmpty()
                        ? context.i18n().get("addRepo.test.empty")
                        : context.i18n().get("addRepo.test.ok", inventory.backups().size(), context.i18n().formats()
                                .dateTime(inventory.backups().get(inventory.backups().size() - 1).time(),
                                        context.zone()))))
                .onError(e -> result.accept(ErrorDialog.describe(e, context.i18n())))
                .onCancelled(() -> result.accept(""))
                .start();
    }

    /** Reads a source's settings, then hands them to {@code then} on the FX thread. */
    public Task<SourceSettings> settings(String name, Consumer<SourceSettings> then) {
        return context.tasks().create(() -> workspace.settings(name)).onSuccess(then)
                .onError(e -> fail("ui.sources.fail.settings", e, name)).start();
    }

    /** A source's settings and the schedule Vigie guesses for it, for the settings dialog. */
    public Task<?> settingsAndGuess(String name, java.util.function.BiConsumer<SourceSettings, String> then) {
        record Both(SourceSettings settings, String guess) {
        }
        return context.tasks().create(() -> new Both(workspace.settings(name),
                        workspace.guessedSchedule(name, context.zone())))
                .onSuccess(b -> then.accept(b.settings(), b.guess()))
                .onError(e -> fail("ui.sources.fail.settings", e, name)).start();
    }

    public Task<?> saveSettings(String name, SourceSettings settings) {
        return context.tasks().create(() -> {
            workspace.saveSettings(name, settings);
            return name;
        }).onSuccess(n -> status.say(context.i18n().get("ui.sources.settingsSaved", n)))
                .onError(e -> fail("ui.sources.fail.settings", e, name)).start();
    }

    public Task<?> rename(String oldName, String newName) {
        return context.tasks().create(() -> {
            workspace.rename(oldName, newName);
            return newName.strip();
        }).onSuccess(this::refresh).onError(e -> fail("ui.sources.fail.rename", e, oldName)).start();
    }

    public Task<?> remove(String name) {
        return context.tasks().create(() -> workspace.remove(name))
                .onSuccess(removed -> {
                    status.say(context.i18n().get("ui.sources.removed", name));
                    refresh(null);
                })
                .onError(e -> fail("ui.sources.fail.remove", e, name))
                .start();
    }

    /** Scans a source in the background, with files counted in the status bar and Cancel there. */
    public Task<Inventory> scan(String name) {
        Task<Inventory> task = context.tasks().<Inventory>create(progress -> {
            progress.message(context.i18n().get("ui.scan.starting", name));
            return workspace.scan(name, Optional.empty(), context.zone(), context.clock().instant(),
                    new ScanProgress() {
                        private int pages;

                        @Override
                        public void filesSeen(long count) {
                            progress.message(pages == 0 ? context.i18n().get("ui.scan.progress", name, count)
                                    : context.i18n().get("ui.scan.drivePages", name, pages, count));
                        }

                        @Override
                        public void pagesRead(int count) {
                            pages = count;
                        }

                        @Override
                        public boolean isCancelled() {
                            return progress.isCancelled();
                        }
                    });
        }).onSuccess(inventory -> {
            scanning.set(false);
            status.say(context.i18n().get("ui.scan.done", name, inventory.backups().size(),
                    inventory.warnings().size()));
            refresh(name);
        }).onError(e -> {
            scanning.set(false);
            fail("ui.sources.fail.scan", e, name);
        }).onCancelled(() -> {
            scanning.set(false);
            status.say(context.i18n().get("ui.scan.cancelled", name));
        }).start();
        scanning.set(true);
        status.track(task);
        return task;
    }

    /** Writes the demo into the data folder (the first time), registers its three sources and scans them. */
    public Task<List<String>> openDemo() {
        Task<List<String>> task = context.tasks().<List<String>>create(progress -> {
            progress.message(context.i18n().get("ui.demo.opening"));
            return workspace.openDemo(context.clock().instant(), context.zone(), new ScanProgress() {
                @Override
                public void filesSeen(long count) {
                    // the demo is small: its progress is the message above
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
        }).onSuccess(names -> {
            status.say(context.i18n().get("ui.demo.opened", names.size()));
            refresh(names.isEmpty() ? null : names.get(0));
        }).onError(e -> fail("ui.sources.fail.demo", e)).start();
        status.track(task);
        return task;
    }

    private void fail(String whatKey, Throwable error, Object... args) {
        onFailure.accept(new Failure(whatKey, args, error));
    }
}
