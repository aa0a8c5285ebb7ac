package dev.vigie.ui.drill;

import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillCancelledException;
import dev.vigie.drill.DrillProgress;
import dev.vigie.i18n.Formats;
import dev.vigie.report.DrillText;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.Drills;
import dev.vigie.workspace.Workspace;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The progress view of an automatic drill: what is being restored and checked, a Cancel button (a cancelled drill
 * records nothing), then the result in words.
 */
public final class DrillDialog {

    private final UiContext context;
    private final String source;
    private final Runnable onRecorded;
    private final Stage stage = new Stage();
    private final Label doing = new Label();
    private final Label result = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button();
    private final Button close = new Button();
    private Task<Drill> task;

    private DrillDialog(UiContext context, String source, Runnable onRecorded) {
        this.context = context;
        this.source = source;
        this.onRecorded = onRecorded;
    }

    /**
     * Opens the view and starts the drill of {@code source}'s newest backup, whole.
     *
     * @param onRecorded runs on the FX thread once the drill is recorded (to refresh what shows drills)
     */
    public static DrillDialog open(Window owner, UiContext context, String source, Runnable onRecorded) {
        DrillDialog dialog = new DrillDialog(context, source, onRecorded);
        dialog.show(owner);
        dialog.start();
        return dialog;
    }

    private I18n i18n() {
        return context.i18n();
    }

    private void show(Window owner) {
        Label title = new Label(i18n().get("drill.ui.title", source));
        title.getStyleClass().add("title-4");
        Label what = new Label(i18n().get("drill.ui.what"));
        what.setWrapText(true);
        doing.setId("drill-doing");
        doing.setWrapText(true);
        result.setId("drill-result");
        result.setWrapText(true);
        result.setManaged(false);
        result.setVisible(false);
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.setText(i18n().get("drill.ui.cancel"));
        cancel.setId("drill-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel(false);
            }
        });
        close.setText(i18n().get("drill.ui.close"));
        close.setId("drill-close");
        close.setDisable(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, close);
        VBox root = new VBox(12, title, what, bar, doing, result, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(520);
        root.getStyleClass().add("drill-dialog");
        stage.setTitle(i18n().get("drill.ui.title", source));
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : java.util.List.of());
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (task != null && task.isRunning()) {
                task.cancel(false);
            }
        });
        stage.show();
    }

    private void start() {
        Formats formats = i18n().formats();
        Workspace workspace = new Workspace(context.dataDir(), context.scanner());
        doing.setText(i18n().get("drill.ui.reading", source));
        task = context.tasks().<Drill>create(progress -> {
            try {
                return workspace.drills().run(source, Drills.Request.latestWhole(), context.zone(),
                        context.clock().instant(), new DrillProgress() {
                            @Override
                            public void restoring(String file, long done, long total) {
                                progress.message(i18n().get("drill.progress.restoring", file, formats.size(done),
                                        formats.size(total)));
                            }

                            @Override
                            public void checking(String file) {
                                progress.message(i18n().get("drill.ui.checking", file));
                            }

                            @Override
                            public boolean isCancelled() {
                                return progress.isCancelled();
                            }
                        });
            } catch (DrillCancelledException e) {
                return null;
            }
        }).onSuccess(drill -> {
            if (drill == null) {
                finish(i18n().get("drill.ui.cancelled"));
                return;
            }
            finish(summary(drill, formats));
            onRecorded.run();
        }).onError(e -> finish(e instanceof InputProblem p ? i18n().messages().problem(p)
                : i18n().get("drill.ui.failed", String.valueOf(e.getMessage()))))
                .onCancelled(() -> finish(i18n().get("drill.ui.cancelled"))).start();
        doing.textProperty().bind(task.messageProperty());
    }

    private String summary(Drill drill, Formats formats) {
        StringBuilder text = new StringBuilder(i18n().get("drill.done", drill.source(), drill.backup(),
                drill.filesRestored(), formats.size(drill.bytesRestored()), formats.elapsed(drill.duration()),
                DrillText.throughput(drill, formats)));
        text.append('\n').append(i18n().get("drill.result." + drill.outcome().id(), drill.findings().size()));
        for (Finding f : drill.findings()) {
            text.append("\n\u2022 ").append(i18n().messages().finding(f));
        }
        if (drill.practice()) {
            text.append('\n').append(i18n().get("drill.practice"));
        }
        return text.toString();
    }

    private void finish(String text) {
        doing.textProperty().unbind();
        doing.setText("");
        doing.setManaged(false);
        doing.setVisible(false);
        bar.setProgress(1);
        bar.setManaged(false);
        bar.setVisible(false);
        result.setText(text);
        result.setManaged(true);
        result.setVisible(true);
        cancel.setDisable(true);
        close.setDisable(false);
        close.requestFocus();
        stage.sizeToScene();
    }

    /** The task running the drill, for tests. */
    Task<Drill> task() {
        return task;
    }
}
