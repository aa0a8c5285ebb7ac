package dev.vigie.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What a person would see wrong in a window's layout, found by walking its scene graph (the way
 * shared/tools/LayoutAudit.java looks at the built app): texts drawn cut short with no tooltip holding them whole,
 * nodes running past the window, and a window not on its screen. Call on the FX thread.
 */
public final class LayoutProblems {

    private LayoutProblems() {
    }

    /** Every problem of one window on a screen of these bounds, in words; empty when there is none. */
    public static List<String> in(Window window, Rectangle2D screen) {
        List<String> out = new ArrayList<>();
        String title = window instanceof Stage s && s.getTitle() != null ? s.getTitle() : "window";
        if (window.getWidth() > screen.getWidth() + 1 || window.getHeight() > screen.getHeight() + 1) {
            out.add(String.format("\"%s\" is %.0fx%.0f, larger than the %.0fx%.0f screen", title, window.getWidth(),
                    window.getHeight(), screen.getWidth(), screen.getHeight()));
        } else if (window.getX() < screen.getMinX() - 1 || window.getY() < screen.getMinY() - 1
                || window.getX() + window.getWidth() > screen.getMaxX() + 1
                || window.getY() + window.getHeight() > screen.getMaxY() + 1) {
            out.add(String.format("\"%s\" at %.0f,%.0f (%.0fx%.0f) runs off the %.0fx%.0f screen", title,
                    window.getX(), window.getY(), window.getWidth(), window.getHeight(), screen.getWidth(),
                    screen.getHeight()));
        }
        if (window.getScene() == null) {
            return out;
        }
        Bounds view = new BoundingBox(0, 0, window.getScene().getWidth(), window.getScene().getHeight());
        Node root = window.getScene().getRoot();
        for (Node n : all(root)) {
            if (n instanceof Labeled l && shown(n)) {
                cutShort(l, view).ifPresent(out::add);
            }
        }
        overflowing(root, view, out);
        return out;
    }

    /** A Labeled's drawn text when it is its text cut short ("…") and no tooltip says it whole. */
    static java.util.Optional<String> cutShort(Labeled l, Bounds view) {
        if (l.getText() == null || l.getText().isBlank()) {
            return java.util.Optional.empty();
        }
        Bounds b = l.localToScene(l.getBoundsInLocal());
        if (b == null || !view.intersects(b)) {
            return java.util.Optional.empty();
        }
        String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=[^_])", "").replace("__", "_")
                : l.getText();
        if (l.getTooltip() != null && l.getTooltip().getText() != null && l.getTooltip().getText().contains(full)) {
            return java.util.Optional.empty();
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().equals(full)
                    && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                return java.util.Optional.of("cut: \"" + t.getText() + "\" of \"" + full.replace('\n', ' ') + "\" ("
                        + l.getClass().getSimpleName() + describe(l) + ")");
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Nodes drawn past the window's edge, outermost only. Inside a clipping parent (a scroll pane, a list, a table,
     * a split pane) running past is scrolling, not overflow.
     */
    private static void overflowing(Node node, Bounds view, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && b.getHeight() > 0
                && (b.getMaxX() > view.getMaxX() + 1 || b.getMaxY() > view.getMaxY() + 1 || b.getMinX() < -1
                || b.getMinY() < -1)) {
            out.add(String.format("overflows the window: %s%s at %.0f,%.0f %.0fx%.0f in a %.0fx%.0f window",
                    node.getClass().getSimpleName(), describe(node), b.getMinX(), b.getMinY(), b.getWidth(),
                    b.getHeight(), view.getWidth(), view.getHeight()));
            return;
        }
        if (node.getClip() != null || node instanceof ScrollPane || !(node instanceof Parent p)) {
            return;
        }
        for (Node c : p.getChildrenUnmodifiable()) {
            overflowing(c, view, out);
        }
    }

    private static String describe(Node n) {
        StringBuilder s = new StringBuilder();
        if (n.getId() != null) {
            s.append(" #").append(n.getId());
        }
        for (Node p = n.getParent(); p != null && s.length() < 60; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                break;
            }
        }
        return s.toString();
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            out.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }
}
