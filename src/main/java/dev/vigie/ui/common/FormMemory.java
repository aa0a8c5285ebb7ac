package dev.vigie.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;

/**
 * What a form holds, by the ids of its fields: taken from a view before a language switch rebuilds it, and put back
 * into the new one, so switching language never costs the user what they typed or chose.
 */
public final class FormMemory {

    private FormMemory() {
    }

    /** The values of the input fields under {@code root} that have an id: texts, choices, dates, ticks. */
    public static Map<String, Object> capture(Node root) {
        Map<String, Object> values = new HashMap<>();
        walk(root, values, true);
        return values;
    }

    /** Puts captured values back into the fields of the same ids under {@code root}; others are left alone. */
    public static void restore(Node root, Map<String, Object> values) {
        walk(root, new HashMap<>(values), false);
    }

    @SuppressWarnings("unchecked")
    private static void walk(Node node, Map<String, Object> values, boolean capture) {
        String id = node.getId();
        if (id != null && !id.startsWith("nav-")) {
            if (node instanceof TextInputControl text) {
                if (capture) {
                    values.put(id, text.getText());
                } else if (values.get(id) instanceof String s) {
                    text.setText(s);
                }
            } else if (node instanceof ComboBoxBase<?> box) {
                if (capture) {
                    if (box.getValue() != null) {
                        values.put(id, box.getValue());
                    }
                } else if (values.containsKey(id)) {
                    ((ComboBoxBase<Object>) box).setValue(values.get(id));
                }
            } else if (node instanceof Toggle toggle) {
                if (capture) {
                    values.put(id, toggle.isSelected());
                } else if (values.get(id) instanceof Boolean b) {
                    toggle.setSelected(b);
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, values, capture);
            }
        }
    }
}
