package dev.vigie.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns as wide as their header and the widest text they can show, measured in the table's own font. A
 * column sized in pixels cuts its text once the font grows (training mode) or the words lengthen (French): this one
 * does not. When the table is wider than its columns need, they share what is left (or the last column takes it);
 * when it is narrower, the columns allowed to give way do, and past that the table scrolls sideways rather than cut
 * them. Measured again whenever the table's font changes.
 *
 * <p>The texts come from the column's owner: a handful of the longest values it can format (dates of every month,
 * the units of a size, the words of a yes/no), not its rows, so that a scan of 100,000 backups measures nothing.
 */
public final class ColumnFit<S> {

    /** Room for the cell's padding (half an em each side in this theme) and its border, in the font's em. */
    private static final double CELL_PADDING_EM = 1.5;
    /** Room for the header's padding and its sort arrow, in em. */
    private static final double HEADER_PADDING_EM = 2.2;
    /** The rows read for a column's width (see {@link #rows}). */
    private static final int ROWS_MEASURED = 200;
    /** Room for the vertical scroll bar and the table's border, in pixels. */
    private static final double SCROLL_BAR = 18;
    /** Room for the table's border alone, when its rows need no vertical scroll bar. */
    private static final double BORDERS = 2;
    /** Room for a chip's own padding and border around its text (consent.css: 8 px each side, 1 px border). */
    private static final double CHIP = 18;
    /** A chip's text size, in the cell's (consent.css). */
    private static final double CHIP_FONT = 0.92;

    private final TableView<S> table;
    private final Map<TableColumn<?, ?>, Supplier<List<String>>> texts = new LinkedHashMap<>();
    private final Map<TableColumn<?, ?>, Supplier<List<String>>> least = new LinkedHashMap<>();
    private final Set<TableColumn<?, ?>> chips = new HashSet<>();
    /** Each column's width for its header and longest text, as last measured. */
    private final Map<TableColumn<?, ?>, Double> natural = new LinkedHashMap<>();
    private boolean spareToLast;
    private Label watchedHeader;
    private ScrollBar verticalBar;
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

    /** A column whose cells show their text in a chip (a label with its own padding and border). */
    public ColumnFit<S> chips(TableColumn<?, ?> column, Supplier<List<String>> samples) {
        chips.add(column);
        return column(column, samples);
    }

    /**
     * The width left over goes to the last column (one of long sentences, given way down to its least texts), not
     * shared among all.
     */
    public ColumnFit<S> spareToLast() {
        spareToLast = true;
        return this;
    }

    /**
     * Sizes the columns once the table is styled, and again whenever its font changes or its rows change (for texts
     * read from the rows: a few of them, the caller's supplier chooses), at most once a frame; shares the width again
     * whenever the table's changes.
     */
    public void apply() {
        // The widths are this class's: a constrained policy spreads its own way a table whose columns want more than
        // it has, and pushed the Audit log's last column out of sight.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.skinProperty().addListener((obs, old, skin) -> fitLater());
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                fitLater();
            }
        });
        table.widthProperty().addListener((obs, old, now) -> share());
        // A column shown or hidden from the table's menu changes who shares the width.
        table.getVisibleLeafColumns().addListener((Observable columns) -> share());
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
            // Skinned but not laid out yet (a view built while another shows): after its first layout, then.
            if (table.getScene() != null) {
                Scene scene = table.getScene();
                Runnable once = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        fitLater();
                    }
                };
                scene.addPostLayoutPulseListener(once);
            }
            return;
        }
        if (header != watchedHeader) {
            watchedHeader = header;
            // Training mode, or a theme, changes the font: the widths follow.
            header.fontProperty().addListener((obs, old, now) -> fitLater());
        }
        if (verticalBar == null) {
            verticalBar = verticalBar();
            if (verticalBar != null) {
                // Rows enough to scroll take the bar's width from the columns; fewer give it back.
                verticalBar.visibleProperty().addListener((obs, was, now) -> share());
            }
        }
        Font headerFont = header.getFont();
        Font cellFont = cellFont(headerFont);
        double em = headerFont.getSize();
        for (TableColumn<?, ?> column : texts.keySet()) {
            double title = width(column.getText(), headerFont) + HEADER_PADDING_EM * em;
            boolean chip = chips.contains(column);
            Font font = chip ? Font.font(cellFont.getFamily(), cellFont.getSize() * CHIP_FONT) : cellFont;
            double room = chip ? CHIP : 0;
            double width = Math.ceil(Math.max(title, widest(texts.get(column).get(), font, em) + room));
            double min = least.containsKey(column)
                    ? Math.ceil(Math.max(title, widest(least.get(column).get(), font, em) + room)) : width;
            column.setMinWidth(min);
            natural.put(column, Math.max(min, width));
        }
        share();
    }

    /**
     * Each column its natural width; when they want more than the table has, the columns that may give way do, the
     * last first, down to their least; if that is not enough, none gives way (a text is cut only to spare a scroll)
     * and the table scrolls sideways; when they want less, what is left goes to the last column or is shared among
     * all.
     */
    private void share() {
        List<TableColumn<S, ?>> shown = table.getVisibleLeafColumns();
        double room = Math.floor(table.getWidth() - (verticalBar == null || verticalBar.isVisible() ? SCROLL_BAR
                : BORDERS));
        if (shown.isEmpty() || room <= 0 || natural.isEmpty()) {
            return;
        }
        Map<TableColumn<?, ?>, Double> widths = new LinkedHashMap<>();
        for (TableColumn<S, ?> column : shown) {
            widths.put(column, natural.getOrDefault(column, column.getWidth()));
        }
        double total = widths.values().stream().mapToDouble(Double::doubleValue).sum();
        double floor = shown.stream().mapToDouble(TableColumn::getMinWidth).sum();
        if (floor > room) {
            // It scrolls sideways all the same: nothing need be cut.
            widths.forEach(TableColumn::setPrefWidth);
            return;
        }
        if (total > room) {
            double excess = total - room;
            for (int i = shown.size() - 1; i >= 0 && excess > 0; i--) {
                TableColumn<S, ?> column = shown.get(i);
                if (least.containsKey(column)) {
                    double give = Math.min(excess, widths.get(column) - column.getMinWidth());
                    widths.put(column, widths.get(column) - give);
                    excess -= give;
                }
            }
        } else if (spareToLast) {
            TableColumn<S, ?> last = shown.get(shown.size() - 1);
            widths.put(last, widths.get(last) + room - total);
        } else {
            double scale = room / total;
            widths.replaceAll((column, width) -> Math.floor(width * scale));
        }
        widths.forEach(TableColumn::setPrefWidth);
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

    private ScrollBar verticalBar() {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar;
            }
        }
        return null;
    }

    private Label headerLabel() {
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Label label && label.getFont() != null) {
                return label;
            }
        }
        return null;
    }

    /**
     * The texts a column shows for the table's first rows, each once: the rows as sorted and filtered, and no more
     * than a few hundred of them, so that a table of 100,000 rows measures a few milliseconds' worth.
     */
    public static <S> Supplier<List<String>> rows(TableView<S> table, Function<S, String> text) {
        return () -> table.getItems().stream().limit(ROWS_MEASURED).map(text).distinct().toList();
    }

    /** The least a column that gives way keeps: some twelve characters, enough to tell one text from another. */
    public static List<String> aFewCharacters() {
        return List.of("0123456789ab");
    }

    /** The 28th of each month at 22:58 in the year of {@code now}: the longest dates, in every month's name. */
    public static List<Instant> longestDates(Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        return IntStream.rangeClosed(1, 12)
                .mapToObj(month -> ZonedDateTime.of(year, month, 28, 22, 58, 0, 0, zone).toInstant())
                .toList();
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
