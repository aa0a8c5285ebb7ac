package dev.vigie.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table columns as wide as their header and the widest text they can show, measured in the table's own font. A
 * column sized in pixels cuts its text once the font grows (training mode) or the words lengthen (French): this one
 * does not. When the table is wider than its columns need, they share what is left; when it is narrower, it scrolls
 * sideways rather than cut them. Measured again whenever the table's font changes.
 *
 * <p>The texts come from the column's owner: a handful of the longest values it can format (dates of every month,
 * the units of a size, the words of a yes/no), not its rows, so that a scan of 100,000 backups measures nothing.
 */
public final class ColumnFit<S> {

    /** Room for the cell's padding (half an em each side in this theme) and its border, in the font's em. */
    private static final double CELL_PADDING_EM = 1.5;
    /** Room for the header's padding and its sort arrow, in em. */
    private static final double HEADER_PADDING_EM = 2.2;
    /** Room for the vertical scroll bar and the table's border, in pixels. */
    private static final double SCROLL_BAR = 18;

    private final TableView<S> table;
    private final Map<TableColumn<?, ?>, Supplier<List<String>>> texts = new LinkedHashMap<>();
    private final Map<TableColumn<?, ?>, Supplier<List<String>>> least = new LinkedHashMap<>();
    private Label watchedHeader;
    private boolean fitDue;
    private final ListChangeListener<S> rows = change -> fitLater();
    private ObservableList<S> rowsFollowed;

    private ColumnFit(TableView<S> table) {
        this.table = table;
    }

    public static <S> ColumnFit<S> of(TableView<S> table) {
        return new ColumnFit<>(table);
    }

    /** The texts this column may show, besides its header. */
    public ColumnFit<S> column(TableColumn<?, ?> column, Supplier<List<String>> samples) {
        texts.put(column, samples);
        return this;
    }

    /**
     * A column that may be narrower than its texts, down to {@code atLeast}'s width, before the table scrolls: the
     * one that gives way (a name, whose whole text its cell's tooltip carries).
     */
    public ColumnFit<S> column(TableColumn<?, ?> column, Supplier<List<String>> samples,
            Supplier<List<String>> atLeast) {
        least.put(column, atLeast);
        return column(column, samples);
    }

    /**
     * Sizes the columns once the table is styled, and again whenever its font changes or its rows change (for texts
     * read from the rows: a few of them, the caller's supplier chooses), at most once a frame.
     */
    public void apply() {
        table.skinProperty().addListener((obs, old, skin) -> fitLater());
        table.widthProperty().addListener((obs, old, now) -> choosePolicy());
        // An invalidation listener: a change listener says nothing when one empty list replaces another (they are
        // equal), and the rows' own list must be followed.
        follow(table.getItems());
        table.itemsProperty().addListener((Observable items) -> {
            follow(table.getItems());
            fitLater();
        });
        if (table.getSkin() != null) {
            fit();
        }
    }

    private void follow(ObservableList<S> items) {
        if (rowsFollowed != null) {
            rowsFollowed.removeListener(rows);
        }
        rowsFollowed = items;
        if (items != null) {
            items.addListener(rows);
        }
    }

    private void fitLater() {
        if (!fitDue) {
            fitDue = true;
            Platform.runLater(this::fit);
        }
    }

    /** Measures and sizes now (the table must have its skin: its headers carry the font). */
    void fit() {
        fitDue = false;
        table.applyCss();
        Label header = headerLabel();
        if (header == null) {
            return;
        }
        if (header != watchedHeader) {
            watchedHeader = header;
            // Training mode, or a theme, changes the font: the widths follow.
            header.fontProperty().addListener((obs, old, now) -> fitLater());
        }
        Font headerFont = header.getFont();
        Font cellFont = cellFont(headerFont);
        double em = headerFont.getSize();
        List<TableColumn<?, ?>> columns = new ArrayList<>(texts.keySet());
        for (TableColumn<?, ?> column : columns) {
            double title = width(column.getText(), headerFont) + HEADER_PADDING_EM * em;
            double width = Math.ceil(Math.max(title, widest(texts.get(column).get(), cellFont, em)));
            double min = least.containsKey(column)
                    ? Math.ceil(Math.max(title, widest(least.get(column).get(), cellFont, em))) : width;
            column.setMinWidth(min);
            column.setPrefWidth(Math.max(min, width));
        }
        choosePolicy();
    }

    /** Columns that fit share the table's width; columns that do not keep theirs, and the table scrolls sideways. */
    private void choosePolicy() {
        double need = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = need + SCROLL_BAR <= table.getWidth();
        Callback<TableView.ResizeFeatures, Boolean> policy = fits
                ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
            if (!fits) {
                // Back to each column's own width, from the shares the constrained policy gave them.
                for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                    double width = column.getPrefWidth();
                    column.setPrefWidth(width + 1);
                    column.setPrefWidth(width);
                }
            }
        }
    }

    /** A drawn cell's font, or the header's in regular weight before any row is drawn. */
    private Font cellFont(Font headerFont) {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof Labeled cell && cell.getFont() != null) {
                return cell.getFont();
            }
        }
        return Font.font(headerFont.getFamily(), FontWeight.NORMAL, headerFont.getSize());
    }

    private Label headerLabel() {
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Label label && label.getFont() != null) {
                return label;
            }
        }
        return null;
    }

    private static double widest(List<String> texts, Font font, double em) {
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(text, font) + CELL_PADDING_EM * em);
        }
        return widest;
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
