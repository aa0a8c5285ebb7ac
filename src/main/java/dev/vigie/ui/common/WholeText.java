package dev.vigie.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.util.Callback;

/**
 * The window's one rule for text: it is never cut short. A control's text keeps its whole width (the container
 * wraps to the next line instead, see the views' flow panes), prose wraps, and where a width is the user's to
 * choose (a table's columns) the whole text is one hover away in a tooltip.
 */
public final class WholeText {

    /** The most of a view's width its form may take. */
    private static final double FORM_SHARE = 0.4;

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

    /**
     * A view's form on the left of its {@code BorderPane}, which lays the form out at its preferred width (wider in
     * training mode, for its choices' sake) even where the window is narrower: at most two fifths of the view, down
     * to the form's own least, so that a small window keeps room for the view's result beside it.
     */
    public static void formBeside(BorderPane view) {
        Region form = (Region) view.getLeft();
        form.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(form.minWidth(-1), Math.floor(view.getWidth() * FORM_SHARE)), view.widthProperty()));
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
            LATER.add(cell);
            return cell;
        });
    }

    /** Gives a cell its tooltip: the whole of its text whenever it has one. */
    private static void tooltip(Labeled cell) {
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(cell.textProperty());
        ChangeListener<String> follow = (o, was, text) -> {
            if (cell.getTooltip() == null || cell.getTooltip() == whole) {
                cell.setTooltip(text == null || text.isBlank() ? null : whole);
            }
        };
        cell.textProperty().addListener(follow);
        follow.changed(cell.textProperty(), null, cell.getText());
    }

    /**
     * Table cells get their tooltips a few frames after they are made, a few milliseconds' worth per frame: a tooltip
     * is a small window with a scene of its own, and a table filled for the first time makes dozens of cells in one
     * frame, which with their tooltips froze the window for 50-100 ms. Hovering comes later than that.
     */
    private static final class Later extends AnimationTimer {

        private static final long BUDGET_NANOS = 4_000_000;

        private final Deque<Labeled> waiting = new ArrayDeque<>();
        private boolean running;

        void add(Labeled cell) {
            waiting.add(cell);
            if (!running) {
                running = true;
                start();
            }
        }

        @Override
        public void handle(long now) {
            long until = System.nanoTime() + BUDGET_NANOS;
            while (!waiting.isEmpty() && System.nanoTime() < until) {
                tooltip(waiting.poll());
            }
            if (waiting.isEmpty()) {
                running = false;
                stop();
            }
        }
    }

    private static final Later LATER = new Later();

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
