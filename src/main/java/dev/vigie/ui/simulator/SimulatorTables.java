package dev.vigie.ui.simulator;

import dev.vigie.i18n.Formats;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ColumnFit;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.simulator.SimulatorViewModel.KeptRow;
import dev.vigie.ui.simulator.SimulatorViewModel.ScenarioLine;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The Simulator's three tables (a batch of events, what-if scenarios, the backups a policy keeps), column by column,
 * each column as wide as its header and its rows' texts in the font on screen ({@link ColumnFit}): at JavaFX's
 * default 80 pixels they cut most of their words. Labels, advice and reasons give way to their tooltips first.
 */
final class SimulatorTables {

    private final UiContext context;
    private final SimulatorViewModel model;

    SimulatorTables(UiContext context, SimulatorViewModel model) {
        this.context = context;
        this.model = model;
    }

    private I18n i18n() {
        return context.i18n();
    }

    private Formats formats() {
        return i18n().formats();
    }

    void setUp(TableView<EventOutcome> batch, TableView<ScenarioLine> whatIf, TableView<KeptRow> kept) {
        Function<EventOutcome, String> kind = o -> i18n().get(o instanceof MessageOutcome
                ? "simulate.kind.message" : "simulate.kind.loss");
        new Columns<>(batch)
                .gives("simulate.column.event", o -> o.event().label())
                .whole("simulate.column.kind", kind)
                .gives("simulate.column.captured", model::capturedText)
                .whole("simulate.column.recoverableNow", o -> i18n().get(o.recoverableNow() ? "simulate.yes"
                        : "simulate.no"))
                .whole("simulate.column.until", model::untilText)
                .whole("simulate.column.timeLeft", model::timeLeftText)
                .gives("simulator.column.advice", model::adviceText)
                .done(true, model.batch());
        new Columns<>(whatIf)
                .gives("simulator.whatif.column.scenario", ScenarioLine::label)
                .whole("simulator.whatif.column.backups", l -> l.outcome()
                        .map(o -> String.valueOf(o.backups())).orElse(""))
                .whole("simulator.whatif.column.worst", l -> l.outcome()
                        .map(o -> formats().duration(o.worstExposure())).orElse(""))
                .whole("simulator.whatif.column.mean", l -> l.outcome()
                        .map(o -> formats().duration(o.meanExposure())).orElse(""))
                .whole("simulator.whatif.column.recoverable", l -> l.outcome()
                        .map(o -> model.percent(o.recoverableAfterDelay())).orElse(""))
                .done(false, model.scenarios());
        new Columns<>(kept)
                .whole("column.time", r -> formats().dateTime(r.snapshot().time().toInstant(),
                        r.snapshot().time().getOffset()))
                .gives("retention.column.snapshot", r -> r.snapshot().id())
                .whole("retention.column.decision", r -> i18n().get(r.kept() ? "simulator.kept.kept"
                        : "simulator.kept.removed"))
                .gives("retention.column.reasons", model::reasonsText)
                .done(true, model.kept());
    }

    /** One table's columns as they are added: each a header, a text per row, and whether it may give way. */
    private final class Columns<T> {

        private final TableView<T> table;
        private final ColumnFit<T> fit;

        Columns(TableView<T> table) {
            this.table = table;
            this.fit = ColumnFit.of(table);
            table.getColumns().clear();
        }

        /** A column always as wide as its texts. */
        Columns<T> whole(String key, Function<T, String> text) {
            fit.column(add(key, text), ColumnFit.rows(table, text));
            return this;
        }

        /** A column that narrows to a few characters before the table scrolls; its tooltip has the whole text. */
        Columns<T> gives(String key, Function<T, String> text) {
            fit.column(add(key, text), ColumnFit.rows(table, text), ColumnFit::aFewCharacters);
            return this;
        }

        private TableColumn<T, String> add(String key, Function<T, String> text) {
            TableColumn<T, String> column = new TableColumn<>(i18n().get(key));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
            table.getColumns().add(column);
            return column;
        }

        /** Tooltips on every cell, the rows, and the width left over to the last column or shared. */
        void done(boolean spareToLast, javafx.collections.ObservableList<T> rows) {
            WholeText.tooltips(table);
            table.setItems(rows);
            if (spareToLast) {
                fit.spareToLast();
            }
            fit.apply();
        }
    }
}
