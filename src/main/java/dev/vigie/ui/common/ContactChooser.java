package dev.vigie.ui.common;

import dev.vigie.ledger.PhoneNumbers;
import dev.vigie.workspace.ContactOverview;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Finds one contact among many: a search field over a short list. Typing narrows the list by name or phone number
 * (accents and case aside); the list shows the first {@link ContactSearch#SHOWN} matches and says how many more there
 * are. Down goes from the field into the list, Up from the list's first row back; Enter or a double-click on a row
 * chooses it. Each row reads "Name (phone)".
 */
public final class ContactChooser extends VBox {

    private final I18n i18n;
    private final ContactSearch search;
    private final TextField field = new TextField();
    private final ListView<ContactOverview> list = new ListView<>();
    private final Label more = new Label();
    private final ReadOnlyObjectWrapper<ContactOverview> value = new ReadOnlyObjectWrapper<>();
    private Consumer<ContactOverview> onChoose = c -> { };

    /**
     * @param id its nodes' ids: {@code id} itself, {@code id-search}, {@code id-list}, {@code id-more}
     */
    public ContactChooser(String id, I18n i18n, ContactSearch search) {
        super(6);
        this.i18n = i18n;
        this.search = search;
        setId(id);
        field.setId(id + "-search");
        list.setId(id + "-list");
        more.setId(id + "-more");
        field.setPromptText(i18n.get("ui.contactChooser.prompt"));
        // Focus starts here, and a focused field hides its prompt by default: this one says what to type, so it stays.
        field.setStyle("-fx-prompt-text-fill: -color-fg-subtle;");
        more.getStyleClass().add("text-muted");
        WholeText.wrap(more);
        list.setPrefHeight(220);
        list.setCellFactory(v -> {
            ListCell<ContactOverview> cell = new ListCell<>() {
                @Override
                protected void updateItem(ContactOverview item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : row(i18n, item));
                }
            };
            // As wide as the list, not as its text: a long name wraps onto a second line instead of hiding its number
            // past the list's edge behind a sideways scroll bar.
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            // The row double-clicked is the one chosen, whatever the selection says.
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                    list.getSelectionModel().select(cell.getItem());
                    onChoose.accept(cell.getItem());
                }
            });
            return cell;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(field, list, more);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> value.set(now));
        // One pass over the prepared index: a few milliseconds at 100,000 contacts, so it runs as the user types.
        field.textProperty().addListener((obs, old, now) -> show(null));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                e.consume();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                list.requestFocus();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && value.get() != null) {
                e.consume();
                onChoose.accept(value.get());
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                e.consume();
                field.requestFocus();
            }
        });
        // Letters typed in the list go on in the search field, as people expect of a search list.
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (!ch.isEmpty() && !Character.isISOControl(ch.charAt(0)) && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                field.requestFocus();
                field.appendText(ch);
                field.end();
            }
        });
        show(null);
    }

    /** How a contact reads in the list: its name and phone number, never its id. */
    public static String row(I18n i18n, ContactOverview c) {
        return i18n.get("ui.access.contactItem", c.contact().name(), PhoneNumbers.readable(c.contact().phone()));
    }

    /** The contact selected in the list, null while none is. */
    public ReadOnlyObjectProperty<ContactOverview> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ContactOverview getValue() {
        return value.get();
    }

    /** Selects the contact with this id, its name in the search field so the list shows it. */
    public void select(String contactId) {
        search.all().stream().filter(c -> c.contact().id().equals(contactId)).findFirst().ifPresent(c -> {
            field.setText(c.contact().name());
            show(c);
            field.selectAll();
        });
    }

    /** What Enter or a double-click on a row does with it. */
    public void setOnChoose(Consumer<ContactOverview> action) {
        this.onChoose = action;
    }

    /** The search field, where focus starts. */
    public TextField searchField() {
        return field;
    }

    public ListView<ContactOverview> list() {
        return list;
    }

    /** The words under the list: how many more match, or that none does. */
    public String moreText() {
        return more.getText();
    }

    private void show(ContactOverview keep) {
        ContactSearch.Found found = search.find(field.getText(), ContactSearch.SHOWN);
        list.getItems().setAll(found.shown());
        if (keep != null && found.shown().contains(keep)) {
            list.getSelectionModel().select(keep);
        } else {
            list.getSelectionModel().selectFirst();
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex()));
        String said = found.more() > 0 ? i18n.get("ui.contactChooser.more", found.more())
                : found.shown().isEmpty() && search.size() > 0 ? i18n.get("ui.contactChooser.none") : "";
        // The line keeps its place when empty: the form below does not jump as the count comes and goes.
        more.setText(said);
    }

    /**
     * Asks for one contact in a dialog of its own, focus in the search field; empty when cancelled.
     *
     * @param owner the window it belongs to, or null
     */
    public static Optional<ContactOverview> ask(Window owner, I18n i18n, ContactSearch search, String id,
                                                String title, String header) {
        return dialog(owner, i18n, search, id, title, header).showAndWait();
    }

    /** The dialog {@link #ask} shows, for callers (and tests) that show it themselves. */
    public static Dialog<ContactOverview> dialog(Window owner, I18n i18n, ContactSearch search, String id,
                                                 String title, String header) {
        Dialog<ContactOverview> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        ContactChooser chooser = new ContactChooser(id, i18n, search);
        Label label = new Label(i18n.get("ui.access.contact"));
        label.setMnemonicParsing(true);
        label.setLabelFor(chooser.searchField());
        VBox content = new VBox(6, label, chooser);
        VBox.setVgrow(chooser, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(520);
        ButtonType choose = ButtonType.OK;
        dialog.getDialogPane().getButtonTypes().setAll(choose, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(choose).disableProperty().bind(chooser.valueProperty().isNull());
        chooser.setOnChoose(c -> {
            dialog.setResult(c);
            dialog.close();
        });
        dialog.setResultConverter(b -> b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? chooser.getValue() : null);
        dialog.setOnShown(e -> Platform.runLater(chooser.searchField()::requestFocus));
        return dialog;
    }
}
