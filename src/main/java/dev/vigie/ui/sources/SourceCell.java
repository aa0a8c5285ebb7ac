package dev.vigie.ui.sources;

import dev.vigie.store.RecordedScan;
import dev.vigie.ui.UiContext;
import dev.vigie.workspace.SourceSummary;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * A source in the list: layout icon, name, path, and what its last scan found. Its nodes are made once and given
 * each source's words: every scan replaces the list's sources, and new nodes for each would all be styled and laid
 * out again in the frame that shows the scan's results.
 */
final class SourceCell extends ListCell<SourceSummary> {

    private final UiContext context;
    private final Label name = new Label();
    private final Label path = new Label();
    private final Label summary = new Label();
    private final FontIcon icon = new FontIcon(Material2OutlinedAL.FOLDER);
    private final HBox box = new HBox(10, icon, new VBox(2, name, path, summary));

    SourceCell(UiContext context) {
        this.context = context;
        name.getStyleClass().add("text-bold");
        path.getStyleClass().addAll("text-small", "text-muted");
        summary.getStyleClass().add("text-small");
        icon.setIconSize(22);
        // As wide as the list, never wider: long paths and summaries wrap instead of hiding behind a sideways
        // scroll bar (French, training mode, a narrow list).
        setPrefWidth(0);
        for (Label line : List.of(name, path, summary)) {
            line.setWrapText(true);
        }
        box.prefWidthProperty().bind(widthProperty().subtract(
                Bindings.createDoubleBinding(() -> snappedLeftInset() + snappedRightInset(), insetsProperty())));
    }

    /** As tall as its lines need at the list's width (the list asks with the width it gives). */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + box.prefHeight(width - snappedLeftInset() - snappedRightInset())
                + snappedBottomInset();
    }

    @Override
    protected void updateItem(SourceSummary s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(s.source().name());
        path.setText(s.source().location());
        summary.setText(summaryText(s));
        var layout = s.lastScan().map(RecordedScan::layout).or(() -> s.source().layout());
        icon.setIconCode(layout.map(LayoutIcons::of).orElse(Material2OutlinedAL.FOLDER));
        setGraphic(box);
        setAccessibleText(s.source().name() + ", " + summary.getText());
    }

    private String summaryText(SourceSummary s) {
        if (s.lastScan().isEmpty()) {
            return context.i18n().get("sources.neverScanned");
        }
        RecordedScan scan = s.lastScan().get();
        String layout = context.i18n().get("layout." + scan.layout().id());
        return scan.latestBackup()
                .map(t -> context.i18n().get("sources.summary", layout, scan.backupCount(),
                        context.i18n().formats().age(t, context.clock().instant())))
                .orElse(context.i18n().get("sources.summary.none", layout));
    }
}
