package dev.vigie.ui.sources;

import dev.vigie.source.drive.DriveFolderRef;
import dev.vigie.ui.common.I18n;
import java.util.Collection;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a Google Drive folder's link or id and a name for it, and says what Drive lets Vigie see. */
final class AddDriveDialog extends Dialog<AddDriveDialog.Request> {

    /** What the user confirmed: the name and the folder as typed (a link, {@code gdrive:ID} or an id). */
    record Request(String name, String folder) {
    }

    AddDriveDialog(Window owner, I18n i18n, Collection<String> takenNames) {
        initOwner(owner);
        setTitle(i18n.get("addDrive.title"));
        setHeaderText(i18n.get("addDrive.header"));

        TextField folder = new TextField();
        folder.setId("add-drive-folder");
        folder.setPromptText("https://drive.google.com/drive/folders/…");
        folder.setPrefColumnCount(36);
        Label folderLabel = new Label(i18n.get("addDrive.folder"));
        folderLabel.setMnemonicParsing(true);
        folderLabel.setLabelFor(folder);

        TextField name = new TextField(AddSourceDialog.suggestName(java.nio.file.Path.of("google-drive"), takenNames));
        name.setId("add-drive-name");
        Label nameLabel = new Label(i18n.get("add.name"));
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);

        Label limits = new Label(i18n.get("drive.limits"));
        limits.setWrapText(true);
        limits.setMaxWidth(460);
        limits.getStyleClass().add("text-muted");
        Label problem = new Label();
        problem.getStyleClass().add("danger");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, folderLabel, folder);
        grid.addRow(1, nameLabel, name);
        grid.add(problem, 1, 2);
        grid.add(limits, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        var ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String n = name.getText().strip();
            String f = folder.getText().strip();
            String why = f.isEmpty() ? i18n.get("addDrive.folderMissing")
                    : DriveFolderRef.parse(f).isEmpty() ? i18n.get("addDrive.folderUnreadable")
                    : n.isEmpty() ? i18n.get("add.nameMissing")
                    : takenNames.stream().anyMatch(t -> t.equalsIgnoreCase(n)) ? i18n.get("add.nameTaken", n) : "";
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        name.textProperty().addListener((obs, old, now) -> validate.run());
        folder.textProperty().addListener((obs, old, now) -> validate.run());
        validate.run();

        setResultConverter(button -> button == ButtonType.OK
                ? new Request(name.getText().strip(), folder.getText().strip()) : null);
        Platform.runLater(folder::requestFocus);
    }
}
