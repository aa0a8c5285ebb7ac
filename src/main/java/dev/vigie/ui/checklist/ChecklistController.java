package dev.vigie.ui.checklist;

import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Progress;
import dev.vigie.consent.Purpose;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.report.ChecklistFile;
import dev.vigie.store.ChecklistRepository;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.checklist.ChecklistModel.RetentionChoice;
import dev.vigie.ui.checklist.ChecklistViewModel.PrintOutcome;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.FormMemory;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.KeepsForm;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.drill.ChecklistDrillBar;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.Drills;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
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
 * steps and sign it off (kept in the data folder across launches), reopen a saved one, export or print it. The state
 * and the work with the store are the {@link ChecklistViewModel}'s; this builds the page, the dialogs and the
 * drill bar over it.
 */
public final class ChecklistController implements KeepsForm {

    private final UiContext context;
    private final ChecklistViewModel model;
    private final Drills drills;
    private final Map<String, CheckBox> stepBoxes = new HashMap<>();
    private final Map<String, Label> stepCaptions = new HashMap<>();

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

    public ChecklistController(UiContext context, ChecklistViewModel model, Drills drills) {
        this.context = context;
        this.model = model;
        this.drills = drills;
    }

    private I18n i18n() {
        return context.i18n();
    }

    /** The hands-on drill's bar above the checklist (made once). */
    private ChecklistDrillBar drillBar() {
        if (drillBar == null) {
            drillBar = new ChecklistDrillBar(context, drills, model::fail);
        }
        return drillBar;
    }

    @FXML
    private void initialize() {
        model.setOnFailure(f -> ErrorDialog.show(window(), i18n(), i18n().get(f.whatKey()), f.error()));

        scenarioBox.setConverter(converter(s -> i18n().get("checklist.ui.scenario." + s.id())));
        scenarioBox.getItems().setAll(ChecklistScenario.values());
        scenarioBox.valueProperty().bindBidirectional(model.scenarioProperty());
        model.scenarioProperty().addListener((obs, old, now) -> showScenario(now));
        showScenario(model.scenarioProperty().get());

        purposeBox.setConverter(converter(p -> i18n().get("checklist.ui.purpose." + p.id())));
        purposeBox.getItems().setAll(Purpose.values());
        purposeBox.valueProperty().bindBidirectional(model.purposeProperty());
        WholeText.tooltip(scenarioBox);
        WholeText.tooltip(purposeBox);
        WholeText.formBeside(root);

        // Only a name with a value goes through MessageFormat, which would swallow the apostrophe of the others.
        retentionBox.setConverter(converter(c -> c.arg().isEmpty() ? i18n().get(c.key())
                : i18n().get(c.key(), c.arg())));
        retentionBox.setItems(model.retentionChoices());
        retentionBox.valueProperty().bindBidirectional(model.retentionProperty());
        retentionHint.textProperty().bind(model.retentionHintProperty());

        for (DatePicker picker : List.of(createdDate, eventDate)) {
            TimeFields.showDates(picker, i18n().formats());
        }
        createdDate.setPromptText(i18n().get("simulator.created.prompt"));
        createdDate.valueProperty().bindBidirectional(model.createdDateProperty());
        createdTime.textProperty().bindBidirectional(model.createdTimeProperty());
        eventDate.valueProperty().bindBidirectional(model.eventDateProperty());
        eventTime.textProperty().bindBidirectional(model.eventTimeProperty());
        model.formZoneProperty().addListener((obs, old, now) -> showZone(now));
        showZone(model.formZoneProperty().get());

        sourceBox.setItems(model.sources());
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        savedBox.setConverter(converter(model::savedName));
        savedBox.setItems(model.saved());
        savedBox.valueProperty().bindBidirectional(model.savedChoiceProperty());

        writeButton.disableProperty().bind(model.writingProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        showWhenSaid(problemLabel);
        actionLabel.textProperty().bind(model.messageProperty());
        showWhenSaid(actionLabel);
        exportButton.disableProperty().bind(model.shownProperty().isNull());
        printButton.disableProperty().bind(model.shownProperty().isNull());
        model.progressProperty().addListener((obs, old, now) -> showProgress());
        model.shownProperty().addListener((obs, old, now) -> show(now));

        model.load();
    }

    private static void showWhenSaid(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
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

    @Override
    public Map<String, Object> form() {
        return FormMemory.capture(root);
    }

    @Override
    public void restoreForm(Map<String, Object> values) {
        model.restoreForm(values, again -> FormMemory.restore(root, again));
    }

    // ---- opened from another view ------------------------------------------------------------------------------

    /**
     * Fills the form with what another view asks (the simulator's source, event and rules), ready to write; the
     * times are shown in the source's zone once it is known.
     */
    public void prefill(ChecklistAsk ask) {
        model.prefill(ask);
        writeButton.requestFocus();
    }

    // ---- writing and showing -----------------------------------------------------------------------------------

    /** Reads the form and writes the checklist; a problem with the form is said under it. */
    @FXML
    void write() {
        model.write();
    }

    private void show(ChecklistViewModel.Opened opened) {
        stepBoxes.clear();
        stepCaptions.clear();
        checklistBox.getChildren().setAll(new ChecklistPage(this, false).build());
        checklistBox.getChildren().add(0, drillBar().node());
        drillBar().show(opened.checklist(), opened.progress());
        showProgress();
    }

    // ---- ticks and sign-off ------------------------------------------------------------------------------------

    /** Ticks or unticks a step off the FX thread; the box is put back when the store refuses. */
    void tick(String stepId, boolean ticked) {
        CheckBox box = stepBoxes.get(stepId);
        box.setDisable(true);
        model.tick(stepId, ticked, now -> {
            box.setDisable(now.signOff().isPresent());
            box.setSelected(now.ticks().containsKey(stepId));
        }, e -> {
            box.setDisable(false);
            box.setSelected(!ticked);
            model.fail(e);
        });
    }

    /** Signs the checklist off with both names; a blank name is said beside the fields. */
    void signOff(String performedBy, String checkedBy, Label problem, Button button) {
        Optional<String> refused = model.signOffProblem(performedBy, checkedBy);
        if (refused.isPresent()) {
            problem.setText(refused.get());
            show(problem, true);
            return;
        }
        show(problem, false);
        Optional<Runnable> endDrill = drillBar().finishAtSignOff(performedBy);
        button.setDisable(true);
        model.signOff(performedBy, checkedBy, endDrill, words -> {
            button.setDisable(false);
            problem.setText(words);
            show(problem, true);
        }, e -> {
            button.setDisable(false);
            model.fail(e);
        });
    }

    private void showProgress() {
        if (!model.hasChecklist()) {
            return;
        }
        progressBar.setProgress(model.doneFraction());
        progressLabel.setText(model.progressWords());
        stepCaptions.forEach((stepId, caption) -> {
            Optional<String> tickedBy = model.tickedBy(stepId);
            caption.setText(tickedBy.orElse(""));
            show(caption, tickedBy.isPresent());
        });
    }

    // ---- what the page builder needs ---------------------------------------------------------------------------

    I18n words() {
        return i18n();
    }

    Checklist checklist() {
        return model.checklist();
    }

    Progress progress() {
        return model.progressProperty().get();
    }

    ChecklistDocument document() {
        return model.document();
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
        if (!model.hasChecklist()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().get("checklist.ui.export.title"));
        String extension = "*." + format.id();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                i18n().get("checklist.ui.export.filter." + format.id()), extension));
        chooser.setInitialFileName(model.exportName(format));
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
        model.export(format, file);
    }

    /** Prints the checklist as a page of its own; without a printer, says so and suggests a PDF. */
    @FXML
    void print() {
        if (!model.hasChecklist()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.printed(PrintOutcome.NO_PRINTER);
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
            model.printed(PrintOutcome.PRINTED);
        } else {
            job.cancelJob();
            model.printed(PrintOutcome.FAILED);
        }
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** For tests: the checklist shown. */
    Optional<Checklist> shown() {
        return Optional.ofNullable(model.checklist());
    }

    /** For tests: whether the chosen source's zone is known, so that {@link #write} does not ask to wait. */
    boolean sourceRead() {
        return model.sourceRead();
    }
}
