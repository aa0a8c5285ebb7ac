package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.testing.FxWaits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TableRehearsalTest {

    private static final int COLUMNS = 3;

    private TableView<String> table;
    private ObservableList<String> own;
    private final AtomicInteger cellsMade = new AtomicInteger();
    private final AtomicInteger samplesAsked = new AtomicInteger();
    private final List<String> textsShown = new ArrayList<>();
    private final AtomicBoolean samplesSeenByAPulse = new AtomicBoolean();

    private final AtomicInteger uncovered = new AtomicInteger();
    private final AtomicBoolean shownByWork = new AtomicBoolean();
    private final AtomicBoolean coveredPaneSeenByAPulse = new AtomicBoolean();

    private Stage stage;
    private StackPane hiddenPane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Shows a table with these rows of its own, to be rehearsed once. */
    private void show(FxRobot robot, List<String> rows) {
        robot.interact(() -> showNow(rows, false));
    }

    private void showNow(List<String> rows, boolean inHiddenPane) {
        showNow(rows, inHiddenPane, false);
    }

    /** @param covered the hidden pane is a covered one: rehearsed with the table (shown for the length of it) */
    private void showNow(List<String> rows, boolean inHiddenPane, boolean covered) {
        own = FXCollections.observableArrayList(rows);
        table = new TableView<>(own);
        for (int c = 0; c < COLUMNS; c++) {
            TableColumn<String, String> column = new TableColumn<>("Column " + c);
            column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
            column.setCellFactory(col -> {
                cellsMade.incrementAndGet();
                return new TableCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item);
                        if (!empty) {
                            textsShown.add(item);
                        }
                    }
                };
            });
            table.getColumns().add(column);
        }
        StackPane pane = new StackPane(table);
        TableRehearsal.Covered cover = !covered ? null : new TableRehearsal.Covered(pane, on -> {
            pane.setVisible(on);
            pane.setManaged(on);
            uncovered.incrementAndGet();
        });
        TableRehearsal.once(table, () -> {
            samplesAsked.incrementAndGet();
            return rows("Sample", 40);
        }, cover);
        hiddenPane = pane;
        pane.setVisible(!inHiddenPane);
        pane.setManaged(!inHiddenPane);
        Scene scene = new Scene(new StackPane(pane), 400, 300);
        // What each frame would draw: never a sample row.
        scene.addPostLayoutPulseListener(() -> {
            if (table.getItems().stream().anyMatch(row -> row.startsWith("Sample"))) {
                samplesSeenByAPulse.set(true);
            }
            if (pane.isVisible() && !shownByWork.get()) {
                coveredPaneSeenByAPulse.set(true);
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anEmptyTableMakesItsRowsFromSamplesOnceShownAndTheRealRowsReuseThem(FxRobot robot) throws Exception {
        show(robot, List.of());
        FxWaits.until("the table has rehearsed", () -> samplesAsked.get() == 1 && cellsMade.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        int made = cellsMade.get();
        // The samples' rows: as many as the table's height holds, each with a cell per column; formatted as real ones.
        assertThat(made).isGreaterThanOrEqualTo(5 * COLUMNS);
        assertThat(textsShown).anyMatch(text -> text.startsWith("Sample"));
        assertThat(table.getItems()).isSameAs(own).isEmpty();

        robot.interact(() -> own.setAll(rows("Real", 40)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellsMade.get()).as("cells made for the real rows").isEqualTo(made);
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class)).anyMatch(c -> "Real 0".equals(c.getText()))
                .noneMatch(c -> c.getText() != null && ((String) c.getText()).startsWith("Sample"));
        assertThat(samplesSeenByAPulse).as("a frame showed the samples").isFalse();
        Thread.sleep(1_500);
        assertThat(samplesAsked.get()).as("rehearsals").isEqualTo(1);
    }

    @Test
    void aTableBehindAHiddenPaneIsNotRehearsedEvenWhenThePaneShowsLater(FxRobot robot) throws Exception {
        // The pane shows because work started (a first folder added): rehearsing then would freeze that work.
        robot.interact(() -> showNow(List.of(), true));
        Thread.sleep(1_500);
        robot.interact(() -> {
            hiddenPane.setManaged(true);
            hiddenPane.setVisible(true);
        });
        Thread.sleep(2_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(samplesAsked.get()).isZero();
        assertThat(table.getItems()).isSameAs(own).isEmpty();
    }

    @Test
    void aTableInACoveredPaneIsRehearsedWithThePaneLaidOutWhileNoFrameShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> showNow(List.of(), true, true));
        FxWaits.until("the covered pane has been shown and hidden in each of the rehearsal's three turns",
                () -> uncovered.get() == 6);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(samplesAsked.get()).isEqualTo(1);
        assertThat(textsShown).anyMatch(text -> text.startsWith("Sample"));
        int made = cellsMade.get();
        assertThat(made).isGreaterThanOrEqualTo(5 * COLUMNS);
        assertThat(hiddenPane.isVisible()).isFalse();
        assertThat(hiddenPane.isManaged()).isFalse();
        assertThat(hiddenPane.getWidth()).as("the pane laid out at the window's size").isEqualTo(400);
        assertThat(table.getItems()).isSameAs(own).isEmpty();
        assertThat(coveredPaneSeenByAPulse).as("a frame showed the covered pane").isFalse();
        assertThat(samplesSeenByAPulse).as("a frame showed the samples").isFalse();

        // Work shows the pane: its rows are there already.
        robot.interact(() -> {
            shownByWork.set(true);
            hiddenPane.setVisible(true);
            hiddenPane.setManaged(true);
            own.setAll(rows("Real", 40));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellsMade.get()).as("cells made for the real rows").isEqualTo(made);
    }

    @Test
    void aCoveredPaneShownByWorkBeforeTheRehearsalIsNotRehearsed(FxRobot robot) throws Exception {
        robot.interact(() -> showNow(List.of(), true, true));
        robot.interact(() -> {
            shownByWork.set(true);
            hiddenPane.setManaged(true);
            hiddenPane.setVisible(true);
        });
        Thread.sleep(2_000); // past the moment of the rehearsal
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(samplesAsked.get()).isZero();
        assertThat(uncovered.get()).isZero();
        assertThat(hiddenPane.isVisible()).isTrue();
    }

    @Test
    void aTableShownWithRowsIsNotRehearsed(FxRobot robot) throws Exception {
        show(robot, rows("Real", 5));
        Thread.sleep(2_000); // past the moment of the rehearsal
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(samplesAsked.get()).isZero();
        assertThat(table.getItems()).isSameAs(own).containsExactlyElementsOf(rows("Real", 5));
    }

    private static List<String> rows(String prefix, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(prefix + " " + i);
        }
        return rows;
    }
}
