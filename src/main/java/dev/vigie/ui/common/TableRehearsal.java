package dev.vigie.ui.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * A table's first rows are slow to make. The first time a window shows rows in a table, JavaFX loads the row and
 * cell classes, styles them from the theme (its style cache belongs to the window's scene) and runs their code for
 * the first time: 60-120 ms in one frame for the Sources table (2 cores, software rendering), and that frame was the
 * one showing a first scan's results, while the user watches. A rehearsal does this work earlier, a second after the
 * window first shows, when nothing runs yet: the empty table is given sample rows, laid out, and given its own rows
 * back in one go on the FX thread, so that no frame ever draws the samples. The rows it made stay with the table, which reuses
 * them for the real ones.
 *
 * <p>A table that already has rows by then skips it: making those rows was the rehearsal.
 */
public final class TableRehearsal {

    private static final Duration IDLE_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(TableRehearsal.class.getName());

    private TableRehearsal() {
    }

    /**
     * Rehearses the table once, a second after the first frame that lays it out in a showing window, if it shows
     * then (not behind a hidden pane).
     *
     * @param samples rows like the real ones (the cell factories format them as they will the real ones); enough to
     *                fill the table's height, more are not made
     */
    public static <S> void once(TableView<S> table, Supplier<List<S>> samples) {
        boolean[] due = {false};
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                Scene scene = table.getScene();
                if (due[0] || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
                    return;
                }
                due[0] = true;
                if (!shown(table) || table.getHeight() <= 0) {
                    // Behind a pane (the Sources view's welcome, before the first folder): it will show because work
                    // started, and a rehearsal then would freeze the window during that work. Its first rows come
                    // with the pane, whose first showing costs as much anyway.
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    return;
                }
                // A second later, when the window has shown and the start's own work (first painting, code compiled
                // in the background) is done: right after the first frame it took twice as long.
                CompletableFuture.delayedExecutor(IDLE_DELAY.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                        Platform.runLater(() -> {
                            scene.removePostLayoutPulseListener(this);
                            rehearse(table, samples);
                        }));
            }
        };
        ChangeListener<Scene> follow = (obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null && !due[0]) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        };
        table.sceneProperty().addListener(follow);
        follow.changed(table.sceneProperty(), null, table.getScene());
    }

    /** Whether the table and every pane above it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether it rehearsed: not when the table meanwhile got rows of its own, or left the window. */
    static <S> boolean rehearse(TableView<S> table, Supplier<List<S>> samples) {
        if (!table.getItems().isEmpty() || table.getScene() == null) {
            return false;
        }
        long start = System.nanoTime();
        ObservableList<S> own = table.getItems();
        table.setItems(FXCollections.observableArrayList(samples.get()));
        table.applyCss();
        table.layout();
        table.setItems(own);
        table.layout();
        LOG.fine(() -> "rehearsed the rows of table " + table.getId() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return true;
    }
}
