package dev.vigie.ui.common;

import java.util.Map;

/** A view whose form survives a language switch: the window takes its values before and gives them back after. */
public interface KeepsForm {

    /** The form's values, by field id. */
    Map<String, Object> form();

    /** Puts the values back, once the new view is loaded; what the view loads later must not overwrite them. */
    void restoreForm(Map<String, Object> values);
}
