package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.chat.ChatSamples;
import dev.vigie.chat.ImportedChat;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.Purpose;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.Dialogs;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A large chat export imported from the window shows how far it has read, and Cancel stores nothing of it. */
@ExtendWith(ApplicationExtension.class)
class ChatImportTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    static Path dir;

    private Stage stage;
    private UiContext context;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path data = dir.resolve("data");
        Preferences preferences = Preferences.load(data);
        context = new UiContext(data, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH, new LocalScanner(),
                new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences, new Appearance(preferences));
        workspace = new Workspace(data, new LocalScanner(), Clock.fixed(NOW, ZoneOffset.UTC), "marie");
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void anna() {
        if (workspace.ledger().contact("anna").isEmpty()) {
            workspace.ledger().addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "+33 6 12 34 56 78",
                    Optional.empty(), Optional.empty()), Optional.empty());
            workspace.ledger().grant("anna", Purpose.RESTORE_ACCESS, Instant.parse("2026-01-10T10:00:00Z"),
                    ConsentMethod.FORM, Optional.empty());
        }
    }

    @Test
    void withoutAContactGivenTheUserPicksOneFromTheLedgerReadOffTheFxThreadAndTheImportGoesOn(FxRobot robot)
            throws Exception {
        anna();
        Path file = ChatSamples.write(dir.resolve("small chat.txt"), ChatSamples.android(
                Instant.parse("2026-11-20T14:00:00Z"), PARIS, "Anna Martin", "Hello"));
        String header = "Whose conversation is it? Their consent for restore access must be valid now.";

        robot.interact(() -> new ChatImport(context, workspace).run(stage, file, Optional.empty(), Optional.empty(),
                chat -> { }));

        FxWaits.until("the contact is asked", () -> !Dialogs.showing(header).isEmpty());
        robot.interact(() -> ((Button) Dialogs.showing(header).get(0).lookupButton(ButtonType.OK)).fire());
        FxWaits.until("the import is done", () -> !Dialogs.showing("Chat export imported").isEmpty());
        assertThat(workspace.chats().list()).singleElement()
                .satisfies(chat -> assertThat(chat.fileName()).isEqualTo("small chat.txt"));
        robot.interact(() -> Dialogs.showing("Chat export imported").forEach(p ->
                ((Button) p.lookupButton(ButtonType.OK)).fire()));
    }

    @Test
    void theUserFindsTheContactByTypingPartOfTheNameAndChoosesItWithTheKeyboard(FxRobot robot) throws Exception {
        anna();
        if (workspace.ledger().contact("helene").isEmpty()) {
            workspace.ledger().addContact(new ContactDraft(Optional.of("helene"), "Hélène Dupré", "+33 6 98 76 54 32",
                    Optional.empty(), Optional.empty()), Optional.empty());
            workspace.ledger().grant("helene", Purpose.RESTORE_ACCESS, Instant.parse("2026-01-10T10:00:00Z"),
                    ConsentMethod.FORM, Optional.empty());
        }
        Path file = ChatSamples.write(dir.resolve("chat with helene.txt"), ChatSamples.android(
                Instant.parse("2026-11-21T14:00:00Z"), PARIS, "Hélène Dupré", "Bonjour"));
        String header = "Whose conversation is it? Their consent for restore access must be valid now.";
        ImportedChat[] imported = new ImportedChat[1];

        robot.interact(() -> new ChatImport(context, workspace).run(stage, file, Optional.empty(), Optional.empty(),
                chat -> imported[0] = chat));

        FxWaits.until("the contact is asked", () -> !Dialogs.showing(header).isEmpty());
        ContactChooser chooser = (ContactChooser) Dialogs.showing(header).get(0).lookup("#chat-contact");
        FxWaits.until("focus starts in the search field", () -> chooser.getScene().getFocusOwner() == chooser.searchField());
        assertThat(chooser.list().getItems()).extracting(c -> ContactChooser.row(context.i18n(), c))
                .containsExactly("Anna Martin (+33 6 12 34 56 78)", "Hélène Dupré (+33 6 98 76 54 32)");
        // write() types into the robot's target window: the dialog, as a person's keyboard would.
        robot.targetWindow(chooser.getScene().getWindow()).write("helene");
        FxWaits.until("the list narrows to her", () -> chooser.list().getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        FxWaits.until("Down goes into the list", () -> chooser.getScene().getFocusOwner() == chooser.list());
        robot.type(KeyCode.ENTER);

        FxWaits.until("the import is done", () -> imported[0] != null);
        assertThat(imported[0].contactId()).isEqualTo("helene");
        assertThat(imported[0].fileName()).isEqualTo("chat with helene.txt");
        FxWaits.until("it says so", () -> !Dialogs.showing("Chat export imported").isEmpty());
        robot.interact(() -> Dialogs.showing("Chat export imported").forEach(p ->
                ((Button) p.lookupButton(ButtonType.OK)).fire()));
    }

    @Test
    void escapeInTheContactSearchCancelsAndImportsNothing(FxRobot robot) throws Exception {
        anna();
        long before = workspace.chats().list().size();
        Path file = ChatSamples.write(dir.resolve("not this one.txt"), ChatSamples.android(
                Instant.parse("2026-11-22T14:00:00Z"), PARIS, "Anna Martin", "Hello"));
        String header = "Whose conversation is it? Their consent for restore access must be valid now.";

        robot.interact(() -> new ChatImport(context, workspace).run(stage, file, Optional.empty(), Optional.empty(),
                chat -> { }));

        FxWaits.until("the contact is asked", () -> !Dialogs.showing(header).isEmpty());
        ContactChooser chooser = (ContactChooser) Dialogs.showing(header).get(0).lookup("#chat-contact");
        FxWaits.until("focus starts in the search field", () -> chooser.getScene().getFocusOwner() == chooser.searchField());
        robot.targetWindow(chooser.getScene().getWindow()).write("ann");
        FxWaits.until("the search is typed", () -> chooser.searchField().getText().equals("ann"));
        robot.type(KeyCode.ESCAPE);
        FxWaits.until("the dialog is gone", () -> Dialogs.showing(header).isEmpty());
        Thread.sleep(300);
        assertThat(workspace.chats().list()).hasSize((int) before);
    }

    @Test
    void aLargeImportShowsItsProgressAndCancelStoresNothing(FxRobot robot) throws Exception {
        anna();
        long before = workspace.chats().list().size();
        StringBuilder text = new StringBuilder();
        Instant t = Instant.parse("2025-01-01T08:00:00Z");
        while (text.length() < 60_000_000) {
            text.append(ChatSamples.android(t, PARIS, "Anna Martin", "A message long enough to fill megabytes"));
            t = t.plusSeconds(60);
        }
        Path file = ChatSamples.write(dir.resolve("WhatsApp Chat with Anna.txt"), text.toString());
        text.setLength(0);

        robot.interact(() -> new ChatImport(context, workspace).run(stage, file, Optional.of("anna"),
                Optional.empty(), chat -> { }));

        FxWaits.until("the reading dialog shows", () -> !Dialogs.showing("Reading WhatsApp Chat with Anna.txt").isEmpty());
        DialogPane reading = Dialogs.showing("Reading WhatsApp Chat with Anna.txt").get(0);
        ProgressBar bar = (ProgressBar) reading.lookup(".progress-bar");
        FxWaits.until("the bar says how far", () -> bar.getProgress() > 0);
        assertThat(bar.getProgress()).isLessThan(1);
        robot.interact(() -> ((Button) reading.lookupButton(ButtonType.CANCEL)).fire());

        FxWaits.until("the import says it was cancelled", () -> !Dialogs.showing("Import cancelled").isEmpty());
        assertThat(((javafx.scene.control.Label) Dialogs.showing("Import cancelled").get(0).lookup(".content")).getText())
                .contains("nothing of it was stored");
        assertThat(workspace.chats().list()).hasSize((int) before);
    }
}
