package dev.vigie.ui.checklist;

import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Progress;
import dev.vigie.consent.Purpose;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.report.ChecklistFile;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.store.ChecklistRepository;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.checklist.ChecklistModel.RetentionChoice;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.RestoreChecklists;
import dev.vigie.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the restore checklist view and its actions, without the view: the form (scenario, source, times in
 * the source's zone, purpose, retention), the checklist shown with its ticks and sign-off, the saved checklists, and
 * the export. Every call to the store runs on the background pool and lands back on the FX thread; an answer that a
 * later write or reopen has overtaken is dropped. One per view: a language switch makes a new one and gives it the
 * form back.
 */
public final class ChecklistViewModel {

    /**
     * One opening of a checklist (written, reopened or signed off), with its ticks and sign-off at that moment; each
     * is shown afresh, even when it opens the same checklist with the same ticks as the one before.
     */
    public static final class Opened {
        private final Checklist checklist;
        private final Progress progress;

        Opened(Checklist checklist, Progress progress) {
            this.checklist = checklist;
            this.progress = progress;
        }

        public Checklist checklist() {
            return checklist;
        }

        public Progress progress() {
            return progress;
        }
    }

    /** An action that failed: the message key of what the user was doing, and why it failed. */
    public record Failure(String whatKey, Throwable error) {
    }

    private final UiContext context;
    private final Workspace workspace;

    private final ObjectProperty<ChecklistScenario> scenario = new SimpleObjectProperty<>(ChecklistScenario.RECOVER);
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdDate = new SimpleObjectProperty<>();
    private final StringProperty createdTime = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> eventDate = new SimpleObjectProperty<>();
    private final StringProperty eventTime = new SimpleStringProperty("");
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(Purpose.RESTORE_ACCESS);
    private final ObservableList<RetentionChoice> retentionChoices = FXCollections.observableArrayList();
    private final ObjectProperty<RetentionChoice> retention = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper retentionHint = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ZoneId> formZone = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final ObservableList<ChecklistRepository.Saved> saved = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistRepository.Saved> savedChoice = new SimpleObjectProperty<>();
    private final ObjectProperty<Opened> shown = new SimpleObjectProperty<>();
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>(Progress.NONE);

    /** The source whose zone {@link #formZone} is: the form's times are read only once it is the chosen one. */
    private String zoneSource;
    private Optional<ChecklistAsk> pendingTimes = Optional.empty();
    private Map<String, Object> pendingForm = Map.of();
    private Consumer<Map<String, Object>> formRestorer = values -> { };
    private ChecklistDocument document;
    private int generation;
    private boolean showingSaved;
    private Consumer<Failure> onFailure = f -> { };

    public ChecklistViewModel(UiContext context, Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
        retentionChoices.add(RetentionChoice.USUAL);
        for (RetentionPreset preset : RetentionPresets.all()) {
            if (!preset.isCustom()) {
                retentionChoices.add(new RetentionChoice("simulator.presetName." + preset.name(), "",
                        Optional.of(preset.rules())));
            }
        }
        retentionHint.bind(Bindings.createStringBinding(() -> retentionHint(retention.get()), retention));
        retention.set(RetentionChoice.USUAL);
        formZone.set(context.zone());
        fillNow();
        source.addListener((obs, old, now) -> loadZone(now));
        savedChoice.addListener((obs, old, now) -> {
            Checklist checklist = checklist();
            if (now != null && !showingSaved && (checklist == null || !checklist.id().equals(now.id()))) {
                reopen(now.id());
            }
        });
    }

    public void setOnFailure(Consumer<Failure> handler) {
        this.onFailure = handler;
    }

    private I18n i18n() {
        return context.i18n();
    }

    private RestoreChecklists checklists() {
        return workspace.checklists();
    }

    // ---- the form ----------------------------------------------------------------------------------------------

    public ObjectProperty<ChecklistScenario> scenarioProperty() {
        return scenario;
    }

    /** The sources to choose from, by name. */
    public ObservableList<String> sources() {
        return sources;
    }

    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> createdDateProperty() {
        return createdDate;
    }

    public StringProperty createdTimeProperty() {
        return createdTime;
    }

    /** The date of the deletion or of the loss, as the scenario asks. */
    public ObjectProperty<LocalDate> eventDateProperty() {
        return eventDate;
    }

    public StringProperty eventTimeProperty() {
        return eventTime;
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    /** The usual rules, the presets, and rules brought from the simulator. */
    public ObservableList<RetentionChoice> retentionChoices() {
        return retentionChoices;
    }

    public ObjectProperty<RetentionChoice> retentionProperty() {
        return retention;
    }

    /** What the retention chosen keeps, in words. */
    public ReadOnlyStringProperty retentionHintProperty() {
        return retentionHint.getReadOnlyProperty();
    }

    private String retentionHint(RetentionChoice choice) {
        return choice == null ? "" : choice.rules()
                .map(r -> i18n().get("checklist.ui.retention.rules", r.describe()))
                .orElse(i18n().get("checklist.ui.retention.usual.hint"));
    }

    /** The zone the form's times are read in: the chosen source's once learnt, else the user's. */
    public ReadOnlyObjectProperty<ZoneId> formZoneProperty() {
        return formZone;
    }

    /** What is wrong with the form, said under it; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What the last export or print did; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True while a checklist is being written. */
    public ReadOnlyBooleanProperty writingProperty() {
        return writing;
    }

    /** Whether the chosen source's zone is known, so that {@link #write} does not ask to wait. */
    public boolean sourceRead() {
        return source.get() != null && source.get().equals(zoneSource);
    }

    /**
     * Starts reading the sources (the first is chosen, or the one a {@link #prefill} asked for) and the saved
     * checklists; the newest saved one is shown, with its ticks, unless a checklist was written or opened meanwhile.
     */
    public void load() {
        context.tasks().create(workspace::sources).onSuccess(list -> {
            List<String> names = list.stream().map(s -> s.source().name()).toList();
            String wanted = pendingTimes.map(ChecklistAsk::source).orElse(null);
            sources.setAll(names);
            if (names.isEmpty()) {
                problem.set(i18n().get("checklist.ui.noSource"));
            } else if (source.get() == null || !names.contains(source.get())) {
                source.set(wanted != null && names.contains(wanted) ? wanted : names.get(0));
            }
        }).onError(this::fail).start();
        int first = generation;
        context.tasks().create(() -> checklists().saved()).onSuccess(list -> {
            fillSaved(list, Optional.empty());
            if (!list.isEmpty() && checklist() == null && generation == first) {
                reopen(list.get(0).id());
            }
        }).onError(this::fail).start();
    }

    /** The time fields at the present, in the form's zone. */
    private void fillNow() {
        LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), formZone.get());
        eventDate.set(now.toLocalDate());
        eventTime.set(TimeFields.text(now.toLocalTime()));
    }

    /** The times of a source are read in its own zone, else the user's: learnt off the FX thread. */
    private void loadZone(String name) {
        if (name == null) {
            return;
        }
        ZoneId userZone = context.zone();
        context.tasks().create(() -> workspace.simulationSource(name).zone(Optional.empty(), userZone))
                .onSuccess(zone -> {
                    if (!name.equals(source.get())) {
                        return;
                    }
                    boolean changed = !zone.equals(formZone.get());
                    formZone.set(zone);
                    zoneSource = name;
                    if (pendingTimes.filter(a -> a.source().equals(name)).isPresent()) {
                        fillTimes(pendingTimes.get());
                        pendingTimes = Optional.empty();
                    } else if (changed) {
                        fillNow();
                    }
                    if (!pendingForm.isEmpty()) {
                        // Back from a language switch: the form as the user left it, over the source's zone's now.
                        formRestorer.accept(pendingForm);
                        pendingForm = Map.of();
                    }
                }).onError(this::fail).start();
    }

    /**
     * The form as the window took it from the view before a language switch: put back now by {@code restorer}, and
     * once more when the source's zone is learnt, since filling the times at that zone's present would undo it.
     */
    public void restoreForm(Map<String, Object> values, Consumer<Map<String, Object>> restorer) {
        pendingForm = Map.copyOf(values);
        formRestorer = restorer;
        restorer.accept(values);
    }

    /**
     * Fills the form with what another view asks (the simulator's source, event and rules), ready to write; the
     * times are filled in the source's zone once it is known.
     */
    public void prefill(ChecklistAsk ask) {
        problem.set("");
        scenario.set(ask.scenario());
        purpose.set(ask.purpose());
        retention.set(choice(ask.rules()));
        pendingTimes = Optional.of(ask);
        if (!sources.contains(ask.source())) {
            sources.add(ask.source());
        }
        if (ask.source().equals(source.get()) && ask.source().equals(zoneSource)) {
            fillTimes(ask);
            pendingTimes = Optional.empty();
        } else {
            source.set(ask.source());
        }
    }

    /** The choice of the form that has {@code rules}; rules no choice has are added as brought from the simulator. */
    RetentionChoice choice(Optional<RetentionRules> rules) {
        if (rules.isEmpty()) {
            return RetentionChoice.USUAL;
        }
        for (RetentionChoice c : retentionChoices) {
            if (c.rules().equals(rules)) {
                return c;
            }
        }
        RetentionChoice brought = new RetentionChoice("checklist.ui.retention.simulator", rules.get().describe(),
                rules);
        retentionChoices.removeIf(c -> c.key().equals(brought.key()));
        retentionChoices.add(brought);
        return brought;
    }

    private void fillTimes(ChecklistAsk ask) {
        Optional<Instant> event = ask.scenario() == ChecklistScenario.LOST ? ask.lost() : ask.deleted();
        event.ifPresent(at -> {
            LocalDateTime local = LocalDateTime.ofInstant(at, formZone.get());
            eventDate.set(local.toLocalDate());
            eventTime.set(TimeFields.text(local.toLocalTime()));
        });
        if (ask.created().isPresent()) {
            LocalDateTime local = LocalDateTime.ofInstant(ask.created().get(), formZone.get());
            createdDate.set(local.toLocalDate());
            createdTime.set(TimeFields.text(local.toLocalTime()));
        } else {
            createdDate.set(null);
            createdTime.set("");
        }
    }

    // ---- writing and reopening ---------------------------------------------------------------------------------

    /** Reads the form and writes the checklist; a problem with the form is said under it. */
    public void write() {
        problem.set("");
        if (source.get() != null && !source.get().equals(zoneSource)) {
            problem.set(i18n().get("checklist.ui.wait"));
            return;
        }
        ChecklistAsk ask;
        try {
            ask = ChecklistModel.ask(new ChecklistModel.Form(scenario.get(), source.get(), createdDate.get(),
                    createdTime.get(), eventDate.get(), eventTime.get(), purpose.get(), retention.get()),
                    formZone.get());
        } catch (InputProblem p) {
            problem.set(i18n().messages().problem(p));
            return;
        }
        Instant now = context.clock().instant();
        ZoneId zone = context.zone();
        int mine = ++generation;
        writing.set(true);
        context.tasks().create(work -> {
            work.message(i18n().get("checklist.ui.writing"));
            RestoreChecklists checklists = checklists();
            Checklist written = checklists.write(ask, now, zone);
            return new Opened(written, checklists.progress(written.id()));
        }).onSuccess(opened -> {
            writing.set(false);
            if (mine == generation) {
                show(opened);
                refreshSaved(Optional.of(opened.checklist().id()));
            }
        }).onError(e -> {
            writing.set(false);
            if (mine == generation) {
                if (inputProblem(e) instanceof InputProblem p) {
                    problem.set(i18n().messages().problem(p));
                } else {
                    fail(e);
                }
            }
        }).start();
    }

    private void reopen(String id) {
        int mine = ++generation;
        context.tasks().create(() -> {
            RestoreChecklists checklists = checklists();
            Checklist opened = checklists.open(id).orElseThrow(() -> new InputProblem("error.checklist.unknown",
                    id));
            return new Opened(opened, checklists.progress(id));
        }).onSuccess(opened -> {
            if (mine == generation) {
                show(opened);
            }
        }).onError(this::fail).start();
    }

    /** The checklists saved in the data folder, newest first. */
    public ObservableList<ChecklistRepository.Saved> saved() {
        return saved;
    }

    /** A saved checklist's name in the list: when it was written, its scenario and its source. */
    public String savedName(ChecklistRepository.Saved one) {
        String scenarioName = ChecklistScenario.fromId(one.scenario())
                .map(s -> i18n().get("checklist.ui.scenario." + s.id())).orElse(one.scenario());
        return i18n().get("checklist.ui.saved.item", i18n().formats().dateTime(one.createdAt(), context.zone()),
                scenarioName, one.source());
    }

    /** The saved checklist chosen: choosing another opens it. */
    public ObjectProperty<ChecklistRepository.Saved> savedChoiceProperty() {
        return savedChoice;
    }

    private void refreshSaved(Optional<String> select) {
        context.tasks().create(() -> checklists().saved()).onSuccess(list -> fillSaved(list, select))
                .onError(this::fail).start();
    }

    private void fillSaved(List<ChecklistRepository.Saved> list, Optional<String> select) {
        showingSaved = true;
        try {
            saved.setAll(list);
            select.flatMap(id -> list.stream().filter(s -> s.id().equals(id)).findFirst())
                    .ifPresent(savedChoice::set);
        } finally {
            showingSaved = false;
        }
    }

    private void show(Opened opened) {
        document = ChecklistDocument.of(opened.checklist(), opened.progress(), i18n().formats());
        progress.set(opened.progress());
        shown.set(opened);
        message.set("");
        showingSaved = true;
        try {
            saved.stream().filter(s -> s.id().equals(opened.checklist().id())).findFirst()
                    .ifPresent(savedChoice::set);
        } finally {
            showingSaved = false;
        }
    }

    // ---- the checklist shown -----------------------------------------------------------------------------------

    /** The checklist shown as it was opened (written, reopened or signed off); null before the first. */
    public ReadOnlyObjectProperty<Opened> shownProperty() {
        return shown;
    }

    /** The ticks and sign-off of the checklist shown, as they are now. */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress;
    }

    /** The checklist shown; null before the first. */
    public Checklist checklist() {
        return shown.get() == null ? null : shown.get().checklist();
    }

    /** The checklist's words, with its ticks as they were when it was opened. */
    ChecklistDocument document() {
        return document;
    }

    /** How much of the checklist shown is done, from 0 to 1. */
    public double doneFraction() {
        long all = ChecklistModel.steps(checklist());
        return all == 0 ? 0 : (double) ChecklistModel.ticked(checklist(), progress.get()) / all;
    }

    /** How many steps are done, in words, and when the checklist was signed off once it is. */
    public String progressWords() {
        Checklist checklist = checklist();
        String text = i18n().get("checklist.ui.progress", ChecklistModel.ticked(checklist, progress.get()),
                ChecklistModel.steps(checklist));
        return progress.get().signOff().map(s -> text + " " + i18n().get("checklist.ui.progress.signed",
                i18n().formats().dateTime(s.at(), checklist.zone(), context.zone()))).orElse(text);
    }

    /** Who ticked a step of the checklist shown, and when; empty while it is not ticked. */
    public Optional<String> tickedBy(String stepId) {
        Checklist checklist = checklist();
        return Optional.ofNullable(progress.get().ticks().get(stepId)).map(t -> i18n().get("checklist.ui.tickedBy",
                t.by(), i18n().formats().dateTime(t.at(), checklist.zone(), context.zone())));
    }

    /** The time left now before retention removes the backup; empty without a checklist or a deadline. */
    public Optional<Duration> timeLeft() {
        Checklist checklist = checklist();
        return checklist == null ? Optional.empty() : ChecklistModel.timeLeft(checklist, context.clock().instant());
    }

    private boolean showing(String id) {
        Checklist checklist = checklist();
        return checklist != null && checklist.id().equals(id);
    }

    /**
     * Ticks or unticks a step off the FX thread. {@code stored} gets the progress the store holds after it (the
     * progress shown follows while the checklist is still the one shown); {@code refused} gets why the store refused.
     */
    public void tick(String stepId, boolean ticked, Consumer<Progress> stored, Consumer<Throwable> refused) {
        String id = checklist().id();
        context.tasks().create(() -> {
            RestoreChecklists checklists = checklists();
            checklists.tick(id, stepId, ticked);
            return checklists.progress(id);
        }).onSuccess(now -> {
            if (showing(id)) {
                progress.set(now);
            }
            stored.accept(now);
        }).onError(refused).start();
    }

    /** What is wrong with the names of a sign-off, in words; empty when both are given. */
    public Optional<String> signOffProblem(String performedBy, String checkedBy) {
        try {
            ChecklistModel.requireNames(performedBy, checkedBy);
            return Optional.empty();
        } catch (InputProblem p) {
            return Optional.of(i18n().messages().problem(p));
        }
    }

    /**
     * Signs the checklist shown off with both names (checked first with {@link #signOffProblem}), and ends the
     * hands-on drill with it when there is one; the checklist is then shown again, signed. A problem the store
     * finds goes to {@code refused} in words; anything else to {@code failed}.
     */
    public void signOff(String performedBy, String checkedBy, Optional<Runnable> endDrill, Consumer<String> refused,
                        Consumer<Throwable> failed) {
        Checklist signed = checklist();
        String id = signed.id();
        context.tasks().create(() -> {
            RestoreChecklists checklists = checklists();
            checklists.signOff(id, performedBy.strip(), checkedBy.strip());
            endDrill.ifPresent(Runnable::run);
            return new Opened(signed, checklists.progress(id));
        }).onSuccess(opened -> {
            if (showing(id)) {
                show(opened);
            }
        }).onError(e -> {
            if (inputProblem(e) instanceof InputProblem p) {
                refused.accept(i18n().messages().problem(p));
            } else {
                failed.accept(e);
            }
        }).start();
    }

    // ---- export and print --------------------------------------------------------------------------------------

    /** The name an export of the checklist shown is offered under: its id, safe for any file system. */
    public String exportName(ChecklistFile.Format format) {
        return checklist().id().replaceAll("[^A-Za-z0-9._-]", "-") + "." + format.id();
    }

    /**
     * Writes the checklist shown to {@code file}, with its ticks and sign-off as they are now and the audit log's
     * head, off the FX thread; the file is replaced at once, never left half written.
     */
    public void export(ChecklistFile.Format format, Path file) {
        ChecklistDocument now = ChecklistDocument.of(checklist(), progress.get(), i18n().formats());
        Locale locale = i18n().locale();
        context.tasks().create(() -> {
            // The audit log's head at this moment goes with the copy, so it can show entries cut later.
            ChecklistFile.write(file, now.withAuditHead(workspace.ledger().auditHead().map(Object::toString),
                    i18n().formats().messages()), format, locale);
            return file;
        }).onSuccess(written -> message.set(i18n().get("checklist.ui.exported", written.toString())))
                .onError(e -> onFailure.accept(new Failure("checklist.ui.export.fail", e)))
                .start();
    }

    /** How a print went. */
    public enum PrintOutcome {
        /** No printer is set up: a PDF is suggested instead. */
        NO_PRINTER("checklist.ui.noPrinter"),
        PRINTED("checklist.ui.printed"),
        FAILED("checklist.ui.printFailed");

        private final String key;

        PrintOutcome(String key) {
            this.key = key;
        }
    }

    /** Whether there is a checklist to export or print. */
    public boolean hasChecklist() {
        return checklist() != null;
    }

    /** Says how a print went. */
    public void printed(PrintOutcome outcome) {
        message.set(i18n().get(outcome.key));
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    private static Throwable inputProblem(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof InputProblem) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Anything but a problem with what the user gave is a bug, shown as one. */
    public void fail(Throwable error) {
        onFailure.accept(new Failure("checklist.ui.fail", error));
    }
}
