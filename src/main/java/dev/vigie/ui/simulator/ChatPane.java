package dev.vigie.ui.simulator;

import dev.vigie.backup.InputProblem;
import dev.vigie.chat.ImportedChat;
import dev.vigie.report.ChatText;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ChatImport;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Simulator's chat export part: pick an imported WhatsApp chat and read which of its deleted messages the chosen
 * source's backups hold ("3 of the 5 deleted messages in this conversation are in the backup of..."), or import one.
 * It follows the form: its policy (preset or custom rules) and, when the user gave the deleted message's time, that
 * time; else the deletion time is unknown and both ends are told. It answers again when the chat, the source or the
 * form (on Simulate) changes.
 */
final class ChatPane extends VBox {

    private final UiContext context;
    private final Workspace workspace;
    private final Supplier<Optional<String>> source;
    private final Supplier<SimulatorModel.ChatAsk> form;
    private final Supplier<Window> window;
    private final ChatImport importer;
    private final ComboBox<ImportedChat> chatBox = new ComboBox<>();
    private final Label answer = new Label();
    private volatile java.util.Map<String, String> contactNames = java.util.Map.of();
    private int generation;

    /**
     * @param form the form's policy and deletion time, read when answering; throws {@link InputProblem} when the
     *             form does not read
     */
    ChatPane(UiContext context, Workspace workspace, Supplier<Optional<String>> source,
             Supplier<SimulatorModel.ChatAsk> form, Supplier<Window> window) {
        super(6);
        this.context = context;
        this.workspace = workspace;
        this.source = source;
        this.form = form;
        this.window = window;
        this.importer = new ChatImport(context, workspace);
        I18n i18n = context.i18n();
        setId("chatPane");
        Label title = new Label(i18n.get("ui.chat.pick"));
        title.setMnemonicParsing(true);
        title.setLabelFor(chatBox);
        chatBox.setId("chatBox");
        chatBox.setMaxWidth(Double.MAX_VALUE);
        chatBox.setPromptText(i18n.get("ui.chat.none"));
        chatBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportedChat chat) {
                return chat == null ? "" : i18n.get("ui.chat.item", chat.fileName(),
                        contactNames.getOrDefault(chat.contactId(), chat.contactId()), chat.deleted());
            }

            @Override
            public ImportedChat fromString(String text) {
                return null;
            }
        });
        chatBox.valueProperty().addListener((obs, old, now) -> answer());
        WholeText.tooltip(chatBox);
        Button importButton = new Button(i18n.get("ui.chat.import"));
        importButton.setId("chatImportButton");
        importButton.setMnemonicParsing(true);
        importButton.setOnAction(e -> importer.choose(window.get()).ifPresent(this::importFile));
        answer.setId("chatAnswer");
        answer.setWrapText(true);
        Label hint = new Label(i18n.get("ui.chat.dropHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(new Separator(), title, chatBox, importButton, hint, answer);
        refresh(Optional.empty());
    }

    /** Imports a file for a contact the user picks, linked to the source chosen in the form. */
    void importFile(Path file) {
        importer.run(window.get(), file, Optional.empty(), source.get(), chat -> refresh(Optional.of(chat.id())));
    }

    /** The form's source, policy or deletion time may have changed: answer again with them. */
    void formChanged() {
        answer();
    }

    private void refresh(Optional<Long> select) {
        context.tasks().create(() -> {
            // Chats are listed by their contact's name, not the ledger's id.
            java.util.Map<String, String> names = new java.util.HashMap<>();
            workspace.ledger().contacts(context.clock().instant())
                    .forEach(c -> names.put(c.contact().id(), c.contact().name()));
            contactNames = names;
            return workspace.chats().list();
        }).onSuccess(chats -> {
            chatBox.getItems().setAll(chats);
            select.flatMap(id -> chats.stream().filter(c -> c.id() == id).findFirst())
                    .or(() -> chats.stream().findFirst()).ifPresent(chatBox::setValue);
        }).onError(e -> ErrorDialog.show(window.get(), context.i18n(), context.i18n().get("ui.chat.failed"), e))
                .start();
    }

    private void answer() {
        ImportedChat chat = chatBox.getValue();
        Optional<String> name = source.get();
        int asked = ++generation;
        if (chat == null || name.isEmpty()) {
            answer.setText("");
            return;
        }
        SimulatorModel.ChatAsk ask;
        try {
            ask = form.get();
        } catch (InputProblem p) {
            answer.setText(context.i18n().messages().problem(p));
            return;
        }
        context.tasks().create(() -> workspace.chats().recovery(chat.id(), name, ask.deleted(),
                Optional.of(ask.rules()), context.clock().instant(), context.zone())).onSuccess(recovery -> {
                    if (asked == generation) {
                        answer.setText(String.join("\n", ChatText.lines(recovery.result(), recovery.zone(),
                                context.i18n().formats())));
                    }
                }).onError(e -> {
                    if (asked == generation) {
                        answer.setText(ErrorDialog.describe(e, context.i18n()));
                    }
                }).start();
    }
}
