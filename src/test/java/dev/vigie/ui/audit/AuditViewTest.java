package dev.vigie.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.audit.AuditEntry;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.Purpose;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.Ledger;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import dev.vigie.testing.CutText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Audit log view: its entries, and a verification that names the entry changed behind Vigie's back. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    /** The columns whose texts are never cut; names and details may give way, their tooltips have them whole. */
    private static final Set<String> WHOLE = Set.of("seqColumn", "timeColumn", "actorColumn", "actionColumn");

    @TempDir
    static Path temp;

    private UiContext context;
    private Path dataDir;
    private Stage stage;
    private Ledger ledger;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        dataDir = Files.createTempDirectory(temp, "data");
        ledger = new Workspace(dataDir, new LocalScanner()).ledger();
        String anna = ledger.addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "+33612345678",
                Optional.empty(), Optional.empty()), Optional.empty()).id();
        ledger.grant(anna, Purpose.ARCHIVE, NOW.minusSeconds(3600), ConsentMethod.FORM, Optional.of("F-1"));
        ledger.checkAccess(anna, Purpose.RESTORE_ACCESS, "the customer asked", NOW);
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
        new VigieWindow(context).show(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
    }


    @Test
    void theAuditViewListsTheEntriesAndVerifiesTheLogIntact(FxRobot robot) throws Exception {
        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#entriesTable").queryTableView();
        FxWaits.until("the three entries are listed", () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(AuditEntry::action)
                .as("newest first").containsExactly("access.denied", "consent.grant", "contact.add");

        robot.clickOn("#filterField").write("granted");
        assertThat(table.getItems()).extracting(AuditEntry::action).containsExactly("consent.grant");

        robot.clickOn("#verifyButton");
        Label result = robot.lookup("#verifyResult").queryAs(Label.class);
        FxWaits.until("the result shows", result::isVisible);
        assertThat(result.getText()).isEqualTo("Intact: 3 entries, each chained to the one before.");
        assertThat(result.getStyleClass()).contains("verdict-good");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEntriesReadInWordsContactsByNameDetailsAsASentence(FxRobot robot) throws Exception {
        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#entriesTable").queryTableView();
        FxWaits.until("the three entries are listed", () -> table.getItems().size() == 3);
        AuditEntry grant = table.getItems().stream().filter(e -> e.action().equals("consent.grant")).findFirst()
                .orElseThrow();
        java.util.function.Function<String, Object> cell = id -> table.getColumns().stream()
                .filter(c -> id.equals(c.getId())).findFirst().orElseThrow().getCellObservableValue(grant).getValue();
        assertThat(cell.apply("actionColumn")).isEqualTo("Consent granted");
        assertThat(cell.apply("subjectColumn")).isEqualTo("Anna Martin");
        assertThat((String) cell.apply("detailsColumn")).startsWith("Purpose: Archive; granted: 21 Nov 2026, 09:00")
                .doesNotContain("{", "\"", "archive\"");
    }

    @Test
    void afterTheDatabaseIsTamperedWithVerifyNamesTheBrokenEntry(FxRobot robot) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("vigie.db"));
             Statement sql = db.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS audit_log_no_update");
            assertThat(sql.executeUpdate("UPDATE audit_log SET subject = 'someone-else' WHERE seq = 2")).isEqualTo(1);
        }

        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#entriesTable").queryTableView();
        FxWaits.until("the entries are listed", () -> table.getItems().size() == 3);
        robot.clickOn("#verifyButton");

        Label result = robot.lookup("#verifyResult").queryAs(Label.class);
        FxWaits.until("the result shows", result::isVisible);
        assertThat(result.getText()).startsWith("Broken at entry 2.")
                .contains("Entry 2 was edited after it was written")
                .contains("The database's protection against changes to the log has been removed.");
        assertThat(result.getStyleClass()).contains("verdict-bad");
        assertThat(table.getSelectionModel().getSelectedItem().seq()).isEqualTo(2);
    }

    @Test
    void inFrenchTrainingModeAt1280x720TimesAndActionsAreWholeAndTheTableDoesNotScroll(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            context.appearance().languageProperty().set(Preferences.Language.FRENCH);
            context.appearance().trainingProperty().set(true);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#entriesTable").queryTableView();
        FxWaits.until("the three entries are listed", () -> table.getItems().size() == 3);
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        List<String> cut = new ArrayList<>();
        double[] columns = new double[1];
        robot.interact(() -> {
            cut.addAll(CutText.inTable(table, column -> WHOLE.contains(column.getId())));
            columns[0] = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        });
        assertThat(cut).as("times, actions, actors, numbers and headers drawn whole").isEmpty();
        assertThat(columns[0]).as("the columns fit the table: no sideways scroll").isLessThanOrEqualTo(table.getWidth());
    }
}
