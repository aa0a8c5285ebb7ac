package dev.vigie.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Callback;

/**
 * The window's one rule for text: it is never cut short. A control's text keeps its whole width (the container
 * wraps to the next line instead, see the views' flow panes), prose wraps, and where a width is the user's to
 * choose (a table's columns) the whole text is one hover away in a tooltip.
 */
public final class WholeText {

    private WholeText() {
    }

    /** These controls are never narrower than their text; their container makes room or wraps. */
    public static void keep(Region... controls) {
        for (Region r : controls) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** A label that wraps at its container's width and is as tall as its lines, never cut short. */
    public static Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Every text cell and every column header of this table carries its whole text in a tooltip, so a column
     * narrowed by the user (or by a small window) still says it all. Call after the columns' cell factories are set.
     */
    public static <S> void tooltips(TableView<S> table) {
        for (TableColumn<S, ?> column : table.getColumns()) {
            tooltips(column);
        }
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> headerTooltips(table)));
        if (table.getSkin() != null) {
            headerTooltips(table);
        }
    }

    /** A choice box narrower than its choice (a form's column) says the whole choice on hover. */
    public static <T> void tooltip(ComboBox<T> combo) {
        ListCell<T> shown = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? combo.getPromptText()
                        : combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item));
            }
        };
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(shown.textProperty());
        shown.textProperty().addListener((o, was, text) -> shown.setTooltip(text == null || text.isBlank() ? null
                : whole));
        combo.setButtonCell(shown);
    }

    private static <S, T> void tooltips(TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = cells.call(c);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(cell.textProperty());
            cell.textProperty().addListener((o, was, text) -> {
                if (cell.getTooltip() == null || cell.getTooltip() == whole) {
                    cell.setTooltip(text == null || text.isBlank() ? null : whole);
                }
            });
            return cell;
        });
    }

    private static void headerTooltips(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header .label")) {
            if (n instanceof Label header && header.getTooltip() == null) {
                Tooltip whole = new Tooltip();
                whole.textProperty().bind(header.textProperty());
                header.setTooltip(whole);
            }
        }
    }
}
