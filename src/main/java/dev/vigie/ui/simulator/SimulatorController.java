package dev.vigie.ui.simulator;

import dev.vigie.i18n.Formats;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ChatImport;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.FormMemory;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.IconButtons;
import dev.vigie.ui.common.KeepsForm;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.simulator.SimulatorModel.Answer;
import dev.vigie.ui.simulator.SimulatorModel.Kind;
import dev.vigie.ui.simulator.SimulatorViewModel.Frame;
import dev.vigie.ui.simulator.SimulatorViewModel.KeptRow;
import dev.vigie.ui.simulator.SimulatorViewModel.ScenarioLine;
import dev.vigie.ui.timeline.TimelineController;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The simulator: pick a source, a retention policy and an event, and see every backup's lifetime, whether the data
 * can still be restored and what to do; step through the runs; answer a CSV of events; compare ways of backing up;
 * see what the policy keeps today and why. The view: its state and work are the {@link SimulatorViewModel}'s.
 */
public final class SimulatorController implements KeepsForm {

    private final UiContext context;
    private final Workspace workspace;
    private final SimulatorViewModel model;
    private final LifetimeView view;
    private final Consumer<ChecklistAsk> makeChecklist;
    private ChatPane chatPane;
    private Map<String, Object> pendingForm = Map.of();

    @FXML private BorderPane root;
    @FXML private VBox form;
    @FXML private ComboBox<String> sourceBox;
    @FXML private ComboBox<RetentionPreset> presetBox;
    @FXML private Label presetExplanation;
    @FXML private GridPane customPane;
    @FXML private Spinner<Integer> keepLast;
    @FXML private Spinner<Integer> keepHourly;
    @FXML private Spinner<Integer> keepDaily;
    @FXML private Spinner<Integer> keepWeekly;
    @FXML private Spinner<Integer> keepMonthly;
    @FXML private Spinner<Integer> keepYearly;
    @FXML private TextField within;
    @FXML private TextField withinHourly;
    @FXML private TextField withinDaily;
    @FXML private TextField withinWeekly;
    @FXML private TextField withinMonthly;
    @FXML private TextField withinYearly;
    @FXML private TextField scheduleField;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton messageRadio;
    @FXML private RadioButton lossRadio;
    @FXML private VBox createdBox;
    @FXML private DatePicker createdDate;
    @FXML private TextField createdTime;
    @FXML private Label eventLabel;
    @FXML private DatePicker eventDate;
    @FXML private TextField eventTime;
    @FXML private Label zoneLabel;
    @FXML private Button simulateButton;
    @FXML private Label problemLabel;
    @FXML private Label stateBadge;
    @FXML private Label verdictTitle;
    @FXML private Label verdictLabel;
    @FXML private Label adviceLabel;
    @FXML private Button checklistButton;
    @FXML private Label legendObserved;
    @FXML private Label legendProjected;
    @FXML private Label legendCaptured;
    @FXML private Label legendWindow;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button fitButton;
    @FXML private VBox canvasBox;
    @FXML private CheckBox stepCheck;
    @FXML private ToggleButton playButton;
    @FXML private Slider stepSlider;
    @FXML private Label stepCaption;
    @FXML private Button importButton;
    @FXML private Label batchFile;
    @FXML private Label batchProblem;
    @FXML private TableView<EventOutcome> batchTable;
    @FXML private Label batchSummary;
    @FXML private ComboBox<RetentionPreset> scenarioPreset;
    @FXML private TextField scenarioSchedule;
    @FXML private TextField delayField;
    @FXML private Label whatIfProblem;
    @FXML private TableView<ScenarioLine> whatIfTable;
    @FXML private Label whatIfPeriod;
    @FXML private Label keptPolicy;
    @FXML private TableView<KeptRow> keptTable;
    @FXML private Label keptSummary;

    /**
     * @param makeChecklist opens the checklist view with what a restore checklist for the answered event asks
     */
    public SimulatorController(UiContext context, Workspace workspace, Consumer<ChecklistAsk> makeChecklist) {
        this.context = context;
        this.workspace = workspace;
        this.makeChecklist = makeChecklist;
        this.model = new SimulatorViewModel(context, workspace);
        Instant now = context.clock().instant();
        Duration margin = SimulatorViewModel.MARGIN;
        this.view = new LifetimeView(now.minus(margin).toEpochMilli(), margin.multipliedBy(2).toMillis());
    }

    private I18n i18n() {
        return context.i18n();
    }

    private Formats formats() {
        return i18n().formats();
    }

    @FXML
    private void initialize() {
        view.setId("lifetimes");
        VBox.setVgrow(view, Priority.ALWAYS);
        canvasBox.getChildren().add(view);
        IconButtons.dress(zoomInButton, Material2OutlinedMZ.ZOOM_IN, i18n(), "timeline.zoomIn");
        IconButtons.dress(zoomOutButton, Material2OutlinedMZ.ZOOM_OUT, i18n(), "timeline.zoomOut");
        IconButtons.dress(fitButton, Material2OutlinedAL.CENTER_FOCUS_STRONG, i18n(), "simulator.fit");
        legendObserved.setGraphic(new Rectangle(16, 8, LifetimeView.OBSERVED));
        Rectangle projected = new Rectangle(16, 8, LifetimeView.PROJECTED);
        projected.setStroke(LifetimeView.OBSERVED);
        legendProjected.setGraphic(projected);
        legendCaptured.setGraphic(new Rectangle(16, 8, LifetimeView.CAPTURED));
        legendWindow.setGraphic(new Rectangle(14, 14, LifetimeView.WINDOW));
        view.textColorProperty().set(textColor(context.appearance().themeProperty().get()));
        context.appearance().themeProperty().addListener((obs, old, now) -> view.textColorProperty()
                .set(textColor(now)));
        view.setFontSize(TimelineController.axisFontSize(context.appearance().trainingProperty().get()));
        context.appearance().trainingProperty().addListener((obs, old, now) ->
                view.setFontSize(TimelineController.axisFontSize(now)));

        setUpPolicy();
        setUpEvent();
        setUpAnswer();
        setUpStepping();
        setUpTables();

        chatPane = new ChatPane(context, workspace, () -> Optional.ofNullable(model.sourceProperty().get()),
                model::chatAsk, this::window);
        form.getChildren().add(chatPane);
        root.setOnDragOver(ChatImport::acceptFiles);
        root.setOnDragDropped(e -> ChatImport.dropped(e).ifPresent(chatPane::importFile));
        model.setOnFailure(this::fail);
        model.setOnAsked(chatPane::formChanged);
        model.setOnSourceRead(() -> {
            if (!pendingForm.isEmpty()) {
                // Back from a language switch: the form as the user left it, over the source's defaults.
                FormMemory.restore(root, pendingForm);
                pendingForm = Map.of();
            }
        });
        sourceBox.setItems(model.sources());
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        model.load();
    }

    private static Color textColor(Preferences.Theme theme) {
        return theme == Preferences.Theme.DARK ? Color.web("#c9d1d9") : Color.web("#57606a");
    }

    private void setUpPolicy() {
        StringConverter<RetentionPreset> names = new StringConverter<>() {
            @Override
            public String toString(RetentionPreset preset) {
                return preset == null ? "" : model.presetName(preset);
            }

            @Override
            public RetentionPreset fromString(String text) {
                return null;
            }
        };
        presetBox.setConverter(names);
        presetBox.getItems().setAll(RetentionPresets.all());
        presetBox.valueProperty().addListener((obs, old, now) -> {
            boolean custom = now != null && now.isCustom();
            customPane.setVisible(custom);
            customPane.setManaged(custom);
            presetExplanation.setText(now == null ? "" : i18n().get(custom ? "simulator.preset.custom"
                    : now.explanationKey()));
        });
        List<Spinner<Integer>> spinners = List.of(keepLast, keepHourly, keepDaily, keepWeekly, keepMonthly,
                keepYearly);
        List<TextField> spans = List.of(within, withinHourly, withinDaily, withinWeekly, withinMonthly, withinYearly);
        for (int i = 0; i < spinners.size(); i++) {
            Spinner<Integer> spinner = spinners.get(i);
            spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(RetentionRules.UNLIMITED,
                    9999, Integer.parseInt(model.counts().get(i).get())));
            spinner.setPrefWidth(78);
            // The typed text, committed or not: what the user sees is what is simulated.
            spinner.getEditor().textProperty().bindBidirectional(model.counts().get(i));
            spans.get(i).textProperty().bindBidirectional(model.spans().get(i));
        }
        presetBox.valueProperty().bindBidirectional(model.presetProperty());
        scheduleField.textProperty().bindBidirectional(model.scheduleProperty());
        scheduleField.promptTextProperty().bind(model.schedulePromptProperty());
        // The source's own schedule, said as the prompt, is often wider than the field: whole on hover.
        Tooltip schedulePrompt = new Tooltip();
        schedulePrompt.textProperty().bind(model.schedulePromptProperty());
        scheduleField.setTooltip(schedulePrompt);
        scenarioPreset.setConverter(names);
        scenarioPreset.getItems().setAll(RetentionPresets.all());
        scenarioPreset.valueProperty().bindBidirectional(model.scenarioPresetProperty());
        scenarioSchedule.textProperty().bindBidirectional(model.scenarioScheduleProperty());
        scenarioSchedule.setPromptText(i18n().get("simulator.whatif.schedule.prompt"));
        delayField.textProperty().bindBidirectional(model.delayProperty());
    }

    private void setUpEvent() {
        // The radios set the kind; the form follows it.
        kindGroup.selectedToggleProperty().addListener((obs, old, now) -> model.kindProperty()
                .set(now == lossRadio ? Kind.LOSS : Kind.MESSAGE));
        model.kindProperty().addListener((obs, old, now) -> {
            boolean loss = now == Kind.LOSS;
            createdBox.setVisible(!loss);
            createdBox.setManaged(!loss);
            eventLabel.setText(i18n().get(loss ? "simulator.lost" : "simulator.deleted"));
        });
        createdDate.setPromptText(i18n().get("simulator.created.prompt"));
        // Dates in the window's language, not the system's: the rest of the view speaks it.
        for (DatePicker picker : List.of(createdDate, eventDate)) {
            TimeFields.showDates(picker, formats());
        }
        createdDate.valueProperty().bindBidirectional(model.createdDateProperty());
        createdTime.textProperty().bindBidirectional(model.createdTimeProperty());
        eventDate.valueProperty().bindBidirectional(model.eventDateProperty());
        eventTime.textProperty().bindBidirectional(model.eventTimeProperty());
        zoneLabel.textProperty().bind(model.zoneTextProperty());
        showProblem(problemLabel, model.problemProperty());
    }

    /** A problem's label shows only while there is one to say. */
    private static void showProblem(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(text.isNotEmpty());
    }

    private void setUpAnswer() {
        verdictTitle.textProperty().bind(model.verdictTitleProperty());
        verdictLabel.textProperty().bind(model.verdictProperty());
        adviceLabel.textProperty().bind(model.adviceProperty());
        adviceLabel.visibleProperty().bind(model.adviceProperty().isNotEmpty());
        adviceLabel.managedProperty().bind(model.adviceProperty().isNotEmpty());
        stateBadge.visibleProperty().bind(model.stateProperty().isNotEmpty());
        model.stateProperty().addListener((obs, old, state) -> {
            if (!state.isEmpty()) {
                stateBadge.setText(i18n().get("simulator.state." + state));
                stateBadge.getStyleClass().removeAll("state-up", "state-down", "state-late");
                stateBadge.getStyleClass().add(state.equals("recoverable") ? "state-up" : state.equals("never")
                        ? "state-down" : "state-late");
            }
        });
        checklistButton.visibleProperty().bind(model.answerProperty().isNotNull());
        checklistButton.managedProperty().bind(model.answerProperty().isNotNull());
        // Each new answer is drawn, even one equal to the last; none left clears the bars of the old one.
        model.answerProperty().addListener(o -> draw(model.answerProperty().get()));
    }

    private void setUpStepping() {
        stepSlider.disableProperty().bind(model.steppableProperty().not());
        stepCheck.disableProperty().bind(model.steppableProperty().not());
        playButton.disableProperty().bind(model.steppableProperty().not());
        stepSlider.minProperty().bind(model.stepMinProperty());
        stepSlider.maxProperty().bind(model.stepMaxProperty());
        stepSlider.valueProperty().bindBidirectional(model.stepProperty());
        stepCheck.selectedProperty().bindBidirectional(model.steppingProperty());
        playButton.selectedProperty().addListener((obs, old, on) -> playButton.setText(i18n().get(on
                ? "simulator.pause" : "simulator.play")));
        playButton.selectedProperty().bindBidirectional(model.playingProperty());
        stepCaption.textProperty().bind(model.stepCaptionProperty());
        model.shownRunProperty().addListener((obs, old, run) -> view.setStep(run.intValue()));
    }

    /** Draws an answer's backups, its event and the window the data can be restored in; none draws the axis alone. */
    private void draw(Answer a) {
        if (a == null) {
            view.clear();
            return;
        }
        ZoneId zone = a.simulation().zone();
        LifetimeData data = a.lifetimes();
        Frame f = SimulatorViewModel.frame(a);
        view.setData(data, new LifetimeView.Overlay(f.event(), f.loss(), f.created(), f.from(), f.to(),
                f.windowFrom(), f.windowTo(), f.now(), i18n().get(f.loss() ? "simulator.marker.lost"
                : "simulator.marker.deleted"), i18n().get("simulator.marker.now")), zone, i18n().locale(),
                f.fitFrom(), f.fitTo());
        view.setDescriber(i -> barText(data, i, i >= f.from() && i < f.to(), f.loss(), zone),
                i -> formats().dateTime(Instant.ofEpochMilli(data.created(i)), zone));
    }

    /** A bar's tooltip: which backup, seen or projected, kept until when, and whether it holds the data. */
    private String barText(LifetimeData data, int i, boolean captured, boolean loss, ZoneId zone) {
        String made = formats().dateTime(Instant.ofEpochMilli(data.created(i)), zone);
        String until = data.pruned(i) == LifetimeData.KEPT ? i18n().get("simulator.hover.kept")
                : i18n().get("simulator.hover.until", formats().dateTime(Instant.ofEpochMilli(data.pruned(i)), zone));
        String kind = i18n().get(data.observed(i) ? "simulator.hover.observed" : "simulator.hover.projected");
        String holds = captured ? "\n" + i18n().get(loss ? "simulator.hover.lastBefore" : "simulator.hover.holds")
                : "";
        return i18n().get("simulator.hover.backup", made, kind, until) + holds;
    }

    private void setUpTables() {
        new SimulatorTables(context, model).setUp(batchTable, whatIfTable, keptTable);
        batchFile.textProperty().bind(model.batchFileProperty());
        showProblem(batchProblem, model.batchProblemProperty());
        batchSummary.textProperty().bind(model.batchSummaryProperty());
        showProblem(whatIfProblem, model.whatIfProblemProperty());
        whatIfPeriod.textProperty().bind(model.whatIfPeriodProperty());
        keptPolicy.textProperty().bind(model.keptPolicyProperty());
        keptSummary.textProperty().bind(model.keptSummaryProperty());
    }

    /** Reads the form and answers its event; a problem with the form is said under it, nothing else changes. */
    @FXML
    void simulate() {
        model.simulate();
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

    /** Opens the checklist view on the answered event: its source, scenario, times and the policy simulated. */
    @FXML
    void makeChecklist() {
        model.checklistAsk().ifPresent(makeChecklist);
    }

    @FXML
    private void zoomIn() {
        view.zoomIn();
    }

    @FXML
    private void zoomOut() {
        view.zoomOut();
    }

    @FXML
    private void fit() {
        view.fitEvent();
    }

    @FXML
    private void chooseEvents() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().get("simulator.batch.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n().get("simulator.batch.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(i18n().get("simulator.batch.all"), "*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            importEvents(file.toPath());
        }
    }

    /** Answers every event of a CSV under the form's source and policy, all or nothing. */
    void importEvents(Path file) {
        model.importEvents(file);
    }

    @FXML
    private void addScenario() {
        model.addScenario();
    }

    @FXML
    private void removeScenario() {
        model.removeScenario(whatIfTable.getSelectionModel().getSelectedIndex());
    }

    /** Compares the backups as observed, under the form's policy, with the scenarios added. */
    @FXML
    void compare() {
        model.compare();
    }

    private void fail(Throwable error) {
        ErrorDialog.show(window(), i18n(), i18n().get("simulator.fail"), error);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** For tests: the source the answer shown is about; empty when none is shown. */
    Optional<String> answeredSource() {
        return model.answeredSource();
    }

    /** For tests: the source the form's work runs on, once read. */
    Optional<String> loadedName() {
        return model.loadedName();
    }

    /** For tests: the canvas. */
    LifetimeView lifetimes() {
        return view;
    }
}
