package dev.vigie.ui.consent;

import dev.vigie.backup.IsoTime;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A small form in a dialog: labelled fields with mnemonics, a hint under a field, and one line that says what is
 * wrong as the user types, OK staying off until nothing is.
 */
class FormDialog<R> extends Dialog<R> {

    static final String STYLESHEET = "/dev/vigie/ui/consent/consent.css";

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();
    private Supplier<String> check = () -> "";
    private int rows;
    private boolean touched;

    FormDialog(Window owner, I18n i18n, String title, String header) {
        this.i18n = i18n;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(header);
        getDialogPane().getStylesheets().add(FormDialog.class.getResource(STYLESHEET).toExternalForm());
        grid.setHgap(12);
        grid.setVgap(10);
        problem.getStyleClass().add("form-problem");
        problem.setId("form-problem");
        WholeText.wrap(problem).setMaxWidth(440);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    }

    I18n i18n() {
        return i18n;
    }

    /** Adds a labelled field; the label's underlined letter reaches it with Alt. */
    <N extends Node> N row(String labelKey, N field) {
        Label label = new Label(i18n.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        WholeText.keep(label);
        grid.addRow(rows++, label, field);
        return field;
    }

    void hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("form-hint");
        WholeText.wrap(hint).setMaxWidth(440);
        grid.add(hint, 1, rows++);
    }

    /** What is wrong with the form ("" when nothing is), checked whenever one of {@code watched} changes. */
    void validateWith(Supplier<String> check, Observable... watched) {
        this.check = check;
        // The line right under the last field: a row far below would add every empty row's gap to the height.
        grid.add(problem, 1, rows++);
        for (Observable o : watched) {
            o.addListener(x -> {
                touched = true;
                validate();
            });
        }
        // OK on a wrong form says what is wrong and keeps the dialog open.
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            touched = true;
            if (!validate().isEmpty()) {
                e.consume();
            }
        });
        validate();
    }

    /**
     * Checks the form; what is wrong shows once a field has been touched or OK pressed, never on a form the user has
     * not started.
     *
     * @return what is wrong, "" when nothing is
     */
    final String validate() {
        String why = check.get();
        problem.setText(touched ? why : "");
        return why;
    }

    void focus(Node node) {
        Platform.runLater(node::requestFocus);
    }

    static TextField field(String id, String text, int columns) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** A time as people type it: 2026-11-21, 2026-11-21 10:00, or any ISO-8601 form. */
    static Optional<Instant> readTime(String text, ZoneId zone) {
        String iso = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +(\\d)", "$1T$2");
        return IsoTime.read(iso, zone);
    }

    /** Why a typed time cannot be taken ("" when it can): it must read, and not be in the future. */
    String timeProblem(String text, ZoneId zone, Instant now) {
        Optional<Instant> t = readTime(text, zone);
        if (t.isEmpty()) {
            return i18n.get("ui.form.badTime", text.strip());
        }
        if (t.get().isAfter(now.plusSeconds(60))) {
            return i18n.get("ui.form.futureTime");
        }
        return "";
    }
}
