package dev.vigie.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * The texts a part of the window draws cut short: every shown control with a text (a label, a button, a table's cell
 * or column header) whose drawn text is not its whole text. Walks the scene graph itself (a style-class lookup
 * misses what carries no such class). Call on the FX thread, after layout.
 */
public final class CutText {

    private CutText() {
    }

    /** "whole text drawn as drawn text", for each text cut short under {@code root}. */
    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    /**
     * The texts cut short in a table's column headers, and in its cells of the columns that must show their texts
     * whole (a name that gives way to its tooltip may be cut; a date may not).
     */
    public static List<String> inTable(TableView<?> table, Predicate<TableColumn<?, ?>> whole) {
        List<String> cut = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && whole.test(cell.getTableColumn())) {
                cut.addAll(under(cell));
            }
        }
        cut.addAll(under(table.lookup(".column-header-background")));
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String whole = labeled.isMnemonicParsing()
                    ? labeled.getText().replaceFirst("_(?=[^_])", "").replace("__", "_") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && drawn.isVisible() && !whole.equals(drawn.getText())) {
                    cut.add(whole + " drawn as " + drawn.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }
}
