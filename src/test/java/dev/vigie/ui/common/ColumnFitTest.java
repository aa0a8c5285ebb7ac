package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import dev.vigie.testing.CutText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {

    private static final String LONG_DATE = "28 septembre 2026, 22:58";

    private Stage stage;
    private StackPane root;
    private TableView<String[]> table;
    private final ObservableList<String[]> rows = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A table of three columns sized in pixels for a 12 px font, as the Sources table's were. */
    private void show(FxRobot robot, double width, String fontSize) {
        robot.interact(() -> {
            table = new TableView<>(rows);
            table.getColumns().add(column("Date", 0, 90));
            table.getColumns().add(column("Présente", 1, 50));
            table.getColumns().add(column("Nom", 2, 80));
            ColumnFit.of(table)
                    .column(table.getColumns().get(0), () -> List.of(LONG_DATE))
                    .column(table.getColumns().get(1), () -> List.of("oui", "effacée par rotation"))
                    .column(table.getColumns().get(2), () -> rows.stream().map(r -> r[2]).toList(),
                            () -> List.of("msgstore-2026"))
                    .apply();
            root = new StackPane(table);
            StackPane.setAlignment(table, javafx.geometry.Pos.TOP_LEFT);
            root.setStyle("-fx-font-size: " + fontSize + ";");
            stage.setScene(new Scene(root, width, 300));
            stage.show();
        });
        settle();
    }

    private static TableColumn<String[], String> column(String title, int index, double pixels) {
        TableColumn<String[], String> column = new TableColumn<>(title);
        column.setPrefWidth(pixels);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()[index]));
        return column;
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every cell and header whose drawn text is not its whole text (cut short, with an ellipsis). */
    private List<String> cutShort(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            table.applyCss();
            table.layout();
            cut.addAll(CutText.under(table));
        });
        return cut;
    }

    private double columnsWidth() {
        return table.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum();
    }

    /** How a cell holding {@code text} is drawn. */
    private String drawn(FxRobot robot, String text) {
        List<String> drawn = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof Labeled cell && text.equals(cell.getText()) && cell.lookup(".text") instanceof Text t) {
                    drawn.add(t.getText());
                }
            }
        });
        return drawn.isEmpty() ? "" : drawn.get(0);
    }

    private void addRows(FxRobot robot, String... names) {
        robot.interact(() -> {
            for (String name : names) {
                rows.add(new String[] {LONG_DATE, "effacée par rotation", name});
            }
        });
        settle();
    }

    @Test
    void columnsAreAsWideAsTheirHeaderAndLongestTextInTheTablesFont(FxRobot robot) {
        show(robot, 1200, "17px");
        addRows(robot, "sauvegarde-2026-12-06.zip", "msgstore-2026-11-01.1.db.crypt15");

        assertThat(cutShort(robot)).isEmpty();
        assertThat(columnsWidth()).as("the columns share the table's width, no sideways scroll")
                .isLessThanOrEqualTo(table.getWidth()).isGreaterThan(table.getWidth() - 40);
    }

    @Test
    void aNarrowTableScrollsSidewaysRatherThanCutItsTexts(FxRobot robot) {
        show(robot, 1200, "17px");
        addRows(robot, "msgstore-2026-11-01.1.db.crypt15");

        robot.interact(() -> table.setMaxWidth(360));
        settle();

        assertThat(cutShort(robot)).as("it scrolls all the same: the name need not give way").isEmpty();
        assertThat(columnsWidth()).as("wider than the table: it scrolls").isGreaterThan(table.getWidth());

        robot.interact(() -> table.setMaxWidth(Double.MAX_VALUE));
        settle();
        assertThat(columnsWidth()).as("wide again: no scroll").isLessThanOrEqualTo(table.getWidth());
    }

    @Test
    void aColumnThatMayGiveWayNarrowsBeforeTheTableScrolls(FxRobot robot) {
        show(robot, 1200, "14px");
        String longName = "msgstore-2026-11-01.1.db.crypt15.with-a-much-longer-name-than-the-others";
        addRows(robot, longName);
        double natural = table.getColumns().get(2).getWidth();

        robot.interact(() -> table.setMaxWidth(table.getColumns().get(0).getWidth()
                + table.getColumns().get(1).getWidth() + natural / 2));
        settle();

        assertThat(table.getColumns().get(2).getWidth()).as("the name gave way").isLessThan(natural * 0.9)
                .isGreaterThanOrEqualTo(table.getColumns().get(2).getMinWidth());
        assertThat(columnsWidth()).as("and the table does not scroll").isLessThanOrEqualTo(table.getWidth());
        assertThat(cutShort(robot)).as("only the name is cut, its tooltip has it").containsExactly(
                longName + " drawn as " + drawn(robot, longName));
    }

    @Test
    void theSpareWidthCanGoToTheLastColumnAlone(FxRobot robot) {
        robot.interact(() -> {
            table = new TableView<>(rows);
            table.getColumns().add(column("Date", 0, 90));
            table.getColumns().add(column("Détails", 1, 50));
            ColumnFit.of(table)
                    .column(table.getColumns().get(0), () -> List.of(LONG_DATE))
                    .column(table.getColumns().get(1), () -> List.of("oui"), () -> List.of("oui"))
                    .spareToLast()
                    .apply();
            root = new StackPane(table);
            stage.setScene(new Scene(root, 1000, 300));
            stage.show();
        });
        settle();
        addRows(robot, "x");

        double date = table.getColumns().get(0).getWidth();
        assertThat(date).as("the date as wide as its text, no more").isLessThan(400);
        assertThat(date + table.getColumns().get(1).getWidth()).isBetween(table.getWidth() - 40, table.getWidth());
        assertThat(cutShort(robot)).isEmpty();
    }

    @Test
    void aLargerFontWidensTheColumns(FxRobot robot) {
        show(robot, 1200, "12px");
        addRows(robot, "sauvegarde-2026-12-06.zip");
        double before = table.getColumns().get(0).getMinWidth();

        robot.interact(() -> root.setStyle("-fx-font-size: 20px;"));
        settle();

        assertThat(table.getColumns().get(0).getMinWidth()).isGreaterThan(before * 1.4);
        assertThat(cutShort(robot)).isEmpty();
    }

    @Test
    void longerRowsWidenTheColumnThatReadsThem(FxRobot robot) {
        show(robot, 1200, "14px");
        addRows(robot, "short.zip");
        double before = table.getColumns().get(2).getPrefWidth();

        addRows(robot, "msgstore-2026-11-01.1.db.crypt15.with-a-much-longer-name");

        assertThat(table.getColumns().get(2).getPrefWidth()).isGreaterThan(before + 100);
        assertThat(cutShort(robot)).isEmpty();
    }
}
