package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.testing.FxWaits;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

@ExtendWith(ApplicationExtension.class)
class WholeTextTest {

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String, String> column = new TableColumn<>("A column whose title is long");
        column.setPrefWidth(60);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        table.getColumns().add(column);
        WholeText.tooltips(table);
        stage.setScene(new Scene(new StackPane(table), 300, 400));
        stage.show();
    }

    @Test
    void everyFilledCellGetsItsWholeTextAsATooltipAFewFramesAfterItIsMadeAndFollowsItsText(FxRobot robot)
            throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add("Row " + i + ": a text far too long for a column sixty pixels wide");
        }
        robot.interact(() -> table.getItems().setAll(rows));

        FxWaits.until("every filled cell has its tooltip", () -> cells().stream()
                .filter(c -> c.getText() != null)
                .allMatch(c -> c.getTooltip() != null && c.getText().equals(c.getTooltip().getText())));
        assertThat(cells().stream().filter(c -> c.getText() != null)).hasSize(10);

        robot.interact(() -> table.getItems().set(3, "Changed"));
        FxWaits.until("the tooltip follows the cell's new text", () -> cells().stream()
                .anyMatch(c -> "Changed".equals(c.getText()) && c.getTooltip() != null
                        && "Changed".equals(c.getTooltip().getText())));
        robot.interact(() -> table.getItems().clear());
        FxWaits.until("empty cells have no tooltip", () -> cells().stream()
                .allMatch(c -> c.getText() != null || c.getTooltip() == null));
    }

    private List<TableCell<?, ?>> cells() {
        List<TableCell<?, ?>> cells = new ArrayList<>();
        table.lookupAll(".table-cell").forEach(n -> cells.add((TableCell<?, ?>) n));
        return cells;
    }
}
