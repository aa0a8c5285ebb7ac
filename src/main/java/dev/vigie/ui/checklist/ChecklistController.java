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
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.FormMemory;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.KeepsForm;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.drill.ChecklistDrillBar;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.RestoreChecklists;
import dev.vigie.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The restore checklist: choose a scenario, a source and its times, get the checklist the exports write, tick its
 * steps and sign it off (kept in the data folder across launches), reopen a saved one, export or print it. All
 * work with the store runs off the FX thread.
 */
public final class ChecklistController implements KeepsForm {

    private final UiContext context;
    private final Workspace workspace;
    private final Map<String, CheckBox> stepBoxes = new HashMap<>();
    private final Map<String, Label> stepCaptions = new HashMap<>();
    private ZoneId formZone;
    private String zoneSource;
    private Optional<ChecklistAsk> pendingTimes = Optional.empty();
    private Map<String, Object> pendingForm = Map.of();
    private Checklist checklist;
    private Progress progress = Progress.NONE;
    private ChecklistDocument document;
    private int generation;
    private boolean showingSaved;

    @FXML private BorderPane root;
    @FXML private ComboBox<ChecklistScenario> scenarioBox;
    @FXML private Label scenarioHint;
    @FXML private ComboBox<String> sourceBox;
    @FXML private VBox createdBox;
    @FXML private DatePicker createdDate;
    @FXML private TextField createdTime;
    @FXML private VBox eventBox;
    @FXML private Label eventLabel;
    @FXML private DatePicker eventDate;
    @FXML private TextField eventTime;
    @FXML private Label zoneLabel;
    @FXML private ComboBox<Purpose> purposeBox;
    @FXML private ComboBox<RetentionChoice> retentionBox;
    @FXML private Label retentionHint;
    @FXML private Button writeButton;
    @FXML private Label problemLabel;
    @FXML private ComboBox<ChecklistRepository.Saved> savedBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private MenuButton exportButton;
    @FXML private Button printButton;
    @FXML private Label actionLabel;
    @FXML private VBox checklistBox;
    private ChecklistDrillBar drillBar;

    public ChecklistController(UiContext context, Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
        this.formZone = context.zone();
    }

    private I18n i18n() {
        return context.i18n();
    }

    /** The hands-on drill's bar above the checklist (made once). */
    private ChecklistDrillBar drillBar() {
        if (drillBar == null) {
            drillBar = new ChecklistDrillBar(context, workspace.drills(), this::fail);
        }
        return drillBar;
    }

    private RestoreChecklists checklists() {
        return workspace.checklists();
    }

    @FXML
    private void initialize() {
        scenarioBox.setConverter(converter(s -> i18n().get("checklist.ui.scenario." + s.id())));
        scenarioBox.getItems().setAll(ChecklistScenario.values());
        scenarioBox.valueProperty().addListener((obs, old, now) -> showScenario(now));
        scenarioBox.setValue(ChecklistScenario.RECOVER);

        purposeBox.setConverter(converter(p -> i18n().get("checklist.ui.purpose." + p.id())));
        purposeBox.getItems().setAll(Purpose.values());
        purposeBox.setValue(Purpose.RESTORE_ACCESS);
        WholeText.tooltip(scenarioBox);
        WholeText.tooltip(purposeBox);

        // Only a name with a value goes through MessageFormat, which would swallow the apostrophe of the others.
        retentionBox.setConverter(converter(c -> c.arg().isEmpty() ? i18n().get(c.key())
                : i18n().get(c.key(), c.arg())));
        retentionBox.getItems().add(RetentionChoice.USUAL);
        for (RetentionPreset preset : RetentionPresets.all()) {
            if (!preset.isCustom()) {
                retentionBox.getItems().add(new RetentionChoice("simulator.presetName." + preset.name(), "",
                        Optional.of(preset.rules())));
            }
        }
        retentionBox.valueProperty().addListener((obs, old, now) -> retentionHint.setText(now == null ? ""
                : now.rules().map(r -> i18n().get("checklist.ui.retention.rules", r.describe()))
                .orElse(i18n().get("checklist.ui.retention.usual.hint"))));
        retentionBox.setValue(RetentionChoice.USUAL);

        for (DatePicker picker : List.of(createdDate, eventDate)) {
            TimeFields.showDates(picker, i18n().formats());
        }
        createdDate.setPromptText(i18n().get("simulator.created.prompt"));
        fillNow();

        savedBox.setConverter(converter(this::savedName));
        savedBox.setOnAction(e -> {
            ChecklistRepository.Saved saved = savedBox.getValue();
            if (saved != null && !showingSaved && (checklist == null || !checklist.id().equals(saved.id()))) {
                reopen(saved.id());
            }
        });

        sourceBox.valueProperty().addListener((obs, old, now) -> loadZone(now));
        context.tasks().create(workspace::sources).onSuccess(list -> {
            List<String> names = list.stream().map(s -> s.source().name()).toList();
            String wanted = pendingTimes.map(ChecklistAsk::source).orElse(null);
            sourceBox.getItems().setAll(names);
            if (names.isEmpty()) {
                showProblem(i18n().get("checklist.ui.noSource"));
            } else if (sourceBox.getValue() == null || !names.contains(sourceBox.getValue())) {
                sourceBox.setValue(wanted != null && names.contains(wanted) ? wanted : names.get(0));
            }
        }).onError(this::fail).start();
        // Back to work where it was left: the newest saved checklist, with its ticks, until another is written.
        int first = generation;
        context.tasks().create(() -> checklists().saved()).onSuccess(list -> {
            fillSaved(list, Optional.empty());
            if (!list.isEmpty() && checklist == null && generation == first) {
                reopen(list.get(0).id());
            }
        }).onError(this::fail).start();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private String savedName(ChecklistRepository.Saved saved) {
        String scenario = ChecklistScenario.fromId(saved.scenario())
                .map(s -> i18n().get("checklist.ui.scenario." + s.id())).orElse(saved.scenario());
        return i18n().get("checklist.ui.saved.item", i18n().formats().dateTime(saved.createdAt(), context.zone()),
                scenario, saved.source());
    }

    private void showScenario(ChecklistScenario scenario) {
        if (scenario == null) {
            return;
        }
        scenarioHint.setText(i18n().get("checklist.ui.scenario." + scenario.id() + ".hint"));
        boolean deleted = ChecklistModel.asksDeleted(scenario);
        boolean lost = ChecklistModel.asksLost(scenario);
        show(createdBox, deleted);
        show(eventBox, deleted || lost);
        eventLabel.setText(i18n().get(lost ? "checklist.ui.lost" : "checklist.ui.deleted"));
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The zone of the form's times is named only when it is not the user's own. */
    private void showZone(ZoneId zone) {
        zoneLabel.setText(zone.equals(context.zone()) ? "" : i18n().get("simulator.zone", zone.getId()));
    }

    /** The time fields at the present, in the form's zone. */
    private void fillNow() {
        LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), formZone);
        eventDate.setValue(now.toLocalDate());
        eventTime.setText(TimeFields.text(now.toLocalTime()));
        showZone(formZone);
    }

    /** The times of a source are read in its own zone, else the user's: learnt off the FX thread. */
    private void loadZone(String name) {
        if (name == null) {
            return;
        }
        ZoneId userZone = context.zone();
        context.tasks().create(() -> workspace.simulationSource(name).zone(Optional.empty(), userZone))
                .onSuccess(zone -> {
                    if (!name.equals(sourceBox.getValue())) {
                        return;
                    }
                    boolean changed = !zone.equals(formZone);
                    formZone = zone;
                    zoneSource = name;
                    showZone(zone);
                    if (pendingTimes.filter(a -> a.source().equals(name)).isPresent()) {
                        fillTimes(pendingTimes.get());
                        pendingTimes = Optional.empty();
                    } else if (changed) {
                        fillNow();
                    }
                    if (!pendingForm.isEmpty()) {
                        // Back from a language switch: the form as the user left it, over the source's zone's now.
                        FormMemory.restore(root, pendingForm);
                        pendingForm = Map.of();
                    }
                }).onError(this::fail).start();
    }

    @Override
    public Map<String, Object> form() {
        return FormMemory.capture(root);
    }

    @Override
    public void restoreForm(Map<String, Object> values) {
        pendingForm = Map.copyOf(values);
        FormMemory.restore(root, values);
    }

    // ---- opened from another view ------------------------------------------------------------------------------

    /**
     * Fills the form with what another view asks (the simulator's source, event and rules), ready to write; the
     * times are shown in the source's zone once it is known.
     */
    public void prefill(ChecklistAsk ask) {
        showProblem("");
        scenarioBox.setValue(ask.scenario());
        purposeBox.setValue(ask.purpose());
        retentionBox.setValue(choice(ask.rules()));
        pendingTimes = Optional.of(ask);
        if (!sourceBox.getItems().contains(ask.source())) {
            sourceBox.getItems().add(ask.source());
        }
        if (ask.source().equals(sourceBox.getValue()) && ask.source().equals(zoneSource)) {
            fillTimes(ask);
            pendingTimes = Optional.empty();
        } else {
            sourceBox.setValue(ask.source());
        }
        writeButton.requestFocus();
    }

    private RetentionChoice choice(Optional<RetentionRules> rules) {
        if (rules.isEmpty()) {
            return RetentionChoice.USUAL;
        }
        for (RetentionChoice c : retentionBox.getItems()) {
            if (c.rules().equals(rules)) {
                return c;
            }
        }
        RetentionChoice brought = new RetentionChoice("checklist.ui.retention.simulator", rules.get().describe(),
                rules);
        retentionBox.getItems().removeIf(c -> c.key().equals(brought.key()));
        retentionBox.getItems().add(brought);
        return brought;
    }

    private void fillTimes(ChecklistAsk ask) {
        Optional<Instant> event = ask.scenario() == ChecklistScenario.LOST ? ask.lost() : ask.deleted();
        event.ifPresent(at -> {
            LocalDateTime local = LocalDateTime.ofInstant(at, formZone);
            eventDate.setValue(local.toLocalDate());
            eventTime.setText(TimeFields.text(local.toLocalTime()));
        });
        if (ask.created().isPresent()) {
            LocalDateTime local = LocalDateTime.ofInstant(ask.created().get(), formZone);
            createdDate.setValue(local.toLocalDate());
            createdTime.setText(TimeFields.text(local.toLocalTime()));
        } else {
            createdDate.setValue(null);
            createdTime.clear();
        }
    }

    // ---- writing and reopening ---------------------------------------------------------------------------------

    /** Reads the form and writes the checklist; a problem with the form is said under it. */
    @FXML
    void write() {
        showProblem("");
        if (sourceBox.getValue() != null && !sourceBox.getValue().equals(zoneSource)) {
            showProblem(i18n().get("checklist.ui.wait"));
            return;
        }
        ChecklistAsk ask;
        try {
            ask = ChecklistModel.ask(new ChecklistModel.Form(scenarioBox.getValue(), sourceBox.getValue(),
                    createdDate.getValue(), createdTime.getText(), eventDate.getValue(), eventTime.getText(),
                    purposeBox.getValue(), retentionBox.getValue()), formZone);
        } catch (InputProblem p) {
            showProblem(i18n().messages().problem(p));
            return;
        }
        Instant now = context.clock().instant();
        ZoneId zone = context.zone();
        int mine = ++generation;
        writeButton.setDisable(true);
        context.tasks().create(progress -> {
            progress.message(i18n().get("checklist.ui.writing"));
            RestoreChecklists checklists = checklists();
            Checklist written = checklists.write(ask, now, zone);
            return new Opened(written, checklists.progress(written.id()));
        }).onSuccess(opened -> {
            writeButton.setDisable(false);
            if (mine == generation) {
                show(opened);
                refreshSaved(Optional.of(opened.checklist().id()));
            }
        }).onError(e -> {
            writeButton.setDisable(false);
            if (mine == generation) {
                inputOrFail(e);
            }
        }).start();
    }

    private record Opened(Checklist checklist, Progress progress) {
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

    private void refreshSaved(Optional<String> select) {
        context.tasks().create(() -> checklists().saved()).onSuccess(list -> fillSaved(list, select))
                .onError(this::fail).start();
    }

    private void fillSaved(List<ChecklistRepository.Saved> list, Optional<String> select) {
        showingSaved = true;
        try {
            savedBox.getItems().setAll(list);
            select.flatMap(id -> list.stream().filter(s -> s.id().equals(id)).findFirst())
                    .ifPresent(savedBox::setValue);
        } finally {
            showingSaved = false;
        }
    }

    private void show(Opened opened) {
        checklist = opened.checklist();
        progress = opened.progress();
        document = ChecklistDocument.of(checklist, progress, i18n().formats());
        stepBoxes.clear();
        stepCaptions.clear();
        checklistBox.getChildren().setAll(new ChecklistPage(this, false).build());
        checklistBox.getChildren().add(0, drillBar().node());
        drillBar().show(checklist, progress);
        exportButton.setDisable(false);
        printButton.setDisable(false);
        say("");
        showProgress();
        showingSaved = true;
        try {
            savedBox.getItems().stream().filter(s -> s.id().equals(checklist.id())).findFirst()
                    .ifPresent(savedBox::setValue);
        } finally {
            showingSaved = false;
        }
    }

    // ---- ticks and sign-off ------------------------------------------------------------------------------------

    /** Ticks or unticks a step off the FX thread; the box is put back when the store refuses. */
    void tick(String stepId, boolean ticked) {
        String id = checklist.id();
        CheckBox box = stepBoxes.get(stepId);
        box.setDisable(true);
        context.tasks().create(() -> {
            RestoreChecklists checklists = checklists();
            checklists.tick(id, stepId, ticked);
            return checklists.progress(id);
        }).onSuccess(now -> {
            box.setDisable(now.signOff().isPresent());
            if (checklist != null && checklist.id().equals(id)) {
                progress = now;
                box.setSelected(now.ticks().containsKey(stepId));
                showProgress();
            }
        }).onError(e -> {
            box.setDisable(false);
            box.setSelected(!ticked);
            fail(e);
        }).start();
    }

    /** Signs the checklist off with both names; a blank name is said beside the fields. */
    void signOff(String performedBy, String checkedBy, Label problem, Button button) {
        try {
            ChecklistModel.requireNames(performedBy, checkedBy);
        } catch (InputProblem p) {
            problem.setText(i18n().messages().problem(p));
            show(problem, true);
            return;
        }
        show(problem, false);
        Checklist signed = checklist;
        String id = signed.id();
        Optional<Runnable> endDrill = drillBar().finishAtSignOff(performedBy);
        button.setDisable(true);
        context.tasks().create(() -> {
            RestoreChecklists checklists = checklists();
            checklists.signOff(id, performedBy.strip(), checkedBy.strip());
            endDrill.ifPresent(Runnable::run);
            return new Opened(signed, checklists.progress(id));
        }).onSuccess(opened -> {
            if (checklist != null && checklist.id().equals(id)) {
                show(opened);
            }
        }).onError(e -> {
            button.setDisable(false);
            Throwable cause = inputProblem(e);
            if (cause instanceof InputProblem p) {
                problem.setText(i18n().messages().problem(p));
                show(problem, true);
            } else {
                fail(e);
            }
        }).start();
    }

    private void showProgress() {
        long done = ChecklistModel.ticked(checklist, progress);
        long all = ChecklistModel.steps(checklist);
        progressBar.setProgress(all == 0 ? 0 : (double) done / all);
        String text = i18n().get("checklist.ui.progress", done, all);
        progressLabel.setText(progress.signOff().map(s -> text + " " + i18n().get("checklist.ui.progress.signed",
                i18n().formats().dateTime(s.at(), checklist.zone(), context.zone()))).orElse(text));
        stepCaptions.forEach((stepId, caption) -> {
            Optional<Progress.Tick> tick = Optional.ofNullable(progress.ticks().get(stepId));
            caption.setText(tick.map(t -> i18n().get("checklist.ui.tickedBy", t.by(),
                    i18n().formats().dateTime(t.at(), checklist.zone(), context.zone()))).orElse(""));
            show(caption, tick.isPresent());
        });
    }

    // ---- what the page builder needs ---------------------------------------------------------------------------

    I18n words() {
        return i18n();
    }

    Checklist checklist() {
        return checklist;
    }

    Progress progress() {
        return progress;
    }

    ChecklistDocument document() {
        return document;
    }

    Instant now() {
        return context.clock().instant();
    }

    void registerStep(String stepId, CheckBox box, Label caption) {
        stepBoxes.put(stepId, box);
        stepCaptions.put(stepId, caption);
    }

    // ---- export and print --------------------------------------------------------------------------------------

    @FXML
    private void exportMarkdown() {
        chooseAndExport(ChecklistFile.Format.MARKDOWN);
    }

    @FXML
    private void exportHtml() {
        chooseAndExport(ChecklistFile.Format.HTML);
    }

    @FXML
    private void exportPdf() {
        chooseAndExport(ChecklistFile.Format.PDF);
    }

    private void chooseAndExport(ChecklistFile.Format format) {
        if (checklist == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().get("checklist.ui.export.title"));
        String extension = "*." + format.id();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                i18n().get("checklist.ui.export.filter." + format.id()), extension));
        chooser.setInitialFileName(checklist.id().replaceAll("[^A-Za-z0-9._-]", "-") + "." + format.id());
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            export(format, file.toPath());
        }
    }

    /**
     * Writes the checklist shown to {@code file}, with its ticks and sign-off as they are now, off the FX thread; the
     * FileChooser's seam for tests.
     */
    void export(ChecklistFile.Format format, Path file) {
        ChecklistDocument shown = ChecklistDocument.of(checklist, progress, i18n().formats());
        java.util.Locale locale = i18n().locale();
        context.tasks().create(() -> {
            // The audit log's head at this moment goes with the copy, so it can show entries cut later.
            ChecklistFile.write(file, shown.withAuditHead(workspace.ledger().auditHead().map(Object::toString),
                    i18n().formats().messages()), format, locale);
            return file;
        }).onSuccess(written -> say(i18n().get("checklist.ui.exported", written.toString())))
                .onError(e -> ErrorDialog.show(window(), i18n(), i18n().get("checklist.ui.export.fail"), e))
                .start();
    }

    /** Prints the checklist as a page of its own; without a printer, says so and suggests a PDF. */
    @FXML
    void print() {
        if (checklist == null) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            say(i18n().get("checklist.ui.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        boolean printed = ChecklistPage.print(job, new ChecklistPage(this, true).build(),
                page.getPrintableWidth(), page.getPrintableHeight());
        if (printed) {
            job.endJob();
            say(i18n().get("checklist.ui.printed"));
        } else {
            job.cancelJob();
            say(i18n().get("checklist.ui.printFailed"));
        }
    }

    // ---- messages and errors -----------------------------------------------------------------------------------

    private void say(String text) {
        actionLabel.setText(text);
        show(actionLabel, !text.isEmpty());
    }

    private void showProblem(String text) {
        problemLabel.setText(text);
        show(problemLabel, !text.isEmpty());
    }

    private static Throwable inputProblem(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof InputProblem) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A problem with what the user gave is said under the form; anything else is a bug, shown as one. */
    private void inputOrFail(Throwable error) {
        if (inputProblem(error) instanceof InputProblem p) {
            showProblem(i18n().messages().problem(p));
        } else {
            fail(error);
        }
    }

    private void fail(Throwable error) {
        ErrorDialog.show(window(), i18n(), i18n().get("checklist.ui.fail"), error);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** For tests: the checklist shown. */
    Optional<Checklist> shown() {
        return Optional.ofNullable(checklist);
    }

    /** For tests: whether the chosen source's zone is known, so that {@link #write} does not ask to wait. */
    boolean sourceRead() {
        return sourceBox.getValue() != null && sourceBox.getValue().equals(zoneSource);
    }

    /** For tests: the time left now, as the view computes it. */
    Optional<Duration> timeLeft() {
        return checklist == null ? Optional.empty() : ChecklistModel.timeLeft(checklist, now());
    }
}
