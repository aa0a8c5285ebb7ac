package dev.vigie.ui.consent;

import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ChatImport;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Callback;
import javafx.util.StringConverter;

/**
 * The Consent view: contacts with a chip per purpose, a filter, the selected contact's consent history and erasure
 * requests with their deadlines, the actions on them, import and export, and the access check.
 */
public final class ConsentController {

    private final UiContext context;
    private final ConsentViewModel model;
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
        statusFilter.getItems().add(Optional.empty());
        for (Purpose p : Purpose.values()) {
            for (ConsentState s : ConsentState.values()) {
                statusFilter.getItems().add(Optional.of(new ConsentViewModel.StatusFilter(p, s)));
            }
        }
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<ConsentViewModel.StatusFilter> f) {
                return f == null ? "" : f.map(x -> i18n().get("ui.consent.statusFilter.one",
                        purposeName(x.purpose()), stateWord(x.state()))).orElse(i18n().get("ui.consent.statusFilter.all"));
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
        contactsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(value(c -> c.contact().name()));
        phoneColumn.setCellValueFactory(value(c -> c.contact().phone()));
        conversationColumn.setCellValueFactory(value(c -> c.contact().conversation().orElse("")));
        List<TableColumn<ContactOverview, ConsentStatus>> chips = List.of(archiveColumn, restoreColumn, qualityColumn);
        for (int i = 0; i < chips.size(); i++) {
            Purpose purpose = Purpose.values()[i];
            chips.get(i).setCellValueFactory(value(c -> c.consent(purpose)));
            chips.get(i).setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(ConsentStatus status, boolean empty) {
                    super.updateItem(status, empty);
                    setText(null);
                    setGraphic(empty || status == null ? null : statusChip(status));
                }
            });
            chips.get(i).setComparator(java.util.Comparator.comparing(ConsentStatus::state));
        }
        erasuresColumn.setCellValueFactory(value(c -> c));
        erasuresColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ContactOverview c, boolean empty) {
                super.updateItem(c, empty);
                setText(null);
                setGraphic(null);
                if (empty || c == null || c.openErasures() == 0) {
                    return;
                }
                boolean overdue = model.overdueContactsProperty().get().contains(c.contact().id());
                setGraphic(chip(i18n().get(overdue ? "ui.consent.erasures.openOverdue" : "ui.consent.erasures.open",
                        c.openErasures()), overdue ? "chip-overdue" : "chip-open"));
            }
        });
        erasuresColumn.setSortable(false);
        WholeText.tooltips(contactsTable);
        contactsPlaceholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                !model.loadedProperty().get() ? ""
                        : model.contacts().isEmpty() ? i18n().get("ui.consent.contacts.none")
                        : i18n().get("ui.consent.contacts.noneMatch"), model.contacts(), model.loadedProperty()));

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
        var none = model.selectedProperty().isNull();
        editButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        grantButton.disableProperty().bind(none);
        withdrawButton.disableProperty().bind(none);
        addErasureButton.disableProperty().bind(none);
    }

    private void setUpDetails() {
        hPurposeColumn.setCellValueFactory(cell(r -> purposeName(r.purpose())));
        hGrantedColumn.setCellValueFactory(cell(ConsentRecord::grantedAt));
        hGrantedColumn.setCellFactory(col -> dated(t -> t));
        hHowColumn.setCellValueFactory(cell(r -> i18n().get("ui.method." + r.method().id())
                + r.evidence().map(e -> " · " + e).orElse("")));
        hWithdrawnColumn.setCellValueFactory(cell(ConsentRecord::withdrawnAt));
        hWithdrawnColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<Instant> at, boolean empty) {
                super.updateItem(at, empty);
                setText(null);
                setGraphic(empty || at == null ? null : at.map(t -> chip(date(t), "chip-withdrawn",
                                Optional.of(i18n().get("ui.consent.chip.withdrawnOn", dateTime(t)))))
                        .orElse(chip(i18n().get("ui.consent.stillValid"), "chip-given")));
            }
        });
        eReceivedColumn.setCellValueFactory(cell(ErasureRequest::receivedAt));
        eReceivedColumn.setCellFactory(col -> dated(t -> t));
        eDueColumn.setCellValueFactory(cell(e -> e));
        eDueColumn.setCellFactory(col -> dated(ErasureRequest::dueAt));
        eStatusColumn.setCellValueFactory(cell(e -> e));
        eStatusColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ErasureRequest e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                setGraphic(empty || e == null ? null : erasureChip(e));
            }
        });
        eScopeColumn.setCellValueFactory(cell(e -> e.scope().orElse("")));
        completeErasureButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ErasureRequest e = erasuresTable.getSelectionModel().getSelectedItem();
            return e == null || !e.isOpen();
        }, erasuresTable.getSelectionModel().selectedItemProperty()));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        erasuresTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        List<String> parts = new ArrayList<>();
        parts.add(d.contact().phone());
        d.contact().conversation().ifPresent(c -> parts.add(i18n().get("ui.consent.detail.conversation", c)));
        d.contact().notes().ifPresent(parts::add);
        detailSubtitle.setText(String.join(" · ", parts));
        historyTable.getItems().setAll(d.consents());
        erasuresTable.getItems().setAll(d.erasures());
    }

    private void showSummary() {
        int overdue = model.overdueCountProperty().get();
        int soon = model.dueSoonCountProperty().get();
        overdueLabel.getStyleClass().removeAll("summary-overdue", "summary-clear");
        dueSoonLabel.getStyleClass().removeAll("summary-due-soon");
        if (overdue == 0 && soon == 0) {
            overdueLabel.setText(model.loadedProperty().get() ? i18n().get("ui.consent.summary.clear") : "");
            overdueLabel.getStyleClass().add("summary-clear");
            dueSoonLabel.setText("");
            return;
        }
        overdueLabel.setText(i18n().get("ui.consent.summary.overdue", overdue));
        if (overdue > 0) {
            overdueLabel.getStyleClass().add("summary-overdue");
        }
        dueSoonLabel.setText(i18n().get("ui.consent.summary.dueSoon", soon));
        if (soon > 0) {
            dueSoonLabel.getStyleClass().add("summary-due-soon");
        }
    }

    private Label statusChip(ConsentStatus s) {
        return switch (s.state()) {
            case GIVEN -> chip(i18n().get("ui.consent.chip.given"), "chip-given",
                    s.since().map(t -> i18n().get("ui.consent.chip.givenSince", dateTime(t))));
            case WITHDRAWN -> chip(i18n().get("ui.consent.chip.withdrawn"), "chip-withdrawn",
                    s.since().map(t -> i18n().get("ui.consent.chip.withdrawnOn", dateTime(t))));
            case NONE -> chip(i18n().get("ui.consent.chip.none"), "chip-none", Optional.empty());
        };
    }

    /** An erasure request's state in words, coloured: done, open, due soon (within 7 days), overdue. */
    Label erasureChip(ErasureRequest e) {
        Instant now = model.nowProperty().get();
        if (!e.isOpen()) {
            Instant done = e.completedAt().orElseThrow();
            return chip(i18n().get("ui.consent.erasure.done", date(done)), "chip-done", Optional.of(dateTime(done)));
        }
        if (e.isOverdueAt(now)) {
            return chip(i18n().get("ui.consent.erasure.overdue",
                    i18n().formats().duration(Duration.between(e.dueAt(), now))), "chip-overdue");
        }
        if (e.isDueSoonAt(now)) {
            return chip(i18n().get("ui.consent.erasure.dueSoon",
                    i18n().formats().duration(Duration.between(now, e.dueAt()))), "chip-due-soon");
        }
        return chip(i18n().get("ui.consent.erasure.open"), "chip-open");
    }

    private static Label chip(String text, String style) {
        return chip(text, style, Optional.empty());
    }

    private static Label chip(String text, String style, Optional<String> tip) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", style);
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tip.ifPresent(t -> {
            chip.setTooltip(new javafx.scene.control.Tooltip(t));
            chip.setAccessibleText(text + ", " + t);
        });
        return chip;
    }

    private String purposeName(Purpose p) {
        return i18n().get("ui.purpose." + p.id());
    }

    private String stateWord(ConsentState s) {
        return i18n().get("ui.consent.chip." + switch (s) {
            case GIVEN -> "given";
            case WITHDRAWN -> "withdrawn";
            case NONE -> "none";
        });
    }

    /** The local date alone, where a table is narrow; the time is in the cell's tooltip. */
    private String date(Instant t) {
        return i18n().formats().date(t.atZone(context.zone()).toLocalDate());
    }

    private <S, T> TableCell<S, T> dated(Function<T, Instant> instant) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : date(instant.apply(item)));
                setTooltip(empty || item == null ? null
                        : new javafx.scene.control.Tooltip(dateTime(instant.apply(item))));
            }
        };
    }

    private String dateTime(Instant t) {
        return i18n().formats().dateTime(t, context.zone());
    }

    private static <T> Callback<TableColumn.CellDataFeatures<ContactOverview, T>, ObservableValue<T>> value(
            Function<ContactOverview, T> f) {
        return data -> new ReadOnlyObjectWrapper<>(f.apply(data.getValue()));
    }

    private static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> cell(Function<S, T> f) {
        return data -> new ReadOnlyObjectWrapper<>(f.apply(data.getValue()));
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
        selected().ifPresent(c -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n().get("ui.contact.remove.text"),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(window());
            confirm.setTitle(i18n().get("ui.contact.remove.title"));
            confirm.setHeaderText(i18n().get("ui.contact.remove.header", c.contact().name()));
            confirm.showAndWait().filter(b -> b == ButtonType.OK)
                    .ifPresent(b -> model.removeContact(c.contact().id(), c.contact().name()));
        });
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
        ErasureRequest request = erasuresTable.getSelectionModel().getSelectedItem();
        if (request != null && request.isOpen()) {
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
            MenuItem in = new MenuItem(i18n().get("ui.consent.kind." + kind.id()));
            in.setMnemonicParsing(true);
            in.setId("import-" + kind.id());
            in.setOnAction(e -> chooseImport(kind));
            importButton.getItems().add(in);
            MenuItem out = new MenuItem(i18n().get("ui.consent.kind." + kind.id()));
            out.setMnemonicParsing(true);
            out.setId("export-" + kind.id());
            out.setOnAction(e -> chooseExport(kind));
            exportButton.getItems().add(out);
        }
        MenuItem chat = new MenuItem(i18n().get("ui.chat.importForContact"));
        chat.setMnemonicParsing(true);
        chat.setId("import-chat");
        chat.setOnAction(e -> chatImport().choose(window()).ifPresent(file -> importChat(file, selectedContactId())));
        importButton.getItems().add(chat);
        contactsTable.setOnDragOver(ChatImport::acceptFiles);
        contactsTable.setOnDragDropped(e -> {
            Optional<String> onRow = contactUnder(e.getPickResult().getIntersectedNode());
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

    /** The contact of the table row that holds {@code node}, if it is in one. */
    private static Optional<String> contactUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row && row.getItem() instanceof ContactOverview contact) {
                return Optional.of(contact.contact().id());
            }
        }
        return Optional.empty();
    }

    private FileChooser chooser(String titleKey, LedgerKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().get(titleKey, i18n().get("ui.consent.kind." + kind.id()).replace("_", "").replace("…", "")));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(i18n().get("ui.consent.files.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(i18n().get("ui.consent.files.json"), "*.json"));
        return chooser;
    }

    private void chooseImport(LedgerKind kind) {
        FileChooser chooser = chooser("ui.consent.import.choose", kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n().get("ui.consent.files.all"), "*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            importFile(kind, file.toPath());
        }
    }

    /** Imports a file of {@code kind}, its format told by its name; every error shows in a dialog. */
    public void importFile(LedgerKind kind, java.nio.file.Path file) {
        model.importFile(kind, file, Optional.empty(), result -> {
            if (!result.accepted()) {
                new ImportErrorsDialog(window(), i18n(), result).show();
            }
        });
    }

    private void chooseExport(LedgerKind kind) {
        FileChooser chooser = chooser("ui.consent.export.choose", kind);
        chooser.setInitialFileName("vigie-" + kind.id() + ".csv");
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        // A name without .csv or .json takes the format of the filter the user picked.
        Optional<FileFormat> format = FileFormat.ofFileName(file.getName()).isPresent() ? Optional.empty()
                : Optional.ofNullable(chooser.getSelectedExtensionFilter())
                .map(f -> f.getExtensions().get(0).endsWith("json") ? FileFormat.JSON : FileFormat.CSV)
                .or(() -> Optional.of(FileFormat.CSV));
        model.export(kind, file.toPath(), format);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
