package dev.vigie.ui.drill;

import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChosenBackup;
import dev.vigie.checklist.Progress;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.store.DrillRepository;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.Drills;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A checklist run as a stopwatch: <b>Start drill</b> records the start, each tick its time (as ticks always do), and
 * the checklist's sign-off the end, with whether the data came back and the person's notes. On the training
 * scenario it is practice; on a real source, a restore test.
 */
public final class ChecklistDrillBar {

    private final UiContext context;
    private final Drills drills;
    private final Consumer<Throwable> onFailure;
    private final VBox root = new VBox(6);
    private final ComboBox<DrillOutcome> outcome = new ComboBox<>();
    private final TextField notes = new TextField();
    private Checklist checklist;
    private Optional<DrillRepository.Running> running = Optional.empty();

    public ChecklistDrillBar(UiContext context, Drills drills, Consumer<Throwable> onFailure) {
        this.context = context;
        this.drills = drills;
        this.onFailure = onFailure;
        root.setId("drillBar");
        root.getStyleClass().addAll("card", "drill-bar");
        outcome.setId("drillOutcome");
        outcome.setItems(FXCollections.observableArrayList(DrillOutcome.values()));
        outcome.setValue(DrillOutcome.RESTORED);
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(DrillOutcome o) {
                return o == null ? "" : i18n().get("drill.ui.outcome." + o.id());
            }

            @Override
            public DrillOutcome fromString(String s) {
                return null;
            }
        });
        notes.setId("drillNotes");
        notes.setPromptText(i18n().get("drill.ui.notes.prompt"));
        HBox.setHgrow(notes, Priority.ALWAYS);
    }

    private I18n i18n() {
        return context.i18n();
    }

    public Node node() {
        return root;
    }

    /** Shows the bar for a checklist as it now stands; reads whether a drill runs on it off the FX thread. */
    public void show(Checklist shown, Progress progress) {
        this.checklist = shown;
        String id = shown.id();
        context.tasks().create(() -> drills.running(id)).onSuccess(now -> {
            if (checklist != null && checklist.id().equals(id)) {
                running = now;
                render(progress.signOff().isPresent());
            }
        }).onError(onFailure).start();
    }

    private void render(boolean signed) {
        root.getChildren().clear();
        Label title = new Label(i18n().get(checklist.practice() ? "drill.ui.bar.practice" : "drill.ui.bar.title"));
        title.getStyleClass().add("title-4");
        root.getChildren().add(title);
        if (running.isPresent()) {
            DrillRepository.Running r = running.get();
            Label started = new Label(i18n().get("drill.ui.bar.started",
                    ChecklistDocument.time(r.startedAt(), checklist.zone(), i18n().formats()), r.actor()));
            started.setId("drillStarted");
            started.setWrapText(true);
            Label restored = new Label(i18n().get("drill.ui.outcome.label"));
            restored.setLabelFor(outcome);
            HBox result = new HBox(8, restored, outcome, notes);
            result.setAlignment(Pos.CENTER_LEFT);
            Label hint = new Label(i18n().get("drill.ui.bar.signHint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            root.getChildren().addAll(started, result, hint);
        } else if (!signed) {
            Label hint = new Label(i18n().get("drill.ui.bar.hint"));
            hint.setWrapText(true);
            Button start = new Button(i18n().get("drill.ui.bar.start"));
            start.setId("startDrillButton");
            start.setOnAction(e -> start(start));
            FlowPane row = new FlowPane(8, 6, start);
            root.getChildren().addAll(hint, row);
        }
        // A signed checklist with no drill running has nothing left to time: the bar steps aside.
        boolean shown = running.isPresent() || !signed;
        root.setVisible(shown);
        root.setManaged(shown);
    }

    private void start(Button button) {
        button.setDisable(true);
        Checklist shown = checklist;
        context.tasks().create(() -> drills.start(shown.id(), shown.source(), shown.practice()))
                .onSuccess(r -> {
                    if (checklist != null && checklist.id().equals(shown.id())) {
                        running = Optional.of(r);
                        render(false);
                    }
                }).onError(e -> {
                    button.setDisable(false);
                    if (e instanceof InputProblem p) {
                        Label problem = new Label(i18n().messages().problem(p));
                        problem.setWrapText(true);
                        problem.getStyleClass().add("text-danger");
                        root.getChildren().add(problem);
                    } else {
                        onFailure.accept(e);
                    }
                }).start();
    }

    /**
     * What the sign-off must do for the drill, read now on the FX thread: end it with the result chosen, as done by
     * the person who signs as having restored; empty when no drill runs on the checklist.
     */
    public Optional<Runnable> finishAtSignOff(String performedBy) {
        if (running.isEmpty()) {
            return Optional.empty();
        }
        DrillRepository.Running r = running.get();
        DrillOutcome result = Optional.ofNullable(outcome.getValue()).orElse(DrillOutcome.RESTORED);
        String text = notes.getText() == null ? "" : notes.getText();
        String backup = checklist.backup().map(ChosenBackup::name).orElse("");
        return Optional.of(() -> drills.finish(r, result, backup, text, performedBy));
    }
}
