package dev.vigie.ui.sources;

import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.TimeSource;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.IconButtons;
import dev.vigie.ui.common.TableRehearsal;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.drill.SourceDrillsDialog;
import dev.vigie.workspace.SourceSummary;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Sources view: the registered folders, their backup sets and the last scan's warnings; welcome when empty. */
public final class SourcesController {

    private final UiContext context;
    private final SourcesViewModel model;
    private final Runnable afterDemo;

    @FXML
    private VBox welcomePane;
    @FXML
    private SplitPane mainPane;
    @FXML
    private ListView<SourceSummary> sourcesList;
    @FXML
    private Button addButton;
    @FXML
    private Button addDriveButton;
    @FXML
    private Button addRepositoryButton;
    @FXML
    private Button scanButton;
    @FXML
    private Button settingsButton;
    @FXML
    private Button drillsButton;
    @FXML
    private Button renameButton;
    @FXML
    private Button removeButton;
    @FXML
    private Label selectedTitle;
    @FXML
    private Label selectedPath;
    @FXML
    private TableView<SeenBackup> backupsTable;
    @FXML
    private TableColumn<SeenBackup, Instant> timeColumn;
    @FXML
    private TableColumn<SeenBackup, Instant> ageColumn;
    @FXML
    private TableColumn<SeenBackup, Long> sizeColumn;
    @FXML
    private TableColumn<SeenBackup, Integer> filesColumn;
    @FXML
    private TableColumn<SeenBackup, TimeSource> timeSourceColumn;
    @FXML
    private TableColumn<SeenBackup, Boolean> presentColumn;
    @FXML
    private TableColumn<SeenBackup, String> nameColumn;
    @FXML
    private Label warningsTitle;
    @FXML
    private ListView<ScanWarning> warningsList;

    /** True for the length of the table's rehearsal under the welcome (TableRehearsal.Covered). */
    private final BooleanProperty rehearsingUnderWelcome = new SimpleBooleanProperty();

    public SourcesController(UiContext context, SourcesViewModel model) {
        this(context, model, () -> { });
    }

    /** @param afterDemo what to show once the demo is open: the window goes to the Dashboard */
    public SourcesController(UiContext context, SourcesViewModel model, Runnable afterDemo) {
        this.context = context;
        this.model = model;
        this.afterDemo = afterDemo;
    }

    private I18n i18n() {
        return context.i18n();
    }

    @FXML
    private void initialize() {
        var empty = Bindings.isEmpty(model.sources());
        welcomePane.visibleProperty().bind(model.loadedProperty().and(empty));
        welcomePane.managedProperty().bind(welcomePane.visibleProperty());
        mainPane.visibleProperty().bind(model.loadedProperty().and(empty.not()).or(rehearsingUnderWelcome));
        mainPane.managedProperty().bind(mainPane.visibleProperty());

        sourcesList.setItems(model.sources());
        sourcesList.setCellFactory(list -> new SourceCell(context));
        sourcesList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        model.sources().addListener((ListChangeListener<SourceSummary>) c -> showSelected(model.selectedProperty().get()));
        sourcesList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeSelected();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelected();
            } else if (e.getCode() == KeyCode.F5) {
                scanSelected();
            } else if (e.getCode() == KeyCode.F4) {
                editSettings();
            }
        });

        var noSelection = model.selectedProperty().isNull();
        scanButton.disableProperty().bind(noSelection.or(model.scanningProperty()));
        renameButton.disableProperty().bind(noSelection);
        settingsButton.disableProperty().bind(noSelection);
        drillsButton.disableProperty().bind(noSelection);
        removeButton.disableProperty().bind(noSelection.or(model.scanningProperty()));
        IconButtons.dress(addButton, Material2OutlinedAL.CREATE_NEW_FOLDER, i18n(), "sources.add");
        IconButtons.dress(addDriveButton, Material2OutlinedAL.CLOUD_QUEUE, i18n(), "sources.addDrive");
        IconButtons.dress(addRepositoryButton, Material2OutlinedAL.ARCHIVE, i18n(), "sources.addRepository");
        IconButtons.dress(scanButton, Material2OutlinedMZ.REFRESH, i18n(), "sources.scan");
        IconButtons.dress(settingsButton, Material2OutlinedMZ.TUNE, i18n(), "sources.settings");
        IconButtons.dress(drillsButton, Material2OutlinedMZ.RESTORE, i18n(), "sources.drills");
        IconButtons.dress(renameButton, Material2OutlinedAL.EDIT, i18n(), "sources.rename");
        IconButtons.dress(removeButton, Material2OutlinedAL.DELETE, i18n(), "sources.remove");

        setUpTable();
        warningsList.setItems(model.warnings());
        warningsList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScanWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : i18n().messages().warning(w));
            }
        });
        warningsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n().get("sources.warnings", model.warnings().size()), model.warnings()));

        model.setOnFailure(f -> ErrorDialog.show(window(), i18n(), i18n().get(f.whatKey(), f.whatArgs()), f.error()));
        model.setOnWarning(text -> {
            Alert warning = new Alert(Alert.AlertType.WARNING, text);
            warning.initOwner(window());
            warning.setHeaderText(i18n().get("ui.sources.sameFolderTitle"));
            warning.show();
        });
        showSelected(model.selectedProperty().get());
        model.load();
    }

    private void setUpTable() {
        new BackupColumns(context, backupsTable).setUp(timeColumn, nameColumn, ageColumn, sizeColumn, filesColumn,
                presentColumn, timeSourceColumn);
        SortedList<SeenBackup> sorted = new SortedList<>(model.backups());
        sorted.comparatorProperty().bind(backupsTable.comparatorProperty());
        backupsTable.setItems(sorted);
        timeColumn.setSortType(TableColumn.SortType.DESCENDING);
        backupsTable.getSortOrder().add(timeColumn);
        // Every cell has its whole text on hover too, for a column the user narrows.
        WholeText.tooltips(backupsTable);
        // Under the welcome, the rehearsal shows, lays out and paints the whole pane once (off screen, in three short
        // turns), so that the first folder added does not pay for it during its scan.
        TableRehearsal.once(backupsTable, model::sampleBackups,
                new TableRehearsal.Covered(mainPane, this::rehearseUnderWelcome));
    }

    /** Shows the main pane for its rehearsal under the welcome, with a sample source for the list's first cell. */
    private void rehearseUnderWelcome(boolean on) {
        sourcesList.setItems(on ? FXCollections.observableArrayList(model.sampleSource()) : model.sources());
        rehearsingUnderWelcome.set(on);
    }

    private void showSelected(SourceSummary summary) {
        if (summary == null) {
            selectedTitle.setText("");
            selectedPath.setText("");
            return;
        }
        if (sourcesList.getSelectionModel().getSelectedItem() != summary) {
            sourcesList.getSelectionModel().select(summary);
        }
        selectedTitle.setText(summary.source().name());
        selectedPath.setText(summary.source().location());
    }

    /** "Add folder…": choose a folder, then name it and confirm its layout. */
    @FXML
    public void addFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n().get("add.choose"));
        File folder = chooser.showDialog(window());
        if (folder != null) {
            addFolder(folder.toPath());
        }
    }

    /** The add dialog for a folder already chosen: recognises its layout off the FX thread, then asks. */
    public void addFolder(Path folder) {
        model.recognise(folder, recognised -> {
            List<String> taken = model.sources().stream().map(s -> s.source().name()).toList();
            Optional<AddSourceDialog.Request> request =
                    new AddSourceDialog(window(), i18n(), folder, recognised, taken).showAndWait();
            request.ifPresent(r -> model.add(r.name(), r.folder(), Optional.of(r.layout())));
        });
    }

    /** "Add Google Drive folder…": a link or id and a name; the folder is checked, registered and listed. */
    @FXML
    public void addDriveFolder() {
        List<String> taken = model.sources().stream().map(s -> s.source().name()).toList();
        new AddDriveDialog(window(), i18n(), taken).showAndWait()
                .ifPresent(r -> model.addDrive(r.name(), r.folder()));
    }

    /** "Add a restic or borg repository…": where it is, its password file, a name; "Test" lists it first. */
    @FXML
    public void addRepository() {
        List<String> taken = model.sources().stream().map(s -> s.source().name()).toList();
        new AddRepositoryDialog(window(), i18n(), taken, model::testRepository).showAndWait()
                .ifPresent(r -> model.addRepository(r.name(), r.location(), r.access()));
    }

    @FXML
    public void exploreDemo() {
        model.openDemo().addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                e -> afterDemo.run());
    }

    @FXML
    private void scanSelected() {
        selectedName().ifPresent(model::scan);
    }

    /** The schedule, zone, grace, media and off-site flag of the selected source. */
    @FXML
    private void editSettings() {
        selectedName().ifPresent(this::editSettings);
    }

    /** The settings of a source named by another view (the Dashboard's "Set the schedule…"). */
    public void editSettings(String name) {
        model.settingsAndGuess(name, (current, guess) ->
                new SourceSettingsDialog(window(), i18n(), name, current, guess, context.zone()).showAndWait()
                        .ifPresent(changed -> model.saveSettings(name, changed)));
    }

    /** The selected source's restore drills, and a drill now. */
    @FXML
    private void showDrills() {
        selectedName().ifPresent(name -> SourceDrillsDialog.open(window(), context, name));
    }

    @FXML
    private void renameSelected() {
        selectedName().ifPresent(name -> {
            TextInputDialog dialog = new TextInputDialog(name);
            dialog.initOwner(window());
            dialog.setTitle(i18n().get("rename.title"));
            dialog.setHeaderText(i18n().get("rename.header", name));
            dialog.setContentText(i18n().get("rename.label"));
            dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(name))
                    .ifPresent(n -> model.rename(name, n));
        });
    }

    @FXML
    private void removeSelected() {
        selectedName().ifPresent(name -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n().get("remove.text", name),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(window());
            confirm.setTitle(i18n().get("remove.title"));
            confirm.setHeaderText(i18n().get("remove.header", name));
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.remove(name));
        });
    }

    private Optional<String> selectedName() {
        return Optional.ofNullable(model.selectedProperty().get()).map(s -> s.source().name());
    }

    private Window window() {
        return sourcesList.getScene() == null ? null : sourcesList.getScene().getWindow();
    }
}
