package dev.vigie.ui.consent;

import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.LedgerKind;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ChatImport;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Consent view: contacts with a chip per purpose, a filter, the selected contact's consent history and erasure
 * requests with their deadlines, the actions on them, import and export, and the access check.
 */
public final class ConsentController {

    private final UiContext context;
    private final ConsentViewModel model;
    private final ConsentColumns columns;
    private final Workspace workspace;

    @FXML
    private BorderPane root;
    @FXML
    private Button accessButton;
    @FXML
    private MenuButton importButton;
    @FXML
    private MenuButton exportButton;
    @FXML
    private Label overdueLabel;
    @FXML
    private Label dueSoonLabel;
    @FXML
    private TextField filterField;
    @FXML
    private ComboBox<Optional<ConsentViewModel.StatusFilter>> statusFilter;
    @FXML
    private Button addButton;
    @FXML
    private Button editButton;
    @FXML
    private Button removeButton;
    @FXML
    private TableView<ContactOverview> contactsTable;
    @FXML
    private Label contactsPlaceholder;
    @FXML
    private TableColumn<ContactOverview, String> nameColumn;
    @FXML
    private TableColumn<ContactOverview, String> phoneColumn;
    @FXML
    private TableColumn<ContactOverview, String> conversationColumn;
    @FXML
    private TableColumn<ContactOverview, ConsentStatus> archiveColumn;
    @FXML
    private TableColumn<ContactOverview, ConsentStatus> restoreColumn;
    @FXML
    private TableColumn<ContactOverview, ConsentStatus> qualityColumn;
    @FXML
    private TableColumn<ContactOverview, ContactOverview> erasuresColumn;
    @FXML
    private Label noSelectionLabel;
    @FXML
    private VBox detailPane;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailSubtitle;
    @FXML
    private Button grantButton;
    @FXML
    private Button withdrawButton;
    @FXML
    private TableView<ConsentRecord> historyTable;
    @FXML
    private TableColumn<ConsentRecord, String> hPurposeColumn;
    @FXML
    private TableColumn<ConsentRecord, Instant> hGrantedColumn;
    @FXML
    private TableColumn<ConsentRecord, String> hHowColumn;
    @FXML
    private TableColumn<ConsentRecord, Optional<Instant>> hWithdrawnColumn;
    @FXML
    private Button addErasureButton;
    @FXML
    private Button completeErasureButton;
    @FXML
    private TableView<ErasureRequest> erasuresTable;
    @FXML
    private TableColumn<ErasureRequest, Instant> eReceivedColumn;
    @FXML
    private TableColumn<ErasureRequest, ErasureRequest> eDueColumn;
    @FXML
    private TableColumn<ErasureRequest, ErasureRequest> eStatusColumn;
    @FXML
    private TableColumn<ErasureRequest, String> eScopeColumn;

    public ConsentController(UiContext context, ConsentViewModel model, Workspace workspace) {
        this.context = context;
        this.model = model;
        this.columns = new ConsentColumns(context, model);
        this.workspace = workspace;
    }

    private I18n i18n() {
        return context.i18n();
    }

    @FXML
    private void initialize() {
        setUpFilter();
        setUpContacts();
        setUpDetails();
        setUpFiles();
        model.overdueCountProperty().addListener((obs, old, n) -> showSummary());
        model.dueSoonCountProperty().addListener((obs, old, n) -> showSummary());
        model.loadedProperty().addListener((obs, old, n) -> showSummary());
        showSummary();
        model.setOnFailure(f -> ErrorDialog.show(window(), i18n(), i18n().get(f.whatKey(), f.whatArgs()), f.error()));
        // Read the ledger each time the view is shown: the command line or the audit view may have changed it.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        model.refresh();
    }

    private void setUpFilter() {
        filterField.textProperty().bindBidirectional(model.filterTextProperty());
        statusFilter.getItems().setAll(ConsentViewModel.statusFilters());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<ConsentViewModel.StatusFilter> f) {
                return model.statusFilterText(f);
            }

            @Override
            public Optional<ConsentViewModel.StatusFilter> fromString(String s) {
                return Optional.empty();
            }
        });
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
    }

    private void setUpContacts() {
        contactsTable.setItems(model.shown());
        columns.contacts(contactsTable, nameColumn, phoneColumn, conversationColumn,
                List.of(archiveColumn, restoreColumn, qualityColumn), erasuresColumn);
        WholeText.tooltips(contactsTable);
        contactsPlaceholder.textProperty().bind(Bindings.createStringBinding(model::placeholder, model.contacts(),
                model.loadedProperty()));

        contactsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.shown().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && contactsTable.getSelectionModel().getSelectedItem() != now) {
                contactsTable.getSelectionModel().select(now);
            }
        });
        contactsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeContact();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                editContact();
            } else if (e.getCode() == KeyCode.INSERT) {
                addContact();
            }
        });
        contactsTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                editContact();
            }
        });
        var none = model.noContactProperty();
        editButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        grantButton.disableProperty().bind(none);
        withdrawButton.disableProperty().bind(none);
        addErasureButton.disableProperty().bind(none);
    }

    private void setUpDetails() {
        columns.history(historyTable, hPurposeColumn, hGrantedColumn, hWithdrawnColumn, hHowColumn);
        columns.erasures(erasuresTable, eReceivedColumn, eDueColumn, eStatusColumn, eScopeColumn);
        model.selectedErasureProperty().set(erasuresTable.getSelectionModel().getSelectedItem());
        erasuresTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> model.selectedErasureProperty().set(now));
        completeErasureButton.disableProperty().bind(model.cannotCompleteErasureProperty());
        WholeText.tooltips(historyTable);
        WholeText.tooltips(erasuresTable);

        model.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        showDetails(model.detailsProperty().get());
    }

    private void showDetails(ContactDetails d) {
        boolean shown = d != null;
        detailPane.setVisible(shown);
        noSelectionLabel.setVisible(!shown);
        if (!shown) {
            historyTable.getItems().clear();
            erasuresTable.getItems().clear();
            return;
        }
        detailTitle.setText(d.contact().name());
        detailSubtitle.setText(model.subtitle(d));
        historyTable.getItems().setAll(d.consents());
        erasuresTable.getItems().setAll(d.erasures());
    }

    private void showSummary() {
        ConsentViewModel.Summary summary = model.summary();
        overdueLabel.getStyleClass().removeAll("summary-overdue", "summary-clear");
        dueSoonLabel.getStyleClass().removeAll("summary-due-soon");
        overdueLabel.setText(summary.overdue());
        summary.overdueStyle().ifPresent(overdueLabel.getStyleClass()::add);
        dueSoonLabel.setText(summary.dueSoon());
        summary.dueSoonStyle().ifPresent(dueSoonLabel.getStyleClass()::add);
    }

    // --- actions ---

    private Optional<ContactOverview> selected() {
        return Optional.ofNullable(model.selectedProperty().get());
    }

    @FXML
    void addContact() {
        new ContactDialog(window(), i18n(), Optional.empty(), model.region()).showAndWait()
                .ifPresent(model::addContact);
    }

    @FXML
    void editContact() {
        selected().ifPresent(c -> new ContactDialog(window(), i18n(), Optional.of(c.contact()), model.region())
                .showAndWait().ifPresent(draft -> model.editContact(c.contact().id(), draft)));
    }

    @FXML
    void removeContact() {
        selected().filter(c -> ConsentDialogs.confirmRemove(window(), i18n(), c))
                .ifPresent(c -> model.removeContact(c.contact().id(), c.contact().name()));
    }

    @FXML
    void grant() {
        selected().ifPresent(c -> ConsentDialogs.grant(window(), i18n(), c, context.clock().instant(), context.zone())
                .showAndWait().ifPresent(g -> model.grant(c.contact().id(), g.purpose(), g.at(), g.method(),
                        g.evidence())));
    }

    @FXML
    void withdraw() {
        selected().ifPresent(c -> ConsentDialogs.withdraw(window(), i18n(), c, context.clock().instant(),
                        context.zone())
                .showAndWait().ifPresent(w -> model.withdraw(c.contact().id(), w.purpose(), w.at())));
    }

    @FXML
    void addErasure() {
        selected().ifPresent(c -> ConsentDialogs.erasure(window(), i18n(), c, context.clock().instant(),
                        context.zone())
                .showAndWait().ifPresent(e -> model.addErasure(c.contact().id(), e.receivedAt(), e.scope())));
    }

    @FXML
    void completeErasure() {
        ErasureRequest request = model.selectedErasureProperty().get();
        if (ConsentViewModel.completable(request)) {
            ConsentDialogs.completeErasure(window(), i18n(), request, context.clock().instant(), context.zone())
                    .showAndWait().ifPresent(at -> model.completeErasure(request, at));
        }
    }

    /** Opens the access check, on the selected contact if there is one; not modal to the tests, modal to people. */
    @FXML
    public AccessCheckDialog checkAccess() {
        AccessCheckDialog dialog = new AccessCheckDialog(window(), context, model,
                selected().map(c -> c.contact().id()));
        dialog.show();
        return dialog;
    }

    // --- files ---

    private void setUpFiles() {
        for (LedgerKind kind : LedgerKind.values()) {
            MenuItem in = new MenuItem(model.kindName(kind));
            in.setMnemonicParsing(true);
            in.setId("import-" + kind.id());
            in.setOnAction(e -> LedgerFileChooser.toImport(window(), model, i18n(), kind)
                    .ifPresent(file -> importFile(kind, file)));
            importButton.getItems().add(in);
            MenuItem out = new MenuItem(model.kindName(kind));
            out.setMnemonicParsing(true);
            out.setId("export-" + kind.id());
            out.setOnAction(e -> LedgerFileChooser.toExport(window(), model, i18n(), kind)
                    .ifPresent(export -> model.export(kind, export.file(), export.format())));
            exportButton.getItems().add(out);
        }
        MenuItem chat = new MenuItem(i18n().get("ui.chat.importForContact"));
        chat.setMnemonicParsing(true);
        chat.setId("import-chat");
        chat.setOnAction(e -> chatImport().choose(window()).ifPresent(file -> importChat(file, selectedContactId())));
        importButton.getItems().add(chat);
        contactsTable.setOnDragOver(ChatImport::acceptFiles);
        contactsTable.setOnDragDropped(e -> {
            Optional<String> onRow = ConsentCells.contactUnder(e.getPickResult().getIntersectedNode());
            ChatImport.dropped(e).ifPresent(file -> importChat(file, onRow.or(this::selectedContactId)));
        });
        importButton.disableProperty().bind(model.busyProperty());
        exportButton.disableProperty().bind(model.busyProperty());
    }

    private ChatImport chatImport() {
        return new ChatImport(context, workspace);
    }

    /** Imports a WhatsApp chat export for a contact (the one dropped on, or selected; else the user picks one). */
    private void importChat(Path file, Optional<String> contactId) {
        chatImport().run(window(), file, contactId, Optional.empty(), chat -> { });
    }

    private Optional<String> selectedContactId() {
        return Optional.ofNullable(contactsTable.getSelectionModel().getSelectedItem()).map(c -> c.contact().id());
    }

    /** Imports a file of {@code kind}, its format told by its name; every error shows in a dialog. */
    public void importFile(LedgerKind kind, Path file) {
        model.importFile(kind, file, Optional.empty(), result -> {
            if (!result.accepted()) {
                new ImportErrorsDialog(window(), i18n(), result).show();
            }
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
