package dev.vigie.ui.common;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
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
 *
 * <p>A table in a pane that stays hidden until work starts (the Sources view's split pane, under its welcome until the
 * first folder is added) is rehearsed with that pane, in three short turns with frames between them; in each, the pane
 * is shown, laid out (then given sample rows, then painted off screen) and hidden again in one go. The first folder
 * then shows a pane already laid out, whose drawing code has run once: its first showing had cost 100-115 ms (layout
 * 80 ms, painting 55 ms, software rendering), during the first scan.
 */
public final class TableRehearsal {

    private static final Duration IDLE_DELAY = Duration.ofSeconds(1);
    /** Between two turns of a covered pane's rehearsal: a few frames. */
    private static final Duration TURN_GAP = Duration.ofMillis(100);
    private static final Logger LOG = Logger.getLogger(TableRehearsal.class.getName());

    private TableRehearsal() {
    }

    /**
     * The pane a table is in when that pane stays hidden until work starts.
     *
     * @param pane the hidden pane: the table, or one of its parents
     * @param show shows the pane ({@code true}) and hides it again ({@code false}); the pane is then laid out as a
     *             shown one (visible and managed)
     */
    public record Covered(Node pane, Consumer<Boolean> show) {
    }

    /**
     * Rehearses the table once, a second after the first frame that lays it out in a showing window, if it shows
     * then (not behind a hidden pane).
     *
     * @param samples rows like the real ones (the cell factories format them as they will the real ones); enough to
     *                fill the table's height, more are not made
     */
    public static <S> void once(TableView<S> table, Supplier<List<S>> samples) {
        once(table, samples, null);
    }

    /**
     * Rehearses the table once, a second after the window first shows it or the pane it waits in: if the pane is still
     * hidden then, with the pane (shown, laid out and painted for the length of the rehearsal); if the pane was shown
     * meanwhile (work started), not at all.
     *
     * @param covered the pane hidden until work starts, or null
     */
    public static <S> void once(TableView<S> table, Supplier<List<S>> samples, Covered covered) {
        boolean[] due = {false};
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                Scene scene = table.getScene();
                if (due[0] || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
                    return;
                }
                due[0] = true;
                boolean waiting = covered != null && !covered.pane().isVisible();
                if (!waiting && (!shown(table) || table.getHeight() <= 0)) {
                    // Behind a pane not given as covered: it will show because work started, and a rehearsal then
                    // would freeze the window during that work. Its first rows come with the pane, whose first
                    // showing costs as much anyway.
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    return;
                }
                // A second later, when the window has shown and the start's own work (first painting, code compiled
                // in the background) is done: right after the first frame it took twice as long.
                CompletableFuture.delayedExecutor(IDLE_DELAY.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                        Platform.runLater(() -> {
                            scene.removePostLayoutPulseListener(this);
                            if (!waiting) {
                                rehearse(table, samples);
                            } else if (!covered.pane().isVisible()) {
                                rehearseCovered(table, samples, covered);
                            }
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

    /**
     * Rehearses the covered pane and its table in three turns of the FX thread, with frames drawn between them so that
     * none of them is long: the pane is laid out, then the table's rows are made, then the pane with sample rows is
     * painted off screen. In each turn the pane is shown and hidden again, so that no frame draws it. It stops when
     * work meanwhile showed the pane, gave the table rows, or the table left the window.
     */
    static <S> void rehearseCovered(TableView<S> table, Supplier<List<S>> samples, Covered covered) {
        List<S> rows = samples.get();
        List<Runnable> turns = List.of(
                () -> {
                    table.getScene().getRoot().applyCss();
                    table.getScene().getRoot().layout();
                },
                () -> withSamples(table, rows, () -> { }),
                // The drawing code of the pane's controls runs once, and the glyphs of their texts are made.
                () -> withSamples(table, rows, () -> covered.pane().snapshot(null, null)));
        inTurns(table, covered, turns, 0, new long[turns.size()]);
    }

    private static <S> void inTurns(TableView<S> table, Covered covered, List<Runnable> turns, int next, long[] took) {
        if (!table.getItems().isEmpty() || table.getScene() == null || covered.pane().isVisible()) {
            return; // work started: what it shows pays for itself
        }
        long start = System.nanoTime();
        covered.show().accept(true);
        try {
            if (!shown(table)) {
                return; // hidden by something else as well: it shows with that, not with this pane
            }
            turns.get(next).run();
        } finally {
            covered.show().accept(false);
        }
        took[next] = (System.nanoTime() - start) / 1_000_000;
        if (next + 1 < turns.size()) {
            CompletableFuture.delayedExecutor(TURN_GAP.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                    Platform.runLater(() -> inTurns(table, covered, turns, next + 1, took)));
        } else {
            LOG.fine(() -> "rehearsed the rows of table " + table.getId() + " with the pane it waits in, in "
                    + Arrays.stream(took).mapToObj(Long::toString).collect(Collectors.joining(" + ")) + " ms");
        }
    }

    /** Runs this with the table showing these sample rows, laid out, then gives the table its own rows back. */
    private static <S> void withSamples(TableView<S> table, List<S> rows, Runnable then) {
        ObservableList<S> own = table.getItems();
        table.setItems(FXCollections.observableArrayList(rows));
        table.applyCss();
        table.layout();
        then.run();
        table.setItems(own);
        table.layout();
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
        withSamples(table, samples.get(), () -> { });
        LOG.fine(() -> "rehearsed the rows of table " + table.getId() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return true;
    }
}
