package dev.vigie.ui.common;

import dev.vigie.backup.InputProblem;
import dev.vigie.chat.ChatImportCancelled;
import dev.vigie.chat.ChatImportRefused;
import dev.vigie.chat.ChatProgress;
import dev.vigie.chat.DateOrder;
import dev.vigie.chat.ImportedChat;
import dev.vigie.consent.DenialReason;
import dev.vigie.report.LedgerJson;
import dev.vigie.ui.UiContext;
import dev.vigie.workspace.ChatExports;
import dev.vigie.workspace.Workspace;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Imports a WhatsApp chat export from the window, as {@code vigie chat import} does: a file dropped or chosen, the
 * contact whose conversation it is (asked when not known), the date order when the file cannot tell, the consent
 * gate's refusal with its reasons. The work runs off the FX thread.
 */
public final class ChatImport {

    private final UiContext context;
    private final Workspace workspace;

    public ChatImport(UiContext context, Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    /** A file chooser for keyboard users: {@code .txt} or {@code .zip}; empty when cancelled. */
    public Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.i18n().get("ui.chat.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.i18n().get("ui.chat.filter"),
                "*.txt", "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Accepts a dragged file over a node. */
    public static void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    /** The first file dropped, if any; marks the drop complete. */
    public static Optional<Path> dropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        event.setDropCompleted(!files.isEmpty());
        event.consume();
        return files.stream().findFirst().map(File::toPath);
    }

    /**
     * Imports {@code file} for the contact given, or one the user picks; {@code done} gets the stored chat.
     *
     * @param source the registered source whose backups hold the conversation, if known
     */
    public void run(Window owner, Path file, Optional<String> contactId, Optional<String> source,
                    Consumer<ImportedChat> done) {
        if (contactId.isPresent()) {
            attempt(owner, file, contactId.get(), source, Optional.empty(), done);
            return;
        }
        // The ledger is read, and prepared for searching, off the FX thread: at 100,000 contacts it takes over a second.
        context.tasks().create(() -> ContactSearch.of(workspace.ledger().contacts(context.clock().instant())))
                .onSuccess(contacts -> pickContact(owner, contacts)
                        .ifPresent(contact -> attempt(owner, file, contact, source, Optional.empty(), done)))
                .onError(error -> ErrorDialog.show(owner, context.i18n(), context.i18n().get("ui.chat.failed"), error))
                .start();
    }

    private void attempt(Window owner, Path file, String contact, Optional<String> source, Optional<DateOrder> order,
                         Consumer<ImportedChat> done) {
        I18n i18n = context.i18n();
        ProgressBar bar = new ProgressBar(-1);
        Dialog<Void> reading = readingDialog(owner, file, bar);
        // Not Task.cancel: the import itself stops at its next megabyte and rolls back, and only then is it said
        // that nothing was stored (an import finishing as Cancel is pressed is reported as imported).
        AtomicBoolean stop = new AtomicBoolean();
        Task<ChatExports.Imported> task = context.tasks().<ChatExports.Imported>create(progress ->
                        workspace.chats().importFile(file, contact, source, order, context.zone(), new ChatProgress() {
                            @Override
                            public void read(long bytes, long total) {
                                progress.fraction(total > 0 ? (double) bytes / total : -1);
                            }

                            @Override
                            public boolean cancelled() {
                                return stop.get();
                            }
                        }))
                .onSuccess(imported -> {
                    reading.close();
                    ImportedChat chat = imported.chat();
                    StringBuilder said = new StringBuilder(i18n.get("ui.chat.imported", chat.fileName(),
                            chat.messages(), chat.deleted()));
                    imported.export().warnings().forEach(w -> said.append("\n\n").append(w.describe(i18n.messages())));
                    Alert info = new Alert(imported.export().warnings().isEmpty() ? Alert.AlertType.INFORMATION
                            : Alert.AlertType.WARNING, said.toString());
                    info.initOwner(owner);
                    info.setHeaderText(i18n.get("ui.chat.importedTitle"));
                    info.show();
                    done.accept(chat);
                }).onError(error -> {
                    reading.close();
                    if (error instanceof ChatImportCancelled) {
                        Alert stopped = new Alert(Alert.AlertType.INFORMATION, i18n.get("ui.chat.cancelled",
                                file.getFileName().toString()));
                        stopped.initOwner(owner);
                        stopped.setHeaderText(i18n.get("ui.chat.cancelledTitle"));
                        stopped.show();
                    } else if (error instanceof ChatImportRefused refused) {
                        StringBuilder text = new StringBuilder(ErrorDialog.describe(refused, i18n));
                        for (DenialReason r : refused.decision().reasons()) {
                            text.append("\n- ").append(LedgerJson.reason(r, refused.decision().purpose(),
                                    context.zone(), i18n.messages()));
                        }
                        Alert alert = new Alert(Alert.AlertType.WARNING, text.toString());
                        alert.initOwner(owner);
                        alert.setHeaderText(i18n.get("ui.chat.refusedTitle"));
                        alert.show();
                    } else if (error instanceof InputProblem problem && problem.messageKey().equals("error.chat.dateOrder")
                            && order.isEmpty()) {
                        pickOrder(owner).ifPresent(o -> attempt(owner, file, contact, source, Optional.of(o), done));
                    } else {
                        ErrorDialog.show(owner, i18n, i18n.get("ui.chat.failed"), error);
                    }
                }).start();
        // A large export takes seconds: its progress and a Cancel button show unless it is done at once.
        reading.setOnCloseRequest(e -> stop.set(!task.isDone()));
        PauseTransition quick = new PauseTransition(Duration.millis(400));
        quick.setOnFinished(e -> {
            if (!task.isDone()) {
                bar.progressProperty().bind(task.progressProperty());
                reading.show();
            }
        });
        quick.play();
    }

    /** "Reading FILE", a bar, and Cancel (Esc): closing it cancels the import, which then stores nothing. */
    private Dialog<Void> readingDialog(Window owner, Path file, ProgressBar bar) {
        I18n i18n = context.i18n();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("ui.chat.readingTitle"));
        dialog.setHeaderText(i18n.get("ui.chat.reading", file.getFileName().toString()));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(360);
        Label said = WholeText.wrap(new Label(i18n.get("ui.chat.readingHint")));
        dialog.getDialogPane().setContent(new VBox(10, bar, said));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        return dialog;
    }

    private Optional<String> pickContact(Window owner, ContactSearch contacts) {
        I18n i18n = context.i18n();
        if (contacts.size() == 0) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.get("ui.chat.noContact"));
            alert.initOwner(owner);
            alert.showAndWait();
            return Optional.empty();
        }
        return ContactChooser.ask(owner, i18n, contacts, "chat-contact", i18n.get("ui.chat.contactTitle"),
                i18n.get("ui.chat.contactHeader")).map(c -> c.contact().id());
    }

    private Optional<DateOrder> pickOrder(Window owner) {
        I18n i18n = context.i18n();
        ChoiceDialog<DateOrder> dialog = new ChoiceDialog<>(DateOrder.DMY, DateOrder.values());
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("ui.chat.orderTitle"));
        dialog.setHeaderText(i18n.get("ui.chat.orderHeader"));
        dialog.setContentText(i18n.get("ui.chat.order"));
        return dialog.showAndWait();
    }
}
