package dev.vigie.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.audit.AuditEntry;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.CutText;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.ContactChooser;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.shell.View;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.Ledger;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Consent view as a user clicks through it, in a real (headless) window over a ledger of its own. */
@ExtendWith(ApplicationExtension.class)
class ConsentViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path temp;

    private UiContext context;
    private VigieWindow window;
    private Path dataDir;
    private Stage stage;
    private Ledger ledger;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        dataDir = Files.createTempDirectory(temp, "data");
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.FRANCE, new LocalScanner(),
                new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences, new Appearance(preferences));
        ledger = new Workspace(dataDir, new LocalScanner()).ledger();
        window = new VigieWindow(context);
        window.show(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
    }


    private String add(String name, String phone, String conversation) {
        return ledger.addContact(new ContactDraft(Optional.empty(), name, phone, Optional.of(conversation),
                Optional.empty()), Optional.empty()).id();
    }

    private TableView<ContactOverview> openConsentView(FxRobot robot) {
        robot.clickOn("#nav-consent");
        return robot.lookup("#contactsTable").queryTableView();
    }

    private static List<String> names(TableView<ContactOverview> table) {
        return table.getItems().stream().map(c -> c.contact().name()).toList();
    }

    /** The texts of the chips in a contact's row, in column order. */
    private static List<String> chipsOf(FxRobot robot, String name) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(row -> robot.from(row).lookup(".table-cell").queryAll().stream()
                        .anyMatch(c -> name.equals(((javafx.scene.control.Labeled) c).getText())))
                .flatMap(row -> robot.from(row).lookup(".chip").queryAllAs(Label.class).stream())
                .map(Label::getText).toList();
    }

    @Test
    void theConsentViewListsTheLedgersContactsWithAChipPerPurposeAndTheFilterNarrowsThem(FxRobot robot)
            throws Exception {
        String anna = add("Anna Martin", "+33612345678", "Boutique Lyon");
        add("Bruno Petit", "+33698765432", "Atelier");
        ledger.grant(anna, Purpose.ARCHIVE, NOW.minus(Duration.ofDays(30)), ConsentMethod.FORM, Optional.of("F-1"));
        ledger.grant(anna, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(30)), ConsentMethod.PAPER,
                Optional.empty());
        ledger.withdraw(anna, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(2)));

        TableView<ContactOverview> table = openConsentView(robot);

        assertThat(robot.lookup("#nav-consent").queryAs(ToggleButton.class).isSelected()).isTrue();
        FxWaits.until("both contacts are listed", () -> table.getItems().size() == 2);
        assertThat(names(table)).containsExactly("Anna Martin", "Bruno Petit");
        FxWaits.until("the chips show", () -> chipsOf(robot, "Anna Martin").size() == 3);
        assertThat(chipsOf(robot, "Anna Martin")).containsExactly("Valid", "Withdrawn", "None");
        assertThat(chipsOf(robot, "Bruno Petit")).containsExactly("None", "None", "None");
        Label withdrawn = robot.lookup(".chip-withdrawn").queryAs(Label.class);
        assertThat(withdrawn.getText()).isEqualTo("Withdrawn");

        robot.clickOn("#filterField").write("atelier");
        assertThat(names(table)).containsExactly("Bruno Petit");
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().setText("06 12 34"));
        assertThat(names(table)).as("a national number finds the international one").containsExactly("Anna Martin");
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().setText("MARTÍN"));
        assertThat(names(table)).as("case and accents aside").containsExactly("Anna Martin");
        robot.interact(() -> {
            robot.lookup("#filterField").queryTextInputControl().setText("");
            window.consent().statusFilterProperty().set(Optional.of(
                    new ConsentViewModel.StatusFilter(Purpose.ARCHIVE, dev.vigie.consent.ConsentState.NONE)));
        });
        assertThat(names(table)).containsExactly("Bruno Petit");
    }

    @Test
    void selectingAContactShowsItsConsentHistoryAndMarksAnOverdueErasureOverdue(FxRobot robot) throws Exception {
        String anna = add("Anna Martin", "+33612345678", "Boutique Lyon");
        ledger.grant(anna, Purpose.ARCHIVE, Instant.parse("2026-09-01T08:00:00Z"), ConsentMethod.WHATSAPP_MESSAGE,
                Optional.of("message of 1 Sept"));
        ledger.withdraw(anna, Purpose.ARCHIVE, Instant.parse("2026-10-01T08:00:00Z"));
        // Received 40 days ago, 12 October: due a month later in Paris, 12 November 10:00 CET (the clocks went back
        // in between), 8 days 23 hours ago. Received 26 days ago: due 26 November, in 5 days.
        ledger.addErasure(anna, NOW.minus(Duration.ofDays(40)), Optional.of("all messages"), PARIS);
        ledger.addErasure(anna, NOW.minus(Duration.ofDays(26)), Optional.of("photos"), PARIS);

        TableView<ContactOverview> table = openConsentView(robot);
        FxWaits.until("the contact is listed", () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#overdueLabel").queryAs(Label.class).getText())
                .isEqualTo("1 erasure request overdue");
        assertThat(robot.lookup("#dueSoonLabel").queryAs(Label.class).getText()).isEqualTo("1 due within 7 days");
        robot.interact(() -> table.getSelectionModel().select(0));

        TableView<ConsentRecord> history = robot.lookup("#historyTable").queryTableView();
        TableView<ErasureRequest> erasures = robot.lookup("#erasuresTable").queryTableView();
        FxWaits.until("the history shows", () -> history.getItems().size() == 1 && erasures.getItems().size() == 2);
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Anna Martin");
        assertThat(robot.lookup("#detailPane").query().isVisible()).isTrue();
        FxWaits.until("the history's rows are drawn", () -> cellTexts(robot, history).contains("Archive"));
        List<String> historyTexts = cellTexts(robot, history);
        assertThat(historyTexts).contains("Archive", "1 Sep 2026", "WhatsApp message · message of 1 Sept",
                "1 Oct 2026");

        List<Label> erasureChips = robot.from(erasures).lookup(".chip").queryAllAs(Label.class).stream().toList();
        assertThat(erasureChips).anySatisfy(chip -> {
            assertThat(chip.getText()).isEqualTo("OVERDUE by 8 d");
            assertThat(chip.getStyleClass()).contains("chip-overdue");
        });
        assertThat(erasureChips).anySatisfy(chip -> {
            assertThat(chip.getText()).isEqualTo("Due soon: in 5 d");
            assertThat(chip.getStyleClass()).contains("chip-due-soon");
        });
        // The list says it too, for whoever did not open the contact.
        assertThat(robot.from(table).lookup(".chip-overdue").queryAs(Label.class).getText())
                .isEqualTo("2 open, overdue");
    }

    private static List<String> cellTexts(FxRobot robot, Node table) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .map(c -> {
                    javafx.scene.control.Labeled cell = (javafx.scene.control.Labeled) c;
                    if (cell.getText() != null) {
                        return cell.getText();
                    }
                    return cell.getGraphic() instanceof Label l ? l.getText()
                            : cell.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : "";
                })
                .filter(t -> t != null && !t.isEmpty()).collect(Collectors.toList());
    }

    @Test
    void aBadCsvShowsEveryErrorWithItsLineAndAddsNothingAndAGoodOneAddsItsRows(FxRobot robot) throws Exception {
        TableView<ContactOverview> table = openConsentView(robot);
        FxWaits.until("the empty ledger is read", () -> window.consent().loadedProperty().get());
        Path bad = temp.resolve("bad-" + System.nanoTime() + ".csv");
        Files.writeString(bad, """
                id,name,phone,conversation
                c1,Anna Martin,+33612345678,Boutique
                c2,,+33698765432,Atelier
                c3,Chloé Roux,not a number,
                """);

        robot.interact(() -> ((ConsentController) window.shell().controller(View.CONSENT))
                .importFile(LedgerKind.CONTACTS, bad));

        FxWaits.until("the errors show", () -> robot.lookup("#import-errors").tryQuery().isPresent());
        TableView<ImportError> errors = robot.lookup("#import-errors").queryTableView();
        assertThat(errors.getItems()).extracting(ImportError::line).containsExactly(3L, 4L);
        FxWaits.until("the error rows are drawn", () -> cellTexts(robot, errors).contains("4"));
        List<String> shown = cellTexts(robot, errors);
        assertThat(shown).contains("3", "4");
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("line 3").contains("name"));
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("line 4").contains("not a number"));
        assertThat(ledger.contacts(NOW)).isEmpty();
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> errors.getScene().getWindow().hide());

        Path good = temp.resolve("good-" + System.nanoTime() + ".csv");
        Files.writeString(good, """
                id,name,phone,conversation
                c1,Anna Martin,+33612345678,Boutique
                c2,Bruno Petit,+33698765432,Atelier
                """);
        robot.interact(() -> ((ConsentController) window.shell().controller(View.CONSENT))
                .importFile(LedgerKind.CONTACTS, good));

        FxWaits.until("both rows are listed", () -> table.getItems().size() == 2);
        assertThat(names(table)).containsExactly("Anna Martin", "Bruno Petit");
        assertThat(ledger.contacts(NOW)).hasSize(2);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Imported 2 rows");
    }

    @Test
    void theAccessCheckDeniesWithoutConsentAllowsWithItAndRecordsBothDecisions(FxRobot robot) throws Exception {
        String anna = add("Anna Martin", "+33612345678", "Boutique Lyon");
        String bruno = add("Bruno Petit", "+33698765432", "Atelier");
        ledger.grant(bruno, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(3)), ConsentMethod.FORM,
                Optional.of("F-7"));
        ledger.grant(anna, Purpose.ARCHIVE, NOW.minus(Duration.ofDays(3)), ConsentMethod.FORM, Optional.empty());
        TableView<ContactOverview> table = openConsentView(robot);
        FxWaits.until("the contacts are listed", () -> table.getItems().size() == 2);

        // Anna consented to archiving only: the check says so at step 2 and the decision is a refusal.
        robot.interact(() -> table.getSelectionModel().select(0));
        AccessCheckDialog denied = walk(robot, "Anna Martin", "The customer asks for the deleted invoice.");
        assertThat(denied.decision()).hasValueSatisfying(d -> assertThat(d.allowed()).isFalse());
        assertThat(robot.lookup("#access-decision").queryAs(Label.class).getText())
                .startsWith("DENIED").contains("Anna Martin");
        assertThat(texts(robot, "#access-decision-reasons"))
                .containsExactly("Consent was given only for another purpose (Archive), not for Restore access.");
        robot.interact(() -> denied.close());

        robot.interact(() -> table.getSelectionModel().select(1));
        AccessCheckDialog allowed = walk(robot, "Bruno Petit", "Restore the quote he asked for on Monday.");
        assertThat(allowed.decision()).hasValueSatisfying(d -> assertThat(d.allowed()).isTrue());
        assertThat(robot.lookup("#access-decision").queryAs(Label.class).getText()).startsWith("ALLOWED");
        robot.interact(() -> allowed.close());

        List<AuditEntry> log = ledger.auditLog();
        assertThat(log).filteredOn(e -> e.action().startsWith("access."))
                .extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("access.denied", anna),
                        org.assertj.core.groups.Tuple.tuple("access.allowed", bruno));
        assertThat(log.get(log.size() - 1).details()).contains("Restore the quote he asked for on Monday.");
    }

    @Test
    void theAccessCheckFindsTheContactByTypingPartOfTheNameAndEnterOnItsRowGoesOn(FxRobot robot) throws Exception {
        add("Anna Martin", "+33612345678", "Boutique Lyon");
        String helene = add("Hélène Dupré", "+33698765432", "Atelier");
        add("Bruno Petit", "+33145678901", "Atelier");
        ledger.grant(helene, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(3)), ConsentMethod.FORM,
                Optional.of("F-9"));
        TableView<ContactOverview> table = openConsentView(robot);
        FxWaits.until("the contacts are listed", () -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().clearSelection());

        ConsentController controller = (ConsentController) window.shell().controller(View.CONSENT);
        AccessCheckDialog[] dialog = new AccessCheckDialog[1];
        robot.interact(() -> dialog[0] = controller.checkAccess());
        AccessCheckDialog d = dialog[0];
        ContactChooser chooser = (ContactChooser) d.getDialogPane().lookup("#access-contact");
        FxWaits.until("focus starts in the search field",
                () -> d.getDialogPane().getScene().getFocusOwner() == chooser.searchField());
        // Rows read name and phone, in name order, never the contact's id.
        assertThat(chooser.list().getItems()).extracting(c -> ContactChooser.row(context.i18n(), c))
                .containsExactly("Anna Martin (+33 6 12 34 56 78)", "Bruno Petit (+33 1 45 67 89 01)",
                        "Hélène Dupré (+33 6 98 76 54 32)");

        robot.targetWindow(d.getDialogPane().getScene().getWindow()).write("dupre");
        FxWaits.until("the list narrows to her", () -> chooser.list().getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        FxWaits.until("Down goes into the list", () -> d.getDialogPane().getScene().getFocusOwner() == chooser.list());
        robot.type(KeyCode.ENTER);

        FxWaits.until("step 2 shows her consent", () -> d.step() == 1);
        assertThat(robot.lookup("#access-consent").queryAs(Label.class).getText()).contains("Hélène Dupré");
        robot.interact(d::close);
    }

    /** Opens the access check on the selected contact and goes through its steps with the keyboard's buttons. */
    private AccessCheckDialog walk(FxRobot robot, String name, String justification) throws Exception {
        ConsentController controller = (ConsentController) window.shell().controller(View.CONSENT);
        AccessCheckDialog[] dialog = new AccessCheckDialog[1];
        robot.interact(() -> dialog[0] = controller.checkAccess());
        AccessCheckDialog d = dialog[0];
        assertThat(d.step()).isZero();
        var contact = (ContactChooser) d.getDialogPane().lookup("#access-contact");
        assertThat(contact.getValue().contact().name()).isEqualTo(name);
        robot.interact(() -> button(d, "#access-next").fire());
        FxWaits.until("step 2 shows the consent", () -> d.step() == 1);
        robot.interact(() -> button(d, "#access-next").fire());
        assertThat(d.step()).isEqualTo(2);
        assertThat(button(d, "#access-record").isDisabled()).as("no justification yet").isTrue();
        robot.interact(() -> ((TextArea) d.getDialogPane().lookup("#access-justification")).setText(justification));
        assertThat(button(d, "#access-record").isDisabled()).isFalse();
        robot.interact(() -> button(d, "#access-record").fire());
        FxWaits.until("the decision shows", () -> d.step() == 3);
        return d;
    }

    private static javafx.scene.control.Button button(AccessCheckDialog d, String id) {
        return (javafx.scene.control.Button) d.getDialogPane().lookup(id);
    }

    private static List<String> texts(FxRobot robot, String container) {
        return robot.lookup(container).queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    /** The columns whose texts are never cut; names, conversations, how and scope give way to a tooltip. */
    private static final Set<String> WHOLE = Set.of("phoneColumn", "archiveColumn", "restoreColumn",
            "qualityColumn", "erasuresColumn", "hPurposeColumn", "hGrantedColumn", "hWithdrawnColumn",
            "eReceivedColumn", "eDueColumn", "eStatusColumn");

    /** A contact with long texts in every column, a withdrawn consent and an erasure request due soon, selected. */
    private void showALongContact(FxRobot robot, Preferences.Language language, boolean training) throws Exception {
        String anna = add("Anna Martin-Dubois de la Fontaine", "+33612345678", "Boutique Lyon, commandes et retours");
        ledger.grant(anna, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(30)), ConsentMethod.FORM,
                Optional.of("Formulaire signé en boutique le 6 novembre"));
        ledger.withdraw(anna, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(2)));
        ledger.grant(anna, Purpose.QUALITY_ANALYSIS, NOW.minus(Duration.ofDays(9)), ConsentMethod.PAPER,
                Optional.empty());
        ledger.addErasure(anna, NOW.minus(Duration.ofDays(25)), Optional.of("Messages de 2024"), PARIS);
        robot.interact(() -> {
            context.appearance().languageProperty().set(language);
            context.appearance().trainingProperty().set(training);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        TableView<ContactOverview> table = openConsentView(robot);
        FxWaits.until("the contact is listed", () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        TableView<?> erasures = robot.lookup("#erasuresTable").queryTableView();
        FxWaits.until("its erasure request shows", () -> erasures.getItems().size() == 1);
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** What the three tables draw cut short, in the columns that must show their texts whole and in every header. */
    private List<String> cutInTables(FxRobot robot) {
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (String id : List.of("#contactsTable", "#historyTable", "#erasuresTable")) {
                cut.addAll(CutText.inTable(robot.lookup(id).queryTableView(), c -> WHOLE.contains(c.getId())));
            }
        });
        return cut;
    }

    @Test
    void inFrenchTrainingModeAt1280x720NoPurposeDateOrStateIsCutShort(FxRobot robot) throws Exception {
        showALongContact(robot, Preferences.Language.FRENCH, true);

        assertThat(cutInTables(robot)).isEmpty();
    }

    @Test
    void inFrenchAt1280x720TheContactsFitWithoutScrollingSideways(FxRobot robot) throws Exception {
        showALongContact(robot, Preferences.Language.FRENCH, false);

        TableView<ContactOverview> table = robot.lookup("#contactsTable").queryTableView();
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns fit the table").isLessThanOrEqualTo(table.getWidth());
        assertThat(cutInTables(robot)).isEmpty();
    }

    @Test
    void inFrenchTrainingModeAnImportErrorWrapsOntoMoreLinesRatherThanBeingCut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.appearance().languageProperty().set(Preferences.Language.FRENCH);
            context.appearance().trainingProperty().set(true);
        });
        openConsentView(robot);
        FxWaits.until("the empty ledger is read", () -> window.consent().loadedProperty().get());
        Path bad = temp.resolve("bad-" + System.nanoTime() + ".csv");
        Files.writeString(bad, """
                id,name,phone,conversation
                c3,Chloé Roux,pas un numéro de téléphone du tout mais une longue phrase,
                """);

        robot.interact(() -> ((ConsentController) window.shell().controller(View.CONSENT))
                .importFile(LedgerKind.CONTACTS, bad));

        FxWaits.until("the errors show", () -> robot.lookup("#import-errors").tryQuery().isPresent());
        TableView<ImportError> errors = robot.lookup("#import-errors").queryTableView();
        FxWaits.until("the error row is drawn", () -> cellTexts(robot, errors).contains("2"));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        String message = ImportErrorsDialog.message(context.i18n(), errors.getItems().get(0));
        List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (Node node : errors.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.getGraphic() instanceof javafx.scene.text.Text t
                        && message.equals(t.getText())) {
                    double line = t.getFont().getSize() * 1.6;
                    seen.add((t.getLayoutBounds().getHeight() > line ? "on more lines" : "on one line")
                            + (t.getLayoutBounds().getHeight() <= cell.getHeight() ? ", whole" : ", cut by its row")
                            + (t.getLayoutBounds().getWidth() <= cell.getWidth() ? "" : ", past its column"));
                }
            }
        });
        assertThat(message.length()).as("a message long enough to wrap").isGreaterThan(90);
        assertThat(seen).containsExactly("on more lines, whole");
        assertThat(cutInTables(robot)).isEmpty();
        robot.interact(() -> errors.getScene().getWindow().hide());
    }
}
