package dev.vigie.ui.sources;

import dev.vigie.backup.Layout;
import dev.vigie.ui.common.I18n;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks for a new source's name and layout, showing the layout Vigie recognised in the folder. */
final class AddSourceDialog extends Dialog<AddSourceDialog.Request> {

    /** What the user confirmed. */
    record Request(String name, Path folder, Layout layout) {
    }

    AddSourceDialog(Window owner, I18n i18n, Path folder, Layout recognised, Collection<String> takenNames) {
        initOwner(owner);
        setTitle(i18n.get("add.title"));
        setHeaderText(i18n.get("add.header", folder.toString()));

        TextField name = new TextField(suggestName(folder, takenNames));
        name.setId("add-name");
        Label nameLabel = new Label(i18n.get("add.name"));
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);

        ComboBox<Layout> layout = new ComboBox<>();
        layout.setId("add-layout");
        layout.getItems().setAll(Layout.values());
        layout.setValue(recognised);
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(Layout l) {
                if (l == null) {
                    return "";
                }
                String text = i18n.get("layout." + l.id());
                return l == recognised ? i18n.get("add.recognised", text) : text;
            }

            @Override
            public Layout fromString(String s) {
                return null;
            }
        });
        Label layoutLabel = new Label(i18n.get("add.layout"));
        layoutLabel.setMnemonicParsing(true);
        layoutLabel.setLabelFor(layout);

        Label problem = new Label();
        problem.getStyleClass().add("danger");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, nameLabel, name);
        grid.addRow(1, layoutLabel, layout);
        grid.add(problem, 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        // A name must be given and unused: say which, and keep OK off until it is.
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String n = name.getText().strip();
            String why = n.isEmpty() ? i18n.get("add.nameMissing")
                    : takenNames.stream().anyMatch(t -> t.equalsIgnoreCase(n)) ? i18n.get("add.nameTaken", n) : "";
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        name.textProperty().addListener((obs, old, now) -> validate.run());
        validate.run();

        setResultConverter(button -> button == ButtonType.OK
                ? new Request(name.getText().strip(), folder, layout.getValue()) : null);
        Platform.runLater(name::requestFocus);
    }

    /** The folder's own name, lower-cased, made unique with a number if it is taken. */
    static String suggestName(Path folder, Collection<String> taken) {
        Path fileName = folder.getFileName();
        String base = fileName == null ? "source" : fileName.toString().strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "-");
        if (base.isEmpty()) {
            base = "source";
        }
        String candidate = base;
        for (int n = 2; contains(taken, candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static boolean contains(Collection<String> taken, String name) {
        return taken.stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }
}
