package dev.vigie.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Progress;
import dev.vigie.consent.Purpose;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.report.ChecklistFile;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.CutText;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.shell.View;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist view over the demo workspace, in a real (headless) window, as a user clicks through it. */
@ExtendWith(ApplicationExtension.class)
class ChecklistViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String WHATSAPP = "whatsapp-business";
    private static final LocalDateTime DELETED = LocalDateTime.of(2026, 11, 20, 10, 0);

    @TempDir
    static Path temp;

    private Path dataDir;
    private UiContext context;
    private VigieWindow window;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        dataDir = Files.createTempDirectory(temp, "data");
        workspace = new Workspace(dataDir, new LocalScanner());
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        stage = new Stage();
        launch(stage);
    }

    /** A window over the data folder, as at a launch of Vigie. */
    private void launch(Stage on) {
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH,
                new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
        window = new VigieWindow(context);
        window.show(on);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
    }


    @Test
    void aLanguageSwitchKeepsTheForm(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);
        robot.interact(() -> {
            robot.lookup("#scenarioBox").<ChecklistScenario>queryComboBox().setValue(ChecklistScenario.LOST);
            robot.lookup("#sourceBox").<String>queryComboBox().setValue(WHATSAPP);
        });
        FxWaits.until("the source's zone is read", controller::sourceRead);
        robot.interact(() -> {
            robot.lookup("#eventDate").queryAs(DatePicker.class).setValue(DELETED.toLocalDate());
            robot.lookup("#eventTime").queryAs(TextField.class).setText("10:40");
        });

        robot.interact(() -> context.appearance().languageProperty().set(Preferences.Language.FRENCH));

        ChecklistController again = (ChecklistController) window.shell().controller(View.CHECKLIST);
        FxWaits.until("the new view has read its source", again::sourceRead);
        assertThat(robot.lookup("#scenarioBox").<ChecklistScenario>queryComboBox().getValue())
                .isEqualTo(ChecklistScenario.LOST);
        assertThat(robot.lookup("#sourceBox").<String>queryComboBox().getValue()).isEqualTo(WHATSAPP);
        assertThat(robot.lookup("#eventDate").queryAs(DatePicker.class).getValue()).isEqualTo(DELETED.toLocalDate());
        assertThat(robot.lookup("#eventTime").queryAs(TextField.class).getText()).isEqualTo("10:40");
    }

    private ChecklistController open(FxRobot robot) throws Exception {
        robot.clickOn("#nav-checklist");
        ChecklistController controller = (ChecklistController) window.shell().controller(View.CHECKLIST);
        ComboBox<String> sources = robot.lookup("#sourceBox").queryComboBox();
        FxWaits.until("the demo sources are listed", () -> sources.getItems().contains(WHATSAPP));
        return controller;
    }

    /** Writes a recover checklist for a message deleted on 20 November at 10:00, Paris time. */
    private Checklist writeRecover(FxRobot robot, ChecklistController controller) throws Exception {
        robot.interact(() -> {
            robot.lookup("#scenarioBox").<ChecklistScenario>queryComboBox().setValue(ChecklistScenario.RECOVER);
            robot.lookup("#sourceBox").<String>queryComboBox().setValue(WHATSAPP);
        });
        // The label shows the user's zone (Paris too) before the source's is read: wait for the source itself.
        FxWaits.until("the source's zone is read", controller::sourceRead);
        assertThat(robot.lookup("#zoneLabel").queryAs(Label.class).getText())
                .as("the source's zone is the user's: not named").isEmpty();
        robot.interact(() -> {
            robot.lookup("#eventDate").queryAs(DatePicker.class).setValue(DELETED.toLocalDate());
            robot.lookup("#eventTime").queryAs(TextField.class).setText("10:00");
        });
        robot.interact(() -> robot.lookup("#writeButton").queryAs(Button.class).fire());
        FxWaits.until("the checklist is shown", () -> controller.shown().isPresent());
        return controller.shown().get();
    }

    private static ChecklistAsk recoverAsk() {
        return new ChecklistAsk(ChecklistScenario.RECOVER, WHATSAPP, Optional.empty(), Optional.empty(),
                Optional.of(DELETED.atZone(PARIS).toInstant()), Optional.empty(), Purpose.RESTORE_ACCESS);
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup("#checklistBox").lookup((Node n) -> n instanceof Label).queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
    }

    private static CheckBox stepBox(FxRobot robot, String stepId) {
        return robot.lookup("#step-" + stepId.replace('.', '-')).queryAs(CheckBox.class);
    }

    @Test
    void aRecoverChecklistShowsTheBackupAndTheDeadlineTheCoreGives(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);

        writeRecover(robot, controller);

        // The same ask of the core, apart from the window: the same present gives the same checklist.
        Checklist expected = new Workspace(dataDir, new LocalScanner()).checklists().write(recoverAsk(), NOW, PARIS);
        assertThat(controller.shown().get().id()).isEqualTo(expected.id());
        String backup = expected.backup().orElseThrow().name();
        assertThat(labels(robot)).contains(backup, "Restore checklist: recover deleted messages");
        String deadline = ChecklistDocument.time(expected.deadline().orElseThrow(), PARIS,
                new dev.vigie.i18n.Formats(dev.vigie.i18n.Messages.of(Locale.ENGLISH)));
        assertThat(robot.lookup("#deadlineLabel").queryAs(Label.class).getText())
                .contains("Retention removes this backup on " + deadline);
        assertThat(robot.lookup("#timeLeftLabel").queryAs(Label.class).getText()).startsWith("Time left now: ");
        assertThat(robot.lookup("#progressLabel").queryAs(Label.class).getText())
                .isEqualTo("0 of " + expected.steps().count() + " steps done.");
    }

    @Test
    void aTickIsKeptAuditedAndShownAgainAfterALaunch(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);
        Checklist checklist = writeRecover(robot, controller);
        String stepId = checklist.steps().findFirst().orElseThrow().id();

        robot.interact(() -> stepBox(robot, stepId).fire());

        FxWaits.until("the tick is stored", () -> new Workspace(dataDir, new LocalScanner()).checklists()
                .progress(checklist.id()).ticks().containsKey(stepId));
        assertThat(workspace.ledger().auditLog()).anyMatch(e -> e.action().equals("checklist.tick")
                && e.subject().equals(checklist.id()) && e.details().contains(stepId));
        FxWaits.until("the count follows", () -> robot.lookup("#progressLabel").queryAs(Label.class).getText()
                .startsWith("1 of "));

        // Vigie closed and opened again: the saved checklist comes back with its tick.
        robot.interact(stage::close);
        context.tasks().close();
        robot.interact(() -> {
            stage = new Stage();
            launch(stage);
        });
        ChecklistController again = open(robot);
        ComboBox<dev.vigie.store.ChecklistRepository.Saved> saved = robot.lookup("#savedBox").queryComboBox();
        FxWaits.until("the saved checklist is listed", () -> saved.getItems().stream()
                .anyMatch(s -> s.id().equals(checklist.id())));
        robot.interact(() -> saved.getItems().stream().filter(s -> s.id().equals(checklist.id())).findFirst()
                .ifPresent(saved::setValue));
        FxWaits.until("it is shown", () -> again.shown().map(c -> c.id().equals(checklist.id())).orElse(false));
        // shown() answers as soon as the checklist is chosen, a moment before its page is laid out.
        FxWaits.until("its step shows ticked", () -> robot.lookup("#step-" + stepId.replace('.', '-')).tryQuery()
                .map(n -> ((CheckBox) n).isSelected()).orElse(false));
        assertThat(labels(robot)).anyMatch(t -> t.startsWith("Ticked by "));
    }

    @Test
    void aSignOffNeedsBothNamesAndIsThenShownReadOnly(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);
        Checklist checklist = writeRecover(robot, controller);
        robot.interact(() -> {
            robot.lookup("#performedField").queryAs(TextField.class).setText("Alice Martin");
            robot.lookup("#checkedField").queryAs(TextField.class).setText("  ");
            robot.lookup("#signOffButton").queryAs(Button.class).fire();
        });

        Label problem = robot.lookup("#signOffProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Give both names: who performed the restore and who checked it.");
        assertThat(workspace.checklists().progress(checklist.id()).signOff()).isEmpty();

        robot.interact(() -> {
            robot.lookup("#checkedField").queryAs(TextField.class).setText("Bruno Petit");
            robot.lookup("#signOffButton").queryAs(Button.class).fire();
        });

        FxWaits.until("the sign-off is shown", () -> robot.lookup("#signed-0").tryQuery().isPresent());
        Progress.SignOff signOff = workspace.checklists().progress(checklist.id()).signOff().orElseThrow();
        assertThat(signOff.performedBy()).isEqualTo("Alice Martin");
        assertThat(signOff.checkedBy()).isEqualTo("Bruno Petit");
        assertThat(robot.lookup("#signed-1").queryAs(Label.class).getText()).isEqualTo("Bruno Petit");
        assertThat(robot.lookup("#signed-2").queryAs(Label.class).getText())
                .isEqualTo(ChecklistDocument.time(signOff.at(), PARIS,
                        new dev.vigie.i18n.Formats(dev.vigie.i18n.Messages.of(Locale.ENGLISH))));
        assertThat(robot.lookup("#performedField").tryQuery()).isEmpty();
        assertThat(workspace.ledger().auditLog()).anyMatch(e -> e.action().equals("checklist.sign-off"));
    }

    @Test
    void theSimulatorOpensTheChecklistViewPrefilled(FxRobot robot) throws Exception {
        robot.clickOn("#nav-simulator");
        ComboBox<String> sources = robot.lookup("#sourceBox").queryComboBox();
        FxWaits.until("the demo sources are listed", () -> sources.getItems().contains(WHATSAPP));
        robot.interact(() -> sources.setValue(WHATSAPP));
        FxWaits.until("a first verdict is shown", () -> robot.lookup("#checklistButton").query().isVisible());
        robot.interact(() -> {
            robot.lookup("#presetBox").<dev.vigie.retention.RetentionPreset>queryComboBox()
                    .setValue(RetentionPresets.named("whatsapp-local-android").orElseThrow());
            robot.lookup("#eventDate").queryAs(DatePicker.class).setValue(DELETED.toLocalDate());
            robot.lookup("#eventTime").queryAs(TextField.class).setText("10:00");
            robot.lookup("#simulateButton").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String deletedWords = new dev.vigie.i18n.Formats(dev.vigie.i18n.Messages.of(Locale.ENGLISH))
                .dateTime(DELETED.atZone(PARIS).toInstant(), PARIS);
        FxWaits.until("the verdict is about the deletion", () -> robot.lookup("#verdictTitle").queryAs(Label.class)
                .getText().contains(deletedWords));

        robot.interact(() -> robot.lookup("#checklistButton").queryAs(Button.class).fire());

        assertThat(window.shell().current()).isEqualTo(View.CHECKLIST);
        FxWaits.until("the source is chosen", () -> WHATSAPP.equals(robot.lookup("#sourceBox")
                .<String>queryComboBox().getValue()));
        FxWaits.until("the deleted time is filled", () -> "10:00".equals(robot.lookup("#eventTime")
                .queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#scenarioBox").<ChecklistScenario>queryComboBox().getValue())
                .isEqualTo(ChecklistScenario.RECOVER);
        assertThat(robot.lookup("#eventDate").queryAs(DatePicker.class).getValue()).isEqualTo(DELETED.toLocalDate());
        assertThat(robot.lookup("#retentionBox").<ChecklistModel.RetentionChoice>queryComboBox().getValue()
                .rules()).contains(RetentionPresets.named("whatsapp-local-android").orElseThrow().rules());
    }

    @Test
    void exportWritesTheChecklistInEachFormat(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);
        Checklist checklist = writeRecover(robot, controller);
        Path folder = Files.createTempDirectory(temp, "export");
        Path md = folder.resolve("checklist.md");
        Path pdf = folder.resolve("checklist.pdf");

        robot.interact(() -> {
            controller.export(ChecklistFile.Format.MARKDOWN, md);
            controller.export(ChecklistFile.Format.PDF, pdf);
        });

        FxWaits.until("both files are written", () -> Files.exists(md) && Files.exists(pdf));
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# Restore checklist: recover")
                .contains("- [ ] ").contains(checklist.backup().orElseThrow().name());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        FxWaits.until("the view says where", () -> robot.lookup("#actionLabel").queryAs(Label.class).getText()
                .startsWith("Exported to "));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("checklist.md", "checklist.pdf");
        }
    }

    @Test
    void exportCarriesTheTicksMadeInTheWindow(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);
        Checklist checklist = writeRecover(robot, controller);
        String stepId = checklist.steps().findFirst().orElseThrow().id();
        robot.interact(() -> stepBox(robot, stepId).fire());
        FxWaits.until("the count follows", () -> robot.lookup("#progressLabel").queryAs(Label.class).getText()
                .startsWith("1 of "));
        Path md = Files.createTempDirectory(temp, "export").resolve("checklist.md");

        robot.interact(() -> controller.export(ChecklistFile.Format.MARKDOWN, md));

        FxWaits.until("the file is written", () -> Files.exists(md));
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("- [x] ")).count()).isEqualTo(1);
        assertThat(text).contains("ticked by ");
        assertThat(text.lines().filter(l -> l.startsWith("- [ ] ")).count())
                .isEqualTo(checklist.steps().count() - 1);
    }

    @Test
    void withoutAPrinterPrintSaysSoAndSuggestsAPdf(FxRobot robot) throws Exception {
        ChecklistController controller = open(robot);
        writeRecover(robot, controller);
        boolean noPrinter = WaitForAsyncUtils.asyncFx(() -> javafx.print.PrinterJob.createPrinterJob() == null)
                .get(30, TimeUnit.SECONDS);
        org.junit.jupiter.api.Assumptions.assumeTrue(noPrinter, "this machine has a printer");

        robot.interact(() -> robot.lookup("#printButton").queryAs(Button.class).fire());

        assertThat(robot.lookup("#actionLabel").queryAs(Label.class).getText())
                .isEqualTo("No printer is set up on this computer. Export a PDF instead and print it from another "
                        + "computer.");
    }

    @Test
    void inFrenchTrainingModeAt1280x720TheFormsChoicesReadWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.appearance().languageProperty().set(Preferences.Language.FRENCH);
            context.appearance().trainingProperty().set(true);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        open(robot);
        robot.interact(() -> {
            robot.lookup("#scenarioBox").<ChecklistScenario>queryComboBox().setValue(ChecklistScenario.RECOVER);
            robot.lookup("#sourceBox").<String>queryComboBox().setValue(WHATSAPP);
        });
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (String id : List.of("#scenarioBox", "#sourceBox", "#purposeBox", "#retentionBox")) {
                cut.addAll(CutText.under(robot.lookup(id).query()));
            }
        });
        assertThat(cut).as("\"Récupérer des messages supprimés\" was drawn \"Récupérer des messages...\"").isEmpty();
    }
}
