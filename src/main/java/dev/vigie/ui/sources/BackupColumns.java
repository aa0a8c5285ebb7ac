package dev.vigie.ui.sources;

import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.TimeSource;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ColumnFit;
import dev.vigie.ui.common.I18n;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The Sources view's backups table, column by column: what each cell shows, in one rule per column that also gives
 * the longest texts the column may show, so that {@link ColumnFit} sizes it to them in the font on screen.
 */
final class BackupColumns {

    private static final String UNKNOWN = "–";

    private final UiContext context;
    private final TableView<SeenBackup> table;
    private final ColumnFit<SeenBackup> fit;

    BackupColumns(UiContext context, TableView<SeenBackup> table) {
        this.context = context;
        this.table = table;
        this.fit = ColumnFit.of(table);
    }

    private I18n i18n() {
        return context.i18n();
    }

    /** Each column's values, texts and width; the date and name first, a sideways scroll when they do not fit. */
    void setUp(TableColumn<SeenBackup, Instant> time, TableColumn<SeenBackup, String> name,
            TableColumn<SeenBackup, Instant> age, TableColumn<SeenBackup, Long> size,
            TableColumn<SeenBackup, Integer> files, TableColumn<SeenBackup, Boolean> present,
            TableColumn<SeenBackup, TimeSource> timeSource) {
        column(time, b -> b.backup().time(), t -> i18n().formats().dateTime(t, context.zone()), this::dates);
        column(age, b -> b.backup().time(), t -> i18n().formats().age(t, context.clock().instant()), this::ages);
        age.setComparator(Comparator.reverseOrder());
        // A size the tool did not give (-1 here) shows as a dash, not as an empty backup.
        column(size, b -> b.backup().sizeKnown() ? b.backup().sizeBytes() : -1L,
                s -> s < 0 ? UNKNOWN : i18n().formats().size(s), BackupColumns::sizes);
        column(files, b -> b.backup().sizeKnown() ? b.backup().fileCount() : -1,
                n -> n < 0 ? UNKNOWN : String.valueOf(n), () -> List.of(-1, 888_888));
        column(timeSource, b -> b.backup().timeSource(), t -> i18n().get("timeSource." + t.id()),
                () -> Arrays.asList(TimeSource.values()));
        column(present, SeenBackup::inLatestScan,
                p -> i18n().get(p ? "column.present.yes" : "column.present.no"), () -> List.of(true, false));
        name.setCellValueFactory(cell(b -> i18n().formats().backupName(b.backup(), context.zone())));
        // The name gives way first (its cell's tooltip has it whole), down to a short one's width.
        fit.column(name, ColumnFit.rows(table, b -> i18n().formats().backupName(b.backup(), context.zone())),
                () -> List.of("msgstore-2026-12"));
        fit.apply();
    }

    /** One rule gives the cell's text and, from {@code samples}, the longest texts the column is sized to. */
    private <T> void column(TableColumn<SeenBackup, T> column, Function<SeenBackup, T> value,
            Function<T, String> format, Supplier<List<T>> samples) {
        column.setCellValueFactory(cell(value));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        fit.column(column, () -> samples.get().stream().map(format).toList());
    }

    private List<Instant> dates() {
        return ColumnFit.longestDates(context.clock().instant(), context.zone());
    }

    /** Minutes, hours and days, past and to come. */
    private List<Instant> ages() {
        Instant now = context.clock().instant();
        return Stream.of(Duration.ofMinutes(58), Duration.ofHours(23), Duration.ofDays(888))
                .flatMap(d -> Stream.of(now.minus(d), now.plus(d))).toList();
    }

    /** 888 and 88.8 of each unit, and an unknown size. */
    private static List<Long> sizes() {
        List<Long> sizes = new ArrayList<>(List.of(-1L));
        for (long unit = 1; unit <= 1_000_000_000_000_000L; unit *= 1000) {
            sizes.add(888 * unit);
            if (unit >= 1000) {
                sizes.add(88_800 * (unit / 1000));
            }
        }
        return sizes;
    }

    private static <T> Callback<TableColumn.CellDataFeatures<SeenBackup, T>, ObservableValue<T>> cell(
            Function<SeenBackup, T> value) {
        return data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue()));
    }
}
