package dev.vigie.ui.drill;

import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillKind;
import dev.vigie.report.ChecklistFile;
import dev.vigie.report.DrillSummary;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ColumnFit;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.workspace.Workspace;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A source's drills, newest first, with a button to run one now and the trainer's printable summary of every drill
 * (who, when, how long).
 */
public final class SourceDrillsDialog {

    private final UiContext context;
    private final String source;
    private final Workspace workspace;
    private final Stage stage = new Stage();
    private final TableView<Drill> table = new TableView<>();
    private final Label status = new Label();

    private SourceDrillsDialog(UiContext context, String source) {
        this.context = context;
        this.source = source;
        this.workspace = new Workspace(context.dataDir(), context.scanner());
    }

    public static SourceDrillsDialog open(Window owner, UiContext context, String source) {
        SourceDrillsDialog dialog = new SourceDrillsDialog(context, source);
        dialog.show(owner);
        dialog.reload();
        return dialog;
    }

    private I18n i18n() {
        return context.i18n();
    }

    private void show(Window owner) {
        Label title = new Label(i18n().get("drill.ui.list.title", source));
        title.getStyleClass().add("title-4");
        table.setId("drillsTable");
        table.setPlaceholder(new Label(i18n().get("drill.list.none")));
        ColumnFit<Drill> fit = ColumnFit.of(table);
        table.getColumns().setAll(List.of(
                column(fit, "drill.list.when", d -> i18n().formats().dateTime(d.startedAt(), context.zone())),
                column(fit, "drill.list.kind", d -> i18n().get(d.kind() == DrillKind.AUTOMATIC
                        ? "drill.kind.automatic" : "drill.kind.hands-on")
                        + (d.practice() ? " " + i18n().get("drill.kind.practice") : "")),
                column(fit, "drill.list.who", Drill::actor),
                column(fit, "drill.list.duration", d -> i18n().formats().elapsed(d.duration())),
                column(fit, "drill.list.result", d -> i18n().get("drill.outcome." + d.outcome().id()))));
        // The backup's name gives way to its tooltip first, and takes the width left over.
        TableColumn<Drill, String> backup = cell("drill.list.backup", Drill::backup);
        table.getColumns().add(backup);
        fit.column(backup, ColumnFit.rows(table, Drill::backup), ColumnFit::aFewCharacters).spareToLast();
        WholeText.tooltips(table);
        fit.apply();
        VBox.setVgrow(table, Priority.ALWAYS);
        status.setWrapText(true);
        status.setId("drillsStatus");
        Button drill = new Button(i18n().get("drill.ui.list.run"));
        drill.setId("drillNowButton");
        drill.setOnAction(e -> DrillDialog.open(stage, context, source, this::reload));
        Button summary = new Button(i18n().get("drill.ui.list.summary"));
        summary.setId("drillSummaryButton");
        summary.setOnAction(e -> printSummary());
        Button close = new Button(i18n().get("drill.ui.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, drill, summary, spacer, close);
        VBox root = new VBox(12, title, table, status, buttons);
        root.setPadding(new Insets(20));
        root.setPrefSize(760, 420);
        stage.setTitle(i18n().get("drill.ui.list.title", source));
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root);
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        stage.setScene(scene);
        stage.show();
    }

    /** A column as wide as its header and its rows' texts in the font shown. */
    private TableColumn<Drill, String> column(ColumnFit<Drill> fit, String key, Function<Drill, String> value) {
        TableColumn<Drill, String> column = cell(key, value);
        fit.column(column, ColumnFit.rows(table, value));
        return column;
    }

    private TableColumn<Drill, String> cell(String key, Function<Drill, String> value) {
        TableColumn<Drill, String> column = new TableColumn<>(i18n().get(key));
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private void reload() {
        context.tasks().create(() -> workspace.drills().list(source))
                .onSuccess(drills -> table.getItems().setAll(drills))
                .onError(e -> ErrorDialog.show(stage, i18n(), i18n().get("drill.ui.list.fail"), e)).start();
    }

    /** Every drill of every source, for the trainer: chosen file, written off the FX thread. */
    private void printSummary() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().get("drill.ui.list.summary"));
        chooser.setInitialFileName(i18n().get("drill.ui.list.fileName") + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        context.tasks().create(() -> {
            ChecklistFile.write(file.toPath(), DrillSummary.document(workspace.drills().all(), context.zone(),
                    context.clock().instant(), i18n().formats()), ChecklistFile.Format.PDF, i18n().messages().locale());
            return file;
        }).onSuccess(f -> status.setText(i18n().get("drill.summary.written", f)))
                .onError(e -> ErrorDialog.show(stage, i18n(), i18n().get("drill.ui.list.fail"), e)).start();
    }
}
