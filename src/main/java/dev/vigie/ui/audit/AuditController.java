package dev.vigie.ui.audit;

import dev.vigie.audit.AuditBreak;
import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditVerification;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ColumnFit;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.workspace.Ledger;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Audit log view: every entry, a filter, the chain's integrity checked on demand, and an export. */
public final class AuditController {

    private final UiContext context;
    private final Ledger ledger;
    private volatile Map<String, String> contactNames = Map.of();
    private final StatusModel status;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<AuditEntry> shown = new FilteredList<>(entries);

    @FXML
    private BorderPane root;
    @FXML
    private TextField filterField;
    @FXML
    private Label countLabel;
    @FXML
    private Button verifyButton;
    @FXML
    private Button exportButton;
    @FXML
    private Label verifyResult;
    @FXML
    private TableView<AuditEntry> entriesTable;
    @FXML
    private TableColumn<AuditEntry, Long> seqColumn;
    @FXML
    private TableColumn<AuditEntry, Instant> timeColumn;
    @FXML
    private TableColumn<AuditEntry, String> actorColumn;
    @FXML
    private TableColumn<AuditEntry, String> actionColumn;
    @FXML
    private TableColumn<AuditEntry, String> subjectColumn;
    @FXML
    private TableColumn<AuditEntry, String> detailsColumn;

    public AuditController(UiContext context, Ledger ledger, StatusModel status) {
        this.context = context;
        this.ledger = ledger;
        this.status = status;
    }

    private I18n i18n() {
        return context.i18n();
    }

    @FXML
    private void initialize() {
        seqColumn.setCellValueFactory(cell(AuditEntry::seq));
        timeColumn.setCellValueFactory(cell(AuditEntry::time));
        timeColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : i18n().formats().dateTime(t, context.zone()));
            }
        });
        actorColumn.setCellValueFactory(cell(AuditEntry::actor));
        actionColumn.setCellValueFactory(cell(e -> actionWords(i18n(), e.action())));
        subjectColumn.setCellValueFactory(cell(e -> words().subject(e.subject())));
        detailsColumn.setCellValueFactory(cell(e -> words().details(e.details())));
        // Details can be long: the whole sentence is in the cell's tooltip, the spare width goes to it.
        detailsColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String details, boolean empty) {
                super.updateItem(details, empty);
                setText(empty ? null : details);
                setTooltip(empty || details == null ? null : new javafx.scene.control.Tooltip(details));
            }
        });
        fitColumns();
        WholeText.tooltips(entriesTable);
        SortedList<AuditEntry> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(entriesTable.comparatorProperty());
        entriesTable.setItems(sorted);
        seqColumn.setSortType(TableColumn.SortType.DESCENDING);
        entriesTable.getSortOrder().add(seqColumn);

        filterField.textProperty().addListener((obs, old, text) -> {
            shown.setPredicate(e -> matches(i18n(), e, text));
            showCount();
        });
        entries.addListener((javafx.collections.ListChangeListener<AuditEntry>) c -> showCount());
        verifyButton.setGraphic(new FontIcon(Material2OutlinedMZ.VERIFIED_USER));
        exportButton.setGraphic(new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        verifyResult.setVisible(false);
        verifyResult.managedProperty().bind(verifyResult.visibleProperty());
        // Read the log each time the view is shown: every change in the Consent view adds entries.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * Each column as wide as its header and its longest text in the font shown (the time whole: it was cut to the
     * date in French training mode); the details take what is left, and the table scrolls sideways sooner than cut.
     */
    private void fitColumns() {
        ColumnFit.of(entriesTable)
                .column(seqColumn, () -> List.of(String.valueOf(entries.size())))
                .column(timeColumn, () -> ColumnFit.longestDates(context.clock().instant(), context.zone()).stream()
                        .map(t -> i18n().formats().dateTime(t, context.zone())).toList())
                .column(actorColumn, ColumnFit.rows(entriesTable, AuditEntry::actor))
                .column(actionColumn, ColumnFit.rows(entriesTable, e -> actionWords(i18n(), e.action())))
                // Names and details give way, down to some twelve characters, before the table scrolls: their cells'
                // tooltips have them whole.
                .column(subjectColumn, ColumnFit.rows(entriesTable, e -> words().subject(e.subject())),
                        ColumnFit::aFewCharacters)
                .column(detailsColumn, ColumnFit.rows(entriesTable, e -> words().details(e.details())),
                        ColumnFit::aFewCharacters)
                .spareToLast()
                .apply();
    }

    /** Whether an entry holds the typed text in any of its columns, any case. */
    static boolean matches(I18n i18n, AuditEntry e, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        return List.of(String.valueOf(e.seq()), e.actor(), e.action(), actionWords(i18n, e.action()), e.subject(),
                e.details(), new AuditWords(i18n.formats(), java.time.ZoneOffset.UTC, id -> id).details(e.details())).stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** An action in words ("Consent granted"); one this Vigie does not know shows as stored. */
    static String actionWords(I18n i18n, String action) {
        return new AuditWords(i18n.formats(), java.time.ZoneOffset.UTC, id -> id).action(action);
    }

    /** Entries in words: contacts by the names the ledger has for them now. */
    private AuditWords words() {
        Map<String, String> names = contactNames;
        return new AuditWords(i18n().formats(), context.zone(), id -> names.getOrDefault(id, id));
    }

    private void showCount() {
        countLabel.setText(shown.size() == entries.size() ? i18n().get("ui.audit.count", entries.size())
                : i18n().get("ui.audit.countFiltered", shown.size(), entries.size()));
    }

    public Task<List<AuditEntry>> refresh() {
        return context.tasks().create(() -> {
                    Map<String, String> names = new HashMap<>();
                    ledger.contacts(context.clock().instant())
                            .forEach(c -> names.put(c.contact().id(), c.contact().name()));
                    contactNames = names;
                    return ledger.auditLog();
                })
                .onSuccess(entries::setAll)
                .onError(e -> ErrorDialog.show(window(), i18n(), i18n().get("ui.audit.fail.read"), e))
                .start();
    }

    /** Walks the chain off the FX thread, then says in plain words whether it is intact. */
    @FXML
    public Task<AuditVerification> verify() {
        verifyButton.setDisable(true);
        Task<AuditVerification> task = context.tasks().<AuditVerification>create(progress -> {
            progress.message(i18n().get("ui.audit.verifying"));
            return ledger.verifyAudit();
        }).onSuccess(v -> {
            verifyButton.setDisable(false);
            showVerification(v);
            refresh();
        }).onError(e -> {
            verifyButton.setDisable(false);
            ErrorDialog.show(window(), i18n(), i18n().get("ui.audit.fail.verify"), e);
        }).start();
        status.track(task);
        return task;
    }

    private void showVerification(AuditVerification v) {
        String text = describe(i18n(), v);
        verifyResult.setText(text);
        verifyResult.getStyleClass().removeAll("verdict-good", "verdict-bad", "verdict-neutral");
        verifyResult.getStyleClass().add(v.intact() && v.guarded() ? "verdict-good" : "verdict-bad");
        verifyResult.setGraphic(new FontIcon(v.intact() ? Material2OutlinedAL.CHECK_CIRCLE
                : Material2OutlinedAL.ERROR_OUTLINE));
        verifyResult.setVisible(true);
        status.say(text.lines().findFirst().orElse(text));
        v.firstBreak().ifPresent(b -> entries.stream().filter(e -> e.seq() == b.entry()).findFirst()
                .ifPresent(e -> {
                    filterField.clear();
                    entriesTable.getSelectionModel().select(e);
                    entriesTable.scrollTo(e);
                }));
    }

    /** A verification in plain words: intact with its count, or where it breaks and how; a missing guard too. */
    static String describe(I18n i18n, AuditVerification v) {
        StringBuilder text = new StringBuilder();
        if (v.intact()) {
            text.append(i18n.get("ui.audit.intact", v.entries()));
        } else {
            AuditBreak b = v.firstBreak().orElseThrow();
            String how = switch (b.kind()) {
                case EDITED -> i18n.get("ui.audit.break.edited", b.entry());
                case DELETED -> b.lastEntry() == b.entry() ? i18n.get("ui.audit.break.deleted", b.entry())
                        : i18n.get("ui.audit.break.deletedMany", b.entry(), b.lastEntry());
                case INSERTED -> i18n.get("ui.audit.break.inserted", b.entry());
                case REORDERED -> i18n.get("ui.audit.break.reordered", b.entry());
                case BROKEN -> i18n.get("ui.audit.break.broken", b.entry());
            };
            text.append(i18n.get("ui.audit.brokenAt", b.entry())).append('\n').append(how).append('\n')
                    .append(i18n.get("ui.audit.brokenAdvice"));
        }
        if (!v.guarded()) {
            text.append('\n').append(i18n.get("ui.audit.unguarded"));
        }
        return text.toString();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().get("ui.audit.export.choose"));
        chooser.setInitialFileName("vigie-audit.jsonl");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(i18n().get("ui.audit.export.files"), "*.jsonl"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Writes the log as JSON lines off the FX thread; the export itself is logged, so the list is read again. */
    public Task<Integer> export(Path file) {
        Task<Integer> task = context.tasks().<Integer>create(progress -> {
            progress.message(i18n().get("ui.audit.exporting", file.getFileName()));
            return ledger.exportAudit(file);
        }).onSuccess(n -> {
            status.say(i18n().get("ui.audit.exported", n, file.toString()));
            refresh();
        }).onError(e -> ErrorDialog.show(window(), i18n(), i18n().get("ui.audit.fail.export", file.toString()), e))
                .start();
        status.track(task);
        return task;
    }

    private static <T> Callback<TableColumn.CellDataFeatures<AuditEntry, T>, ObservableValue<T>> cell(
            Function<AuditEntry, T> f) {
        return data -> new ReadOnlyObjectWrapper<>(f.apply(data.getValue()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
