package dev.vigie.ui.consent;

import dev.vigie.consent.ImportError;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.ImportResult;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** An import that added nothing: every error of the file, line by line, with a button to copy them all. */
final class ImportErrorsDialog extends Alert {

    ImportErrorsDialog(Window owner, I18n i18n, ImportResult result) {
        super(AlertType.ERROR);
        if (owner != null) {
            initOwner(owner);
        }
        String name = String.valueOf(Path.of(result.file()).getFileName());
        setTitle(i18n.get("ui.importErrors.title"));
        setHeaderText(i18n.get("ui.importErrors.header", name, result.errors().size()));
        getDialogPane().getStylesheets().add(FormDialog.class.getResource(FormDialog.STYLESHEET).toExternalForm());

        TableView<ImportError> table = new TableView<>();
        table.setId("import-errors");
        table.setAccessibleText(i18n.get("ui.importErrors.accessible"));
        TableColumn<ImportError, Long> line = new TableColumn<>(i18n.get("ui.importErrors.line"));
        line.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().line()));
        line.setPrefWidth(70);
        line.setMinWidth(60);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportError, String> problem = new TableColumn<>(i18n.get("ui.importErrors.problem"));
        problem.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(message(i18n, d.getValue())));
        problem.setCellFactory(column -> wrapping(column));
        problem.setPrefWidth(620);
        table.getColumns().setAll(line, problem);
        table.getItems().setAll(result.errors());
        table.setPrefHeight(Math.min(420, 60 + 28 * result.errors().size()));
        table.setPrefWidth(720);
        getDialogPane().setContent(table);
        getDialogPane().setPrefWidth(760);
        setResizable(true);

        ButtonType copy = new ButtonType(i18n.get("ui.importErrors.copy"), ButtonBar.ButtonData.LEFT);
        getButtonTypes().setAll(copy, ButtonType.CLOSE);
        getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(result.errors().stream().map(err -> message(i18n, err))
                    .collect(Collectors.joining("\n", getHeaderText() + "\n", "\n")));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
    }

    /**
     * A cell whose text wraps at the column's width, its row as tall as its lines: an error is read whole, in French
     * and in training mode too, where one line cut it short.
     */
    private static TableCell<ImportError, String> wrapping(TableColumn<ImportError, String> column) {
        TableCell<ImportError, String> cell = new TableCell<>();
        Text text = new Text();
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> column.getWidth()
                - cell.getPadding().getLeft() - cell.getPadding().getRight() - 2, column.widthProperty(),
                cell.paddingProperty()));
        text.textProperty().bind(cell.itemProperty());
        text.fillProperty().bind(cell.textFillProperty());
        text.fontProperty().bind(cell.fontProperty());
        cell.graphicProperty().bind(cell.emptyProperty().map(empty -> empty ? null : text));
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    /** An error in words; the file is named by its name alone, the dialog's header has the rest of the path. */
    static String message(I18n i18n, ImportError error) {
        Object[] args = error.messageArgs();
        args[0] = String.valueOf(Path.of(error.file()).getFileName());
        return i18n.get(error.messageKey(), args);
    }
}
