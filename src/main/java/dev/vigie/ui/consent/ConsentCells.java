package dev.vigie.ui.consent;

import dev.vigie.workspace.ContactOverview;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Callback;

/** The Consent view's table cells: values read off a row, coloured chips, and dates with their time in a tooltip. */
final class ConsentCells {

    private ConsentCells() {
    }

    /** A column's value, read off its row's item. */
    static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> value(Function<S, T> f) {
        return data -> new ReadOnlyObjectWrapper<>(f.apply(data.getValue()));
    }

    /** A cell that shows its item as the chip the ViewModel words for it. */
    static <S, T> TableCell<S, T> chip(Function<T, ConsentViewModel.Chip> chip) {
        return maybeChip(item -> Optional.of(chip.apply(item)));
    }

    /** A cell that shows its item as a chip, or nothing when there is none to show. */
    static <S, T> TableCell<S, T> maybeChip(Function<T, Optional<ConsentViewModel.Chip>> chip) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : chip.apply(item).map(ConsentCells::label).orElse(null));
            }
        };
    }

    /** A chip as a label: coloured by its style, with its tooltip read out by a screen reader too. */
    static Label label(ConsentViewModel.Chip c) {
        Label chip = new Label(c.text());
        chip.getStyleClass().addAll("chip", c.style());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        c.tip().ifPresent(t -> {
            chip.setTooltip(new Tooltip(t));
            chip.setAccessibleText(c.text() + ", " + t);
        });
        return chip;
    }

    /** A cell that shows the local date of its item's time, where a table is narrow; the time is in its tooltip. */
    static <S, T> TableCell<S, T> dated(ConsentViewModel model, Function<T, Instant> instant) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.date(instant.apply(item)));
                setTooltip(empty || item == null ? null : new Tooltip(model.dateTime(instant.apply(item))));
            }
        };
    }

    /** The contact of the table row that holds {@code node}, if it is in one. */
    static Optional<String> contactUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row && row.getItem() instanceof ContactOverview contact) {
                return Optional.of(contact.contact().id());
            }
        }
        return Optional.empty();
    }
}
