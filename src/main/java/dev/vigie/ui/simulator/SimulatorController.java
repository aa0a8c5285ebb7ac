package dev.vigie.ui.simulator;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.report.SimulationText;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.retention.Snapshot;
import dev.vigie.schedule.Durations;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.LossOutcome;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.simulation.ScenarioOutcome;
import dev.vigie.simulation.SimulationResult;
import dev.vigie.simulation.WhatIfResult;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ChatImport;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.FormMemory;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.IconButtons;
import dev.vigie.ui.common.KeepsForm;
import dev.vigie.ui.common.TimeFields;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.simulator.SimulatorModel.Answer;
import dev.vigie.ui.simulator.SimulatorModel.CustomRules;
import dev.vigie.ui.simulator.SimulatorModel.Kind;
import dev.vigie.ui.simulator.SimulatorModel.Request;
import dev.vigie.ui.simulator.SimulatorModel.ScenarioSpec;
import dev.vigie.ui.simulator.SimulatorModel.Simulation;
import dev.vigie.ui.timeline.TimelineController;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.SimulationSource;
import dev.vigie.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
 * see what the policy keeps today and why. All work runs off the FX thread.
 */
public final class SimulatorController implements KeepsForm {

    private static final Duration MARGIN = Duration.ofDays(3);

    private final UiContext context;
    private final Workspace workspace;
    private final LifetimeView view;
    private final List<ScenarioSpec> alternatives = new ArrayList<>();
    private final Timeline player = new Timeline();
    private final Consumer<ChecklistAsk> makeChecklist;
    private SimulationSource loadedSource;
    private String loadedName;
    private boolean simulatedOnce;
    private int generation;
    private Task<?> running;
    private Answer answer;
    private ChatPane chatPane;
    /** What {@link #fillNow} put in the event's fields: the present, not a time the user gave. */
    private Optional<LocalDateTime> prefilledEvent = Optional.empty();
    private Map<String, Object> pendingForm = Map.of();
    private Optional<String> answeredSource = Optional.empty();

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

    /** One row of the what-if table: a scenario, and its figures once compared. */
    record ScenarioLine(String label, Optional<ScenarioOutcome> outcome) {
    }

    /** One backup seen, kept or removed by the policy today, and why. */
    record KeptRow(Snapshot snapshot, boolean kept, List<String> reasons) {
    }

    /**
     * @param makeChecklist opens the checklist view with what a restore checklist for the answered event asks
     */
    public SimulatorController(UiContext context, Workspace workspace, Consumer<ChecklistAsk> makeChecklist) {
        this.context = context;
        this.workspace = workspace;
        this.makeChecklist = makeChecklist;
        Instant now = context.clock().instant();
        this.view = new LifetimeView(now.minus(MARGIN).toEpochMilli(), MARGIN.multipliedBy(2).toMillis());
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
        clearWhenTheFormChanges();
        setUpStepping();
        setUpTables();

        chatPane = new ChatPane(context, workspace, () -> Optional.ofNullable(sourceBox.getValue()), this::chatAsk,
                this::window);
        form.getChildren().add(chatPane);
        root.setOnDragOver(ChatImport::acceptFiles);
        root.setOnDragDropped(e -> ChatImport.dropped(e).ifPresent(chatPane::importFile));
        sourceBox.valueProperty().addListener((obs, old, now) -> loadSource(now));
        context.tasks().create(workspace::sources).onSuccess(list -> {
            sourceBox.getItems().setAll(list.stream().map(s -> s.source().name()).toList());
            if (list.isEmpty()) {
                showProblem(problemLabel, i18n().get("simulator.noSource"));
            } else if (sourceBox.getValue() == null || !sourceBox.getItems().contains(sourceBox.getValue())) {
                sourceBox.setValue(list.get(0).source().name());
            }
        }).onError(this::fail).start();
    }

    private static Color textColor(Preferences.Theme theme) {
        return theme == Preferences.Theme.DARK ? Color.web("#c9d1d9") : Color.web("#57606a");
    }

    private void setUpPolicy() {
        StringConverter<RetentionPreset> names = new StringConverter<>() {
            @Override
            public String toString(RetentionPreset preset) {
                return preset == null ? "" : presetName(preset);
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
        for (Spinner<Integer> spinner : List.of(keepLast, keepHourly, keepDaily, keepWeekly, keepMonthly,
                keepYearly)) {
            spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(RetentionRules.UNLIMITED,
                    9999, 0));
            spinner.setPrefWidth(78);
        }
        // A common restic policy as the starting point of one's own rules.
        keepDaily.getValueFactory().setValue(7);
        keepWeekly.getValueFactory().setValue(4);
        keepMonthly.getValueFactory().setValue(12);
        presetBox.setValue(RetentionPresets.named(RetentionPresets.CUSTOM).orElseThrow());
        scenarioPreset.setConverter(names);
        scenarioPreset.getItems().setAll(RetentionPresets.all());
        scenarioPreset.setValue(RetentionPresets.all().get(0));
        scheduleField.setPromptText(i18n().get("simulator.schedule.prompt"));
        scenarioSchedule.setPromptText(i18n().get("simulator.whatif.schedule.prompt"));
    }

    private String presetName(RetentionPreset preset) {
        return i18n().get("simulator.presetName." + preset.name());
    }

    /** An answer stands only beside the form that asked it: any change to the event or the policy takes it down. */
    private void clearWhenTheFormChanges() {
        javafx.beans.InvalidationListener stale = o -> {
            if (answer != null || running != null && !running.isDone()) {
                clearAnswer();
            }
        };
        eventDate.valueProperty().addListener(stale);
        eventTime.textProperty().addListener(stale);
        createdDate.valueProperty().addListener(stale);
        createdTime.textProperty().addListener(stale);
        kindGroup.selectedToggleProperty().addListener(stale);
        presetBox.valueProperty().addListener(stale);
        scheduleField.textProperty().addListener(stale);
    }

    private void setUpEvent() {
        kindGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            boolean loss = now == lossRadio;
            createdBox.setVisible(!loss);
            createdBox.setManaged(!loss);
            eventLabel.setText(i18n().get(loss ? "simulator.lost" : "simulator.deleted"));
        });
        createdDate.setPromptText(i18n().get("simulator.created.prompt"));
        // Dates in the window's language, not the system's: the rest of the view speaks it.
        for (DatePicker picker : List.of(createdDate, eventDate)) {
            TimeFields.showDates(picker, formats());
        }
        fillNow(context.zone());
    }

    /** The zone of the form's times is named only when it is not the user's own. */
    private void showZone(ZoneId zone) {
        zoneLabel.setText(zone.equals(context.zone()) ? "" : i18n().get("simulator.zone", zone.getId()));
    }

    /** The event fields at the present, in the zone its times are read in. */
    private void fillNow(ZoneId zone) {
        LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), zone);
        eventDate.setValue(now.toLocalDate());
        eventTime.setText(SimulatorModel.timeText(now.toLocalTime()));
        prefilledEvent = Optional.of(SimulatorModel.dateTime(eventDate.getValue(), eventTime.getText()));
        showZone(zone);
    }

    private void setUpStepping() {
        stepSlider.setDisable(true);
        stepCheck.setDisable(true);
        playButton.setDisable(true);
        stepCheck.selectedProperty().addListener((obs, old, on) -> showStep());
        stepSlider.valueProperty().addListener((obs, old, now) -> showStep());
        player.setCycleCount(Timeline.INDEFINITE);
        player.getKeyFrames().setAll(new KeyFrame(javafx.util.Duration.millis(700), e -> {
            if (stepSlider.getValue() >= stepSlider.getMax()) {
                playButton.setSelected(false);
            } else {
                stepSlider.setValue(Math.round(stepSlider.getValue()) + 1);
            }
        }));
        playButton.selectedProperty().addListener((obs, old, on) -> {
            playButton.setText(i18n().get(on ? "simulator.pause" : "simulator.play"));
            if (on) {
                if (stepSlider.getValue() >= stepSlider.getMax()) {
                    stepSlider.setValue(stepSlider.getMin());
                }
                stepCheck.setSelected(true);
                player.play();
            } else {
                player.stop();
            }
        });
    }

    private void showStep() {
        if (answer == null || !stepCheck.isSelected()) {
            view.setStep(-1);
            stepCaption.setText(answer == null ? "" : i18n().get("simulator.step.off"));
            return;
        }
        LifetimeData data = answer.lifetimes();
        int run = (int) Math.round(stepSlider.getValue());
        view.setStep(run);
        String when = formats().dateTime(Instant.ofEpochMilli(data.created(run)), answer.simulation().zone(),
                context.zone());
        stepCaption.setText(i18n().get("simulator.step.caption", when, data.keptAfter(run), data.removedAt(run),
                i18n().get(data.observed(run) ? "simulator.step.observed" : "simulator.step.projected")));
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
        Function<EventOutcome, String> kind = o -> i18n().get(o instanceof MessageOutcome
                ? "simulate.kind.message" : "simulate.kind.loss");
        batchTable.getColumns().setAll(List.of(
                column("simulate.column.event", o -> o.event().label()),
                column("simulate.column.kind", kind),
                column("simulate.column.captured", this::capturedCell),
                column("simulate.column.recoverableNow", o -> i18n().get(o.recoverableNow() ? "simulate.yes"
                        : "simulate.no")),
                column("simulate.column.until", this::untilCell),
                column("simulate.column.timeLeft", o -> o instanceof MessageOutcome m
                        ? m.timeLeft().map(formats()::duration).orElse("-") : "-"),
                column("simulator.column.advice", this::adviceCell)));
        whatIfTable.getColumns().setAll(List.of(
                column("simulator.whatif.column.scenario", ScenarioLine::label),
                column("simulator.whatif.column.backups", l -> l.outcome()
                        .map(o -> String.valueOf(o.backups())).orElse("")),
                column("simulator.whatif.column.worst", l -> l.outcome()
                        .map(o -> formats().duration(o.worstExposure())).orElse("")),
                column("simulator.whatif.column.mean", l -> l.outcome()
                        .map(o -> formats().duration(o.meanExposure())).orElse("")),
                column("simulator.whatif.column.recoverable", l -> l.outcome()
                        .map(o -> percent(o.recoverableAfterDelay())).orElse(""))));
        keptTable.getColumns().setAll(List.of(
                column("column.time", r -> formats().dateTime(r.snapshot().time().toInstant(),
                        r.snapshot().time().getOffset())),
                column("retention.column.snapshot", r -> r.snapshot().id()),
                column("retention.column.decision", r -> i18n().get(r.kept() ? "simulator.kept.kept"
                        : "simulator.kept.removed")),
                column("retention.column.reasons", r -> String.join(", ", r.reasons().stream()
                        .map(this::reasonWords).toList()))));
        WholeText.tooltips(batchTable);
        WholeText.tooltips(whatIfTable);
        WholeText.tooltips(keptTable);
        showScenarios();
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(i18n().get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private String percent(double share) {
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(i18n().locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    private String capturedCell(EventOutcome o) {
        if (o instanceof MessageOutcome m) {
            return String.valueOf(m.capturedBy().size());
        }
        return ((LossOutcome) o).lastBackupBefore().map(t -> formats().dateTime(t, zone())).orElse("-");
    }

    private String untilCell(EventOutcome o) {
        if (o instanceof MessageOutcome m) {
            return m.keptBeyondHorizon() ? i18n().get("simulate.beyondHorizon")
                    : m.recoverableUntil().map(t -> formats().dateTime(t, zone())).orElse("-");
        }
        return "-";
    }

    private String adviceCell(EventOutcome o) {
        return o instanceof MessageOutcome m
                ? m.advice().map(a -> SimulationText.advice(a, zone(), formats())).orElse("") : "";
    }

    private ZoneId zone() {
        return loadedSource == null ? context.zone() : SimulatorModel.zone(loadedSource, context.zone());
    }

    /** Restic's words for why a backup is kept, in the user's language when the window knows them. */
    private String reasonWords(String restic) {
        return RetentionReasons.words(restic, i18n().messages());
    }

    // ---- the source --------------------------------------------------------------------------------------------

    private void loadSource(String name) {
        if (name == null) {
            return;
        }
        context.tasks().create(() -> workspace.simulationSource(name)).onSuccess(source -> {
            if (!name.equals(sourceBox.getValue())) {
                return;
            }
            boolean first = loadedSource == null;
            loadedSource = source;
            loadedName = name;
            ZoneId zone = zone();
            if (first) {
                fillNow(zone);
            } else {
                showZone(zone);
            }
            presetBox.setValue(defaultPreset(source.layout()));
            try {
                scheduleField.setPromptText(i18n().get("simulator.schedule.source",
                        formats().schedule(source.schedule(Optional.empty(), zone))));
            } catch (InputProblem p) {
                scheduleField.setPromptText(i18n().get("simulator.schedule.prompt"));
            }
            keptTable.getItems().clear();
            keptSummary.setText("");
            if (!pendingForm.isEmpty()) {
                // Back from a language switch: the form as the user left it, over the source's defaults.
                FormMemory.restore(root, pendingForm);
                pendingForm = Map.of();
            }
            // A new source gets its own answer at once: the last one was about another source.
            simulatedOnce = true;
            simulate();
            if (!first) {
                chatPane.formChanged();
            }
        }).onError(this::fail).start();
    }

    /** What a source's layout usually keeps: WhatsApp's dated copies, an iPhone's latest backup, else one's own. */
    private static RetentionPreset defaultPreset(Layout layout) {
        String name = layout.isWhatsApp() ? "whatsapp-local-android"
                : layout.id().startsWith("ios") ? "icloud" : RetentionPresets.CUSTOM;
        return RetentionPresets.named(name).orElseThrow();
    }

    // ---- reading the form --------------------------------------------------------------------------------------

    private RetentionRules formRules() {
        return SimulatorModel.rules(presetBox.getValue().name(), new CustomRules(count(keepLast),
                count(keepHourly), count(keepDaily), count(keepWeekly), count(keepMonthly), count(keepYearly),
                within.getText(), withinHourly.getText(), withinDaily.getText(), withinWeekly.getText(),
                withinMonthly.getText(), withinYearly.getText()));
    }

    /** A spinner's typed text, committed or not: what the user sees is what is simulated. */
    private static int count(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText().strip();
        try {
            int n = Integer.parseInt(text);
            if (n < RetentionRules.UNLIMITED) {
                throw new InputProblem("error.simulator.count", text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InputProblem("error.simulator.count", text);
        }
    }

    private Optional<String> formSchedule() {
        return Optional.ofNullable(scheduleField.getText()).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Request formRequest() {
        boolean loss = kindGroup.getSelectedToggle() == lossRadio;
        Optional<LocalDateTime> created = loss || createdDate.getValue() == null && blank(createdTime)
                ? Optional.empty() : Optional.of(SimulatorModel.dateTime(createdDate.getValue(),
                createdTime.getText()));
        LocalDateTime at = SimulatorModel.dateTime(eventDate.getValue(), eventTime.getText());
        return new Request(loadedName, formRules(), formSchedule(), loss ? Kind.LOSS : Kind.MESSAGE, created, at,
                i18n().get(loss ? "simulate.label.loss" : "simulate.label.message"));
    }

    /**
     * What the chat export section asks: the policy of the form, as the main simulation uses it, and the event's
     * time as the deletion time when the event is a deleted message whose time the user gave.
     *
     * @throws InputProblem when the form does not read
     */
    private SimulatorModel.ChatAsk chatAsk() {
        Kind kind = kindGroup.getSelectedToggle() == lossRadio ? Kind.LOSS : Kind.MESSAGE;
        return new SimulatorModel.ChatAsk(formRules(), SimulatorModel.chatDeleted(kind, eventDate.getValue(),
                eventTime.getText(), prefilledEvent, zone()));
    }

    private static boolean blank(TextField field) {
        return field.getText() == null || field.getText().isBlank();
    }

    private boolean sourceReady(Label problem) {
        if (loadedSource == null || !loadedName.equals(sourceBox.getValue())) {
            showProblem(problem, i18n().get("simulator.noSource"));
            return false;
        }
        return true;
    }

    private static void showProblem(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    // ---- one event ---------------------------------------------------------------------------------------------

    /** Reads the form and answers its event; a problem with the form is said under it, nothing else changes. */
    @FXML
    void simulate() {
        showProblem(problemLabel, "");
        if (!sourceReady(problemLabel)) {
            return;
        }
        chatPane.formChanged();
        Request request;
        try {
            request = formRequest();
        } catch (InputProblem p) {
            showProblem(problemLabel, i18n().messages().problem(p));
            return;
        }
        SimulationSource source = loadedSource;
        String sourceName = loadedName;
        Instant now = context.clock().instant();
        ZoneId userZone = context.zone();
        int mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        running = context.tasks().create(() -> new Simulated(SimulatorModel.answer(source, request, userZone, now),
                SimulatorModel.kept(source, request.rules(), userZone, now))).onSuccess(result -> {
                    if (mine == generation) {
                        show(result.answer());
                        answeredSource = Optional.of(sourceName);
                        showKept(result.kept(), result.answer().simulation().rules(),
                                result.answer().simulation().zone());
                    }
                }).onError(e -> {
                    if (mine == generation) {
                        inputOrFail(problemLabel, e);
                    }
                }).start();
    }

    private record Simulated(Answer answer, RetentionDecision kept) {
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

    /** The answer was for another source: it goes, rather than stand beside a form it no longer matches. */
    private void clearAnswer() {
        answer = null;
        // A simulation still running was asked by the old form: its answer must not come back up.
        generation++;
        if (running != null) {
            running.cancel();
        }
        verdictTitle.setText(i18n().get("simulator.verdict.stale"));
        verdictLabel.setText("");
        view.clear(); // the bars were the old answer's too
        adviceLabel.setText("");
        adviceLabel.setVisible(false);
        adviceLabel.setManaged(false);
        stateBadge.setVisible(false);
        checklistButton.setVisible(false);
        checklistButton.setManaged(false);
        playButton.setSelected(false);
        stepCheck.setSelected(false);
        stepSlider.setDisable(true);
        stepCheck.setDisable(true);
        playButton.setDisable(true);
        showStep();
    }

    private void show(Answer a) {
        this.answer = a;
        ZoneId zone = a.simulation().zone();
        EventOutcome outcome = a.outcome();
        String verdict = SimulationText.verdict(outcome, zone, formats());
        Optional<String> advice = outcome instanceof MessageOutcome m
                ? m.advice().map(x -> SimulationText.advice(x, zone, formats())) : Optional.empty();
        // The verdict ends with the advice: shown apart, where it stands out.
        if (advice.isPresent() && verdict.endsWith(" " + advice.get())) {
            verdict = verdict.substring(0, verdict.length() - advice.get().length() - 1);
        }
        verdictLabel.setText(verdict);
        adviceLabel.setText(advice.orElse(""));
        adviceLabel.setVisible(advice.isPresent());
        adviceLabel.setManaged(advice.isPresent());
        String state = outcome.recoverableNow() ? "recoverable" : outcome.neverCaptured() ? "never" : "lost";
        stateBadge.setText(i18n().get("simulator.state." + state));
        stateBadge.getStyleClass().removeAll("state-up", "state-down", "state-late");
        stateBadge.getStyleClass().add(outcome.recoverableNow() ? "state-up" : outcome.neverCaptured()
                ? "state-down" : "state-late");
        stateBadge.setVisible(true);
        checklistButton.setVisible(true);
        checklistButton.setManaged(true);

        LifetimeData data = a.lifetimes();
        long event;
        long created = LifetimeView.Overlay.ABSENT;
        int from = 0;
        int to = 0;
        long windowFrom = LifetimeView.Overlay.ABSENT;
        long windowTo = LifetimeView.Overlay.ABSENT;
        boolean loss = outcome instanceof LossOutcome;
        if (outcome instanceof MessageOutcome m) {
            event = m.event().deleted().toEpochMilli();
            created = m.event().created().map(Instant::toEpochMilli).orElse(LifetimeView.Overlay.ABSENT);
            if (m.captured()) {
                from = data.firstAtOrAfter(m.capturedBy().get(0).toEpochMilli());
                to = from + m.capturedBy().size();
                windowFrom = event;
                windowTo = m.keptBeyondHorizon() ? LifetimeData.KEPT
                        : m.recoverableUntil().map(Instant::toEpochMilli).orElse(event);
            }
            verdictTitle.setText(i18n().get("simulator.verdict.message", formats().dateTime(m.event().deleted(),
                    zone)));
        } else {
            LossOutcome l = (LossOutcome) outcome;
            event = l.event().lost().toEpochMilli();
            if (l.lastBackupBefore().isPresent()) {
                long backup = l.lastBackupBefore().get().toEpochMilli();
                from = data.firstAtOrAfter(backup);
                to = from + 1;
                windowFrom = backup;
                windowTo = event;
            }
            verdictTitle.setText(i18n().get("simulator.verdict.loss", formats().dateTime(l.event().lost(),
                    zone)));
        }
        long now = a.simulation().now().toEpochMilli();
        long fitFrom = Math.min(event, windowFrom == LifetimeView.Overlay.ABSENT ? event : windowFrom)
                - MARGIN.toMillis();
        long end = windowTo == LifetimeView.Overlay.ABSENT || windowTo == LifetimeData.KEPT
                ? event + Duration.ofDays(7).toMillis() : Math.max(windowTo, event);
        long fitTo = end + MARGIN.toMillis();
        view.setData(data, new LifetimeView.Overlay(event, loss, created, from, to, windowFrom, windowTo, now,
                i18n().get(loss ? "simulator.marker.lost" : "simulator.marker.deleted"),
                i18n().get("simulator.marker.now")), zone, i18n().locale(), fitFrom, fitTo);
        int capturedFrom = from;
        int capturedTo = to;
        view.setDescriber(i -> barText(data, i, i >= capturedFrom && i < capturedTo, loss, zone),
                i -> formats().dateTime(Instant.ofEpochMilli(data.created(i)), zone));

        playButton.setSelected(false);
        stepCheck.setSelected(false);
        boolean steps = data.size() > 0;
        stepSlider.setDisable(!steps);
        stepCheck.setDisable(!steps);
        playButton.setDisable(!steps);
        if (steps) {
            int lo = Math.min(data.firstAtOrAfter(fitFrom), data.size() - 1);
            int hi = Math.max(lo, data.firstAtOrAfter(fitTo + 1) - 1);
            if (hi - lo < 10) {
                lo = Math.max(0, lo - 5);
                hi = Math.min(data.size() - 1, lo + 12);
            }
            stepSlider.setMin(lo);
            stepSlider.setMax(hi);
            stepSlider.setValue(lo);
        }
        showStep();
    }

    private void showKept(RetentionDecision decision, RetentionRules rules, ZoneId zone) {
        Map<Snapshot, RetentionDecision.Reason> reasons = new IdentityHashMap<>();
        decision.reasons().forEach(r -> reasons.put(r.snapshot(), r));
        List<KeptRow> rows = new ArrayList<>();
        for (Snapshot s : decision.keep()) {
            rows.add(new KeptRow(s, true, Optional.ofNullable(reasons.get(s))
                    .map(RetentionDecision.Reason::matches).orElse(List.of())));
        }
        for (Snapshot s : decision.remove()) {
            rows.add(new KeptRow(s, false, List.of()));
        }
        rows.sort(Comparator.comparing((KeptRow r) -> r.snapshot().time().toInstant()).reversed());
        keptTable.getItems().setAll(rows);
        keptPolicy.setText(i18n().get("retention.policy", rules.describe()));
        keptSummary.setText(i18n().get("retention.summary", decision.keep().size(), rows.size(),
                decision.remove().size()));
    }

    /** Opens the checklist view on the answered event: its source, scenario, times and the policy simulated. */
    @FXML
    void makeChecklist() {
        if (answer == null) {
            return;
        }
        EventOutcome outcome = answer.outcome();
        RetentionRules rules = answer.simulation().rules();
        ChecklistAsk ask;
        if (outcome instanceof MessageOutcome m) {
            ask = new ChecklistAsk(ChecklistScenario.RECOVER, loadedName, Optional.of(rules), m.event().created(),
                    Optional.of(m.event().deleted()), Optional.empty(), Purpose.RESTORE_ACCESS);
        } else {
            LossOutcome l = (LossOutcome) outcome;
            ask = new ChecklistAsk(ChecklistScenario.LOST, loadedName, Optional.of(rules), Optional.empty(),
                    Optional.empty(), Optional.of(l.event().lost()), Purpose.RESTORE_ACCESS);
        }
        makeChecklist.accept(ask);
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

    // ---- a batch of events -------------------------------------------------------------------------------------

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

    /**
     * Answers every event of a CSV under the form's source and policy. All or nothing: a line that does not read
     * is named, and the table is left empty.
     */
    void importEvents(Path file) {
        showProblem(batchProblem, "");
        batchTable.getItems().clear();
        batchSummary.setText("");
        batchFile.setText(file.toString());
        if (!sourceReady(batchProblem)) {
            return;
        }
        RetentionRules rules;
        try {
            rules = formRules();
        } catch (InputProblem p) {
            showProblem(batchProblem, i18n().messages().problem(p));
            return;
        }
        SimulationSource source = loadedSource;
        Optional<String> schedule = formSchedule();
        Instant now = context.clock().instant();
        ZoneId userZone = context.zone();
        context.tasks().create(() -> {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputProblem(e, "error.simulate.events.read", file);
            }
            Simulation simulation = SimulatorModel.simulation(source, rules, schedule, userZone, now);
            return SimulatorModel.batch(simulation, file.getFileName().toString(), text);
        }).onSuccess(this::showBatch).onError(e -> inputOrFail(batchProblem, e)).start();
    }

    private void showBatch(SimulationResult result) {
        ObservableList<EventOutcome> rows = FXCollections.observableArrayList(result.outcomes());
        batchTable.setItems(rows);
        SimulationResult.Summary s = result.summary();
        String summary = i18n().get("simulate.summary", s.events(), s.recoverableNow(), s.neverCaptured(), s.lost());
        batchSummary.setText(s.medianTimeLeft().map(d -> summary + " " + i18n().get("simulate.summary.median",
                formats().duration(d))).orElse(summary));
    }

    // ---- what if -----------------------------------------------------------------------------------------------

    @FXML
    private void addScenario() {
        showProblem(whatIfProblem, "");
        RetentionPreset preset = scenarioPreset.getValue();
        Optional<String> schedule = Optional.ofNullable(scenarioSchedule.getText()).map(String::strip)
                .filter(s -> !s.isEmpty());
        RetentionRules rules;
        try {
            rules = preset.isCustom() ? SimulatorModel.rules(RetentionPresets.CUSTOM, customRules())
                    : preset.rules();
            schedule.ifPresent(s -> dev.vigie.schedule.Schedules.parse(s, zone(), Optional.empty()));
        } catch (InputProblem p) {
            showProblem(whatIfProblem, i18n().messages().problem(p));
            return;
        }
        String policy = preset.isCustom() ? rules.describe() : presetName(preset);
        String label = schedule.map(s -> i18n().get("simulator.whatif.label", policy, s)).orElse(policy);
        alternatives.add(new ScenarioSpec(label, rules, schedule));
        scenarioSchedule.clear();
        showScenarios();
    }

    private CustomRules customRules() {
        return new CustomRules(count(keepLast), count(keepHourly), count(keepDaily), count(keepWeekly),
                count(keepMonthly), count(keepYearly), within.getText(), withinHourly.getText(),
                withinDaily.getText(), withinWeekly.getText(), withinMonthly.getText(), withinYearly.getText());
    }

    @FXML
    private void removeScenario() {
        int i = whatIfTable.getSelectionModel().getSelectedIndex();
        if (i > 0 && i - 1 < alternatives.size()) {
            alternatives.remove(i - 1);
            showScenarios();
        }
    }

    private String currentLabel() {
        return i18n().get("simulator.whatif.current");
    }

    private void showScenarios() {
        List<ScenarioLine> lines = new ArrayList<>();
        lines.add(new ScenarioLine(currentLabel(), Optional.empty()));
        alternatives.forEach(a -> lines.add(new ScenarioLine(a.label(), Optional.empty())));
        whatIfTable.getItems().setAll(lines);
        whatIfPeriod.setText("");
    }

    /** Compares the backups as observed, under the form's policy, with the scenarios added. */
    @FXML
    void compare() {
        showProblem(whatIfProblem, "");
        if (!sourceReady(whatIfProblem)) {
            return;
        }
        RetentionRules rules;
        Duration delay;
        try {
            rules = formRules();
            delay = Durations.parse(delayField.getText());
        } catch (InputProblem p) {
            showProblem(whatIfProblem, i18n().messages().problem(p));
            return;
        }
        SimulationSource source = loadedSource;
        Optional<String> schedule = formSchedule();
        List<ScenarioSpec> specs = List.copyOf(alternatives);
        String current = i18n().get("simulator.whatif.currentRules", rules.describe());
        Instant now = context.clock().instant();
        ZoneId userZone = context.zone();
        context.tasks().create(() -> SimulatorModel.compare(source, current, rules, specs, schedule, delay,
                userZone, now)).onSuccess(this::showComparison).onError(e -> inputOrFail(whatIfProblem, e)).start();
    }

    private void showComparison(WhatIfResult result) {
        whatIfTable.getItems().setAll(result.outcomes().stream()
                .map(o -> new ScenarioLine(o.scenario().label(), Optional.of(o))).toList());
        whatIfPeriod.setText(i18n().get("simulator.whatif.period", formats().dateTime(result.from(), zone()),
                formats().dateTime(result.to(), zone()), formats().duration(result.delay())));
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /** A problem with what the user gave is said where they gave it; anything else is a bug, shown as one. */
    private void inputOrFail(Label where, Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof InputProblem) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InputProblem p) {
            showProblem(where, i18n().messages().problem(p));
        } else {
            fail(error);
        }
    }

    private void fail(Throwable error) {
        ErrorDialog.show(window(), i18n(), i18n().get("simulator.fail"), error);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** For tests: the source the form's work runs on, once read. */
    /** The source the answer shown is about; empty when none is shown. */
    Optional<String> answeredSource() {
        return answer == null ? Optional.empty() : answeredSource;
    }

    Optional<String> loadedName() {
        return loadedSource == null ? Optional.empty() : Optional.of(loadedName);
    }

    /** For tests: the canvas. */
    LifetimeView lifetimes() {
        return view;
    }
}
