package dev.vigie.ui.common;

import dev.vigie.backup.InputProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** Tells the user what went wrong and what to do, with the details one click away for a bug report. */
public final class ErrorDialog {

    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());

    private ErrorDialog() {
    }

    /** The sentence for an error: an input problem's own message, else a generic one naming the error. */
    public static String describe(Throwable error, I18n i18n) {
        Throwable cause = error;
        while (!(cause instanceof InputProblem) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InputProblem problem) {
            return i18n.messages().problem(problem);
        }
        return i18n.get("ui.error.unexpected", String.valueOf(error));
    }

    /** Builds the dialog (not shown): what happened, in a sentence, and the details with a copy button. */
    public static Alert create(Window owner, I18n i18n, String title, Throwable error) {
        LOG.log(error instanceof InputProblem ? Level.INFO : Level.WARNING, title, error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.get("ui.error.title"));
        alert.setHeaderText(title);
        alert.setContentText(describe(error, i18n));
        // The sentence in full on as many lines as it needs; the default content label stops at the pane's height.
        Label sentence = WholeText.wrap(new Label(alert.getContentText()));
        sentence.setId("error-sentence");
        sentence.setMaxWidth(520);
        alert.getDialogPane().setContent(sentence);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(10);
        details.setAccessibleText(i18n.get("ui.error.details"));
        alert.getDialogPane().setExpandableContent(details);
        ButtonType copy = new ButtonType(i18n.get("ui.error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        // The copy button must not close the dialog: consume its action.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(alert.getHeaderText() + "\n" + alert.getContentText() + "\n\n" + trace);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        return alert;
    }

    public static void show(Window owner, I18n i18n, String title, Throwable error) {
        create(owner, i18n, title, error).show();
    }
}
