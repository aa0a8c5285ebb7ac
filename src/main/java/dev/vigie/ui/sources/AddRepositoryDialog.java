package dev.vigie.ui.sources;

import dev.vigie.backup.RepositoryAccess;
import dev.vigie.source.tool.RepositoryLocation;
import dev.vigie.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for a restic or borg repository: the tool, where the repository is, the password file and a name, with a
 * "Test" button that lists the repository once and says what it found.
 */
final class AddRepositoryDialog extends Dialog<AddRepositoryDialog.Request> {

    /** What the user confirmed: the name, {@code restic:REPO} or {@code borg:REPO}, and how to open it. */
    record Request(String name, String location, RepositoryAccess access) {
    }

    /** Lists the repository off the FX thread and hands back one sentence: what it holds, or what went wrong. */
    interface Tester {
        Task<?> test(String location, RepositoryAccess access, Consumer<String> result);
    }

    private Task<?> running;

    AddRepositoryDialog(Window owner, I18n i18n, Collection<String> takenNames, Tester tester) {
        initOwner(owner);
        setTitle(i18n.get("addRepo.title"));
        setHeaderText(i18n.get("addRepo.header"));

        ToggleGroup tools = new ToggleGroup();
        RadioButton restic = new RadioButton("restic");
        restic.setId("add-repo-restic");
        restic.setToggleGroup(tools);
        restic.setSelected(true);
        RadioButton borg = new RadioButton("borg");
        borg.setId("add-repo-borg");
        borg.setToggleGroup(tools);
        Label toolLabel = new Label(i18n.get("addRepo.tool"));

        TextField repo = new TextField();
        repo.setId("add-repo-location");
        repo.setPromptText("/srv/backups/restic, sftp:user@host:/restic, ssh://host/./borg…");
        repo.setPrefColumnCount(26);
        HBox.setHgrow(repo, Priority.ALWAYS);
        Label repoLabel = new Label(i18n.get("addRepo.location"));
        repoLabel.setMnemonicParsing(true);
        repoLabel.setLabelFor(repo);
        Button browse = new Button(i18n.get("addRepo.browse"));
        browse.setMnemonicParsing(true);
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get("addRepo.browse.title"));
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                repo.setText(chosen.getAbsolutePath());
            }
        });

        TextField passwordFile = new TextField();
        passwordFile.setId("add-repo-password-file");
        passwordFile.setPrefColumnCount(26);
        HBox.setHgrow(passwordFile, Priority.ALWAYS);
        Label passwordLabel = new Label(i18n.get("addRepo.passwordFile"));
        passwordLabel.setMnemonicParsing(true);
        passwordLabel.setLabelFor(passwordFile);
        Button pick = new Button(i18n.get("addRepo.pick"));
        pick.setMnemonicParsing(true);
        pick.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("addRepo.pick.title"));
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                passwordFile.setText(chosen.getAbsolutePath());
            }
        });

        TextField name = new TextField(AddSourceDialog.suggestName(Path.of("repository"), takenNames));
        name.setId("add-repo-name");
        Label nameLabel = new Label(i18n.get("add.name"));
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);

        Button test = new Button(i18n.get("addRepo.test"));
        test.setId("add-repo-test");
        test.setMnemonicParsing(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.setVisible(false);
        Label result = new Label();
        result.setId("add-repo-result");
        result.setWrapText(true);
        result.setMaxWidth(440);
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        Label note = new Label(i18n.get("addRepo.readOnly"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.getStyleClass().add("text-muted");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, toolLabel, new HBox(16, restic, borg));
        grid.addRow(1, repoLabel, new HBox(8, repo, browse));
        grid.addRow(2, passwordLabel, new HBox(8, passwordFile, pick));
        grid.addRow(3, nameLabel, name);
        grid.addRow(4, new Label(), new HBox(10, test, progress, result));
        grid.add(problem, 1, 5);
        grid.add(note, 0, 6, 2, 1);
        // Labels and buttons keep their words; the text fields give up the room.
        for (Control c : List.of(toolLabel, repoLabel, passwordLabel, nameLabel, browse, pick,
                test)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        note.setMinHeight(Region.USE_PREF_SIZE);
        result.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        var ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String n = name.getText().strip();
            String r = repo.getText().strip();
            String why = r.isEmpty() ? i18n.get("addRepo.locationMissing")
                    : n.isEmpty() ? i18n.get("add.nameMissing")
                    : takenNames.stream().anyMatch(t -> t.equalsIgnoreCase(n)) ? i18n.get("add.nameTaken", n) : "";
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
            test.setDisable(r.isEmpty() || running != null);
        };
        name.textProperty().addListener((obs, old, now) -> validate.run());
        repo.textProperty().addListener((obs, old, now) -> {
            validate.run();
            result.setText("");
        });
        validate.run();

        test.setOnAction(e -> {
            result.setText(i18n.get("addRepo.testing"));
            progress.setVisible(true);
            test.setDisable(true);
            running = tester.test(location(restic.isSelected(), repo.getText()), access(passwordFile.getText()),
                    sentence -> {
                        running = null;
                        progress.setVisible(false);
                        result.setText(sentence);
                        validate.run();
                    });
        });
        setOnHidden(e -> {
            if (running != null) {
                running.cancel();
            }
        });

        setResultConverter(button -> button == ButtonType.OK ? new Request(name.getText().strip(),
                location(restic.isSelected(), repo.getText()), access(passwordFile.getText())) : null);
        Platform.runLater(repo::requestFocus);
    }

    /** {@code restic:REPO} or {@code borg:REPO}; a location typed with its tool already keeps it. */
    static String location(boolean restic, String typed) {
        String text = typed.strip();
        if (RepositoryLocation.isRepository(text)) {
            return text;
        }
        return (restic ? RepositoryLocation.RESTIC_SCHEME : RepositoryLocation.BORG_SCHEME) + text;
    }

    private static RepositoryAccess access(String passwordFile) {
        return new RepositoryAccess(Optional.of(passwordFile), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
