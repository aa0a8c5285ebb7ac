package dev.vigie.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.chat.ChatSamples;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.LossEvent;
import dev.vigie.simulation.MessageEvent;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.simulation.Scenario;
import dev.vigie.simulation.ScenarioOutcome;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.Timeline;
import dev.vigie.simulation.WhatIf;
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
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.SimulationSource;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The simulator view over the demo workspace, in a real (headless) window, as a user clicks through it. */
@ExtendWith(ApplicationExtension.class)
class SimulatorViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String WHATSAPP = "whatsapp-business";

    @TempDir
    static Path temp;

    private UiContext context;
    private VigieWindow window;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Path dataDir = Files.createTempDirectory(temp, "data");
        workspace = new Workspace(dataDir, new LocalScanner());
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH,
                new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
        window = new VigieWindow(context);
        window.show(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
    }


    /** Opens the view from the sidebar and picks a source and a preset, once the source is read. */
    private SimulatorController open(FxRobot robot, String source, String preset) throws Exception {
        robot.clickOn("#nav-simulator");
        SimulatorController controller = (SimulatorController) window.shell().controller(View.SIMULATOR);
        ComboBox<String> sources = robot.lookup("#sourceBox").queryComboBox();
        FxWaits.until("the demo sources are listed", () -> sources.getItems().contains(source));
        robot.interact(() -> sources.setValue(source));
        FxWaits.until("the source is read", () -> controller.loadedName().equals(Optional.of(source)));
        FxWaits.until("the first simulation is shown", () -> !label(robot, "#verdictLabel").isEmpty());
        ComboBox<dev.vigie.retention.RetentionPreset> presets = robot.lookup("#presetBox").queryComboBox();
        robot.interact(() -> presets.setValue(RetentionPresets.named(preset).orElseThrow()));
        return controller;
    }

    @Test
    void aLanguageSwitchKeepsTheFormAndItsAnswer(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "whatsapp-local-android");
        event(robot, null, LocalDateTime.of(2026, 11, 18, 10, 0));
        simulate(robot);
        FxWaits.until("the answer is about the 18th", () -> label(robot, "#verdictTitle").contains("18 Nov 2026"));

        robot.interact(() -> context.appearance().languageProperty()
                .set(dev.vigie.ui.settings.Preferences.Language.FRENCH));

        FxWaits.until("the answer comes back in French", () -> label(robot, "#verdictTitle")
                .contains("18 nov. 2026, 10:00"));
        assertThat(robot.lookup("#eventTime").queryAs(TextField.class).getText()).isEqualTo("10:00");
        assertThat(robot.lookup("#sourceBox").<String>queryComboBox().getValue()).isEqualTo(WHATSAPP);
        assertThat(robot.lookup("#presetBox").<dev.vigie.retention.RetentionPreset>queryComboBox().getValue()
                .name()).isEqualTo("whatsapp-local-android");
    }

    @Test
    void aChangedEventTakesTheOldAnswerDown(FxRobot robot) throws Exception {
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        simulate(robot);
        FxWaits.until("an answer shows", () -> robot.lookup("#stateBadge").query().isVisible());
        assertThat(controller.lifetimes().shown()).isPositive();

        robot.interact(() -> robot.lookup("#eventTime").queryAs(TextField.class).setText("11:30"));

        assertThat(robot.lookup("#stateBadge").query().isVisible()).isFalse();
        assertThat(controller.lifetimes().shown()).as("bars of the old answer still drawn").isZero();
        assertThat(label(robot, "#verdictTitle")).isEqualTo("The form changed: Simulate (Enter) to answer again.");
        assertThat(label(robot, "#verdictLabel")).isEmpty();
    }

    @Test
    void anotherSourceGetsItsOwnAnswerAtOnce(FxRobot robot) throws Exception {
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        simulate(robot);
        FxWaits.until("an answer shows", () -> robot.lookup("#stateBadge").query().isVisible());

        robot.interact(() -> robot.lookup("#sourceBox").<String>queryComboBox().setValue("nas"));

        FxWaits.until("the answer is the NAS's", () -> controller.answeredSource().equals(Optional.of("nas"))
                && robot.lookup("#stateBadge").query().isVisible());
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void event(FxRobot robot, LocalDateTime created, LocalDateTime at) {
        robot.interact(() -> {
            robot.lookup("#createdDate").queryAs(DatePicker.class).setValue(created == null ? null
                    : created.toLocalDate());
            robot.lookup("#createdTime").queryAs(TextField.class).setText(created == null ? ""
                    : SimulatorModel.timeText(created.toLocalTime()));
            robot.lookup("#eventDate").queryAs(DatePicker.class).setValue(at.toLocalDate());
            robot.lookup("#eventTime").queryAs(TextField.class).setText(SimulatorModel.timeText(at.toLocalTime()));
        });
    }

    private static void simulate(FxRobot robot) {
        robot.interact(() -> robot.lookup("#simulateButton").queryAs(Button.class).fire());
    }

    private Simulator coreSimulator(String source, RetentionRules rules) {
        SimulationSource s = workspace.simulationSource(source);
        ZoneId zone = s.zone(Optional.empty(), PARIS);
        Timeline timeline = s.timeline(s.schedule(Optional.empty(), zone), RetentionPolicies.atEveryRun(rules), NOW);
        return new Simulator(timeline, NOW, s.place());
    }

    private static Formats english() {
        return new Formats(Messages.of(Locale.ENGLISH));
    }

    @Test
    void aDeletionShowsUntilWhenItCanBeRestoredAndWhatToDo(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "whatsapp-local-android");
        LocalDateTime deleted = LocalDateTime.of(2026, 11, 20, 10, 0);
        event(robot, null, deleted);

        simulate(robot);

        MessageOutcome expected = coreSimulator(WHATSAPP, RetentionPresets.named("whatsapp-local-android")
                .orElseThrow().rules()).message(new MessageEvent("m", Optional.empty(),
                deleted.atZone(PARIS).toInstant()));
        String until = english().dateTime(expected.recoverableUntil().orElseThrow(), PARIS);
        FxWaits.until("the verdict names the recoverable-until time", () -> label(robot, "#verdictLabel")
                .contains("It can be restored until " + until));
        assertThat(label(robot, "#stateBadge")).isEqualTo("Recoverable");
        assertThat(label(robot, "#adviceLabel")).startsWith("Copy ").contains("before " + english()
                .dateTime(expected.advice().orElseThrow().before(), PARIS));
        assertThat(label(robot, "#verdictTitle")).contains(english().dateTime(deleted.atZone(PARIS)
                .toInstant(), PARIS));
    }

    @Test
    void theChatSectionFollowsTheFormsPolicyAndDeletionTime(FxRobot robot) throws Exception {
        workspace.ledger().addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "+33612345678",
                Optional.empty(), Optional.empty()), Optional.empty());
        workspace.ledger().grant("anna", Purpose.RESTORE_ACCESS, Instant.parse("2026-01-10T10:00:00Z"),
                ConsentMethod.FORM, Optional.empty());
        // Two messages deleted on the evening of 12 November; the export made this morning.
        Instant sent = LocalDateTime.of(2026, 11, 12, 20, 0).atZone(PARIS).toInstant();
        Path file = ChatSamples.write(temp.resolve("chat-" + System.nanoTime() + ".txt"),
                ChatSamples.android(sent, PARIS, "Anna Martin", "hello")
                + ChatSamples.android(sent.plusSeconds(300), PARIS, "Anna Martin", "This message was deleted")
                + ChatSamples.android(sent.plusSeconds(420), PARIS, "Shop", "You deleted this message")
                + ChatSamples.android(NOW.minus(Duration.ofHours(1)), PARIS, "Anna Martin", "thanks"));
        workspace.chats().importFile(file, "anna", Optional.of(WHATSAPP), Optional.empty(), PARIS);
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        FxWaits.until("the chat is answered", () -> !label(robot, "#chatAnswer").isEmpty());
        // No time given: deleted between sending and the export, both ends told.
        FxWaits.until("both ends are told", () -> label(robot, "#chatAnswer")
                .contains("If each was deleted right after it was sent"));

        // Deleted the next morning: only that night's backup captured them; WhatsApp's week of copies lost it.
        event(robot, null, LocalDateTime.of(2026, 11, 13, 10, 0));
        simulate(robot);
        FxWaits.until("the deletion time is used", () -> label(robot, "#chatAnswer")
                .startsWith("None of the 2 deleted messages in this conversation is in a backup that exists now"));
        assertThat(label(robot, "#chatAnswer")).doesNotContain("If each was deleted");

        // A policy that keeps a month of daily copies still holds that night's backup.
        robot.interact(() -> {
            robot.lookup("#presetBox").<dev.vigie.retention.RetentionPreset>queryComboBox()
                    .setValue(RetentionPresets.named(RetentionPresets.CUSTOM).orElseThrow());
            robot.lookup("#keepDaily").<Spinner<Integer>>query().getEditor().setText("30");
        });
        simulate(robot);
        String night = english().dateTime(Instant.parse("2026-11-13T01:03:00Z"), PARIS);
        FxWaits.until("the policy is used", () -> label(robot, "#chatAnswer")
                .startsWith("2 of the 2 deleted messages in this conversation are in the backup of "));
        assertThat(label(robot, "#chatAnswer")).contains(night);
        assertThat(controller.loadedName()).contains(WHATSAPP);
    }

    @Test
    void aMessageNeverCapturedSaysWhy(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "whatsapp-local-android");
        // The demo phone made no backup on the night of 17 November.
        event(robot, LocalDateTime.of(2026, 11, 16, 10, 0), LocalDateTime.of(2026, 11, 17, 10, 0));

        simulate(robot);

        FxWaits.until("the verdict says it was never captured", () -> label(robot, "#verdictLabel")
                .startsWith("No backup ever held it."));
        String verdict = label(robot, "#verdictLabel");
        assertThat(verdict).contains("The run expected on " + english().dateTime(
                LocalDateTime.of(2026, 11, 17, 2, 0).atZone(PARIS).toInstant(), PARIS) + " made no backup.");
        assertThat(label(robot, "#stateBadge")).isEqualTo("Never captured");
        assertThat(robot.lookup("#adviceLabel").query().isVisible()).isFalse();
    }

    @Test
    void aLossShowsTheWorkLostSinceTheLastBackup(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "whatsapp-local-android");
        robot.interact(() -> robot.lookup("#lossRadio").queryAs(RadioButton.class).setSelected(true));
        assertThat(robot.lookup("#createdBox").query().isVisible()).isFalse();
        LocalDateTime lost = LocalDateTime.of(2026, 11, 20, 10, 0);
        event(robot, null, lost);

        simulate(robot);

        dev.vigie.simulation.LossOutcome expected = coreSimulator(WHATSAPP, RetentionPresets
                .named("whatsapp-local-android").orElseThrow().rules()).loss(new LossEvent("l",
                lost.atZone(PARIS).toInstant()));
        Instant lastBackup = expected.lastBackupBefore().orElseThrow();
        // The demo phone backs up at 02:00 each night: that night's backup, eight hours of work before.
        assertThat(lastBackup.atZone(PARIS).toLocalDate()).isEqualTo(lost.toLocalDate());
        String backup = english().dateTime(lastBackup, PARIS);
        FxWaits.until("the verdict names the last backup before the loss", () -> label(robot, "#verdictLabel")
                .contains(backup));
        assertThat(label(robot, "#verdictLabel")).contains("restoring it loses "
                + english().duration(expected.exposure().orElseThrow()) + " of work");
        assertThat(expected.exposure().orElseThrow()).isBetween(Duration.ofHours(7), Duration.ofHours(8));
        assertThat(label(robot, "#stateBadge")).isEqualTo("Recoverable");
        assertThat(label(robot, "#verdictTitle")).startsWith("A device lost on");
    }

    @Test
    void badInputIsSaidUnderTheFormAndNothingElseChanges(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "custom");
        String before = label(robot, "#verdictLabel");
        robot.interact(() -> robot.lookup("#eventTime").queryAs(TextField.class).setText("25:99"));
        simulate(robot);
        assertThat(label(robot, "#problemLabel")).contains("'25:99'").contains("HH:mm");

        robot.interact(() -> {
            robot.lookup("#eventTime").queryAs(TextField.class).setText("10:00");
            for (String id : List.of("#keepLast", "#keepHourly", "#keepDaily", "#keepWeekly", "#keepMonthly",
                    "#keepYearly")) {
                robot.lookup(id).queryAs(javafx.scene.control.Spinner.class).getEditor().setText("0");
            }
        });
        simulate(robot);
        assertThat(label(robot, "#problemLabel")).contains("no rule");

        robot.interact(() -> {
            robot.lookup("#keepDaily").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("7");
            robot.lookup("#scheduleField").queryAs(TextField.class).setText("now and then");
        });
        simulate(robot);
        FxWaits.until("the schedule is refused", () -> label(robot, "#problemLabel").contains("now and then"));
        assertThat(label(robot, "#verdictLabel")).isEqualTo(before);
    }

    @Test
    void steppingThroughTimeShowsWhatEachRunKeepsAndRemoves(FxRobot robot) throws Exception {
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        event(robot, null, LocalDateTime.of(2026, 11, 20, 10, 0));
        simulate(robot);
        FxWaits.until("the simulation shows", () -> label(robot, "#verdictLabel").contains("restored until"));
        Slider slider = robot.lookup("#stepSlider").queryAs(Slider.class);
        LifetimeView view = controller.lifetimes();
        int all = view.shown();

        robot.interact(() -> {
            robot.lookup("#stepCheck").queryAs(CheckBox.class).setSelected(true);
            slider.setValue(slider.getMin());
        });
        String first = label(robot, "#stepCaption");
        int shownFirst = view.shown();
        robot.interact(() -> slider.setValue(slider.getMax()));
        String last = label(robot, "#stepCaption");
        int shownLast = view.shown();

        assertThat(first).startsWith("Run of ").contains("kept ").contains("removed ");
        assertThat(last).startsWith("Run of ").isNotEqualTo(first);
        assertThat(shownFirst).isLessThan(shownLast);
        assertThat(shownLast).isLessThanOrEqualTo(all);

        robot.interact(() -> robot.lookup("#stepCheck").queryAs(CheckBox.class).setSelected(false));
        assertThat(view.shown()).isEqualTo(all);
        assertThat(view.step()).isEqualTo(-1);
    }

    @Test
    void playingMovesTheSliderRunByRun(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "whatsapp-local-android");
        Slider slider = robot.lookup("#stepSlider").queryAs(Slider.class);
        FxWaits.until("the slider is ready", () -> !slider.isDisabled());
        double start = slider.getMin();
        robot.interact(() -> robot.lookup("#playButton").queryAs(ToggleButton.class).setSelected(true));
        FxWaits.until("the runs play", () -> slider.getValue() > start);
        robot.interact(() -> robot.lookup("#playButton").queryAs(ToggleButton.class).setSelected(false));
        assertThat(robot.lookup("#stepCheck").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    @Test
    void aCsvOfEventsFillsTheTableAndTheSummary(FxRobot robot) throws Exception {
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        Path csv = Files.createTempDirectory(temp, "csv").resolve("events.csv");
        Files.writeString(csv, """
                label,created,deleted,lost
                invoice,,2026-11-20T10:00,
                chat,2026-11-16T10:00,2026-11-17T10:00,
                phone,,,2026-11-20T10:00
                """);

        robot.interact(() -> controller.importEvents(csv));

        TableView<?> table = robot.lookup("#batchTable").queryTableView();
        FxWaits.until("the three events are answered", () -> table.getItems().size() == 3);
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo("invoice");
        assertThat(table.getColumns().get(1).getCellData(2)).isEqualTo("loss");
        assertThat(table.getColumns().get(3).getCellData(0)).isEqualTo("yes");
        assertThat(table.getColumns().get(3).getCellData(1)).isEqualTo("no");
        assertThat(label(robot, "#batchSummary")).startsWith("3 events: 2 recoverable now, 1 never captured, 0 lost");
        assertThat(robot.lookup("#batchProblem").query().isVisible()).isFalse();
    }

    @Test
    void aBadCsvNamesItsLineAndShowsNothing(FxRobot robot) throws Exception {
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        Path dir = Files.createTempDirectory(temp, "csv");
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "invoice,,2026-11-20T10:00\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "invoice,,2026-11-20T10:00\nchat,,2026-11-20T11:00\nphone,yesterday\n");
        TableView<?> table = robot.lookup("#batchTable").queryTableView();
        robot.interact(() -> controller.importEvents(good));
        FxWaits.until("the good file is answered", () -> table.getItems().size() == 1);

        robot.interact(() -> controller.importEvents(bad));

        FxWaits.until("the problem is shown", () -> robot.lookup("#batchProblem").query().isVisible());
        assertThat(label(robot, "#batchProblem")).contains("Line 3").contains("bad.csv").contains("'yesterday'");
        assertThat(table.getItems()).isEmpty();
        assertThat(label(robot, "#batchSummary")).isEmpty();
    }

    @Test
    void whatIfComparesTheCurrentPolicyWithAnAlternative(FxRobot robot) throws Exception {
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        robot.interact(() -> {
            ComboBox<dev.vigie.retention.RetentionPreset> preset = robot.lookup("#scenarioPreset").queryComboBox();
            preset.setValue(RetentionPresets.named("icloud").orElseThrow());
            robot.lookup("#scenarioSchedule").queryAs(TextField.class).setText("hourly");
            robot.lookup("#addScenarioButton").queryAs(Button.class).fire();
        });
        TableView<?> table = robot.lookup("#whatIfTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);

        robot.interact(controller::compare);

        FxWaits.until("the figures show", () -> !table.getColumns().get(1).getCellData(0).toString().isEmpty());
        SimulationSource source = workspace.simulationSource(WHATSAPP);
        Schedule schedule = source.schedule(Optional.empty(), PARIS);
        List<ScenarioOutcome> expected = WhatIf.compare(source.backups(), schedule, List.of(
                Scenario.asObserved("current", RetentionPolicies.atEveryRun(RetentionPresets
                        .named("whatsapp-local-android").orElseThrow().rules())),
                new Scenario("alt", Optional.of(Schedules.parse("hourly", PARIS, Optional.empty())),
                        RetentionPolicies.atEveryRun(RetentionRules.NONE.withLast(1)))),
                Duration.ofHours(24), NOW).outcomes();
        assertThat(table.getItems()).hasSize(2);
        for (int row = 0; row < 2; row++) {
            ScenarioOutcome o = expected.get(row);
            assertThat(table.getColumns().get(1).getCellData(row)).isEqualTo(String.valueOf(o.backups()));
            assertThat(table.getColumns().get(2).getCellData(row)).isEqualTo(english().duration(o.worstExposure()));
            assertThat(table.getColumns().get(3).getCellData(row)).isEqualTo(english().duration(o.meanExposure()));
        }
        assertThat(table.getColumns().get(0).getCellData(1).toString()).contains("iCloud").contains("hourly");
        assertThat(expected.get(1).backups()).isGreaterThan(expected.get(0).backups());
    }

    @Test
    void keptSnapshotsSayWhyEachIsKept(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "whatsapp-local-android");
        simulate(robot);
        TableView<?> table = robot.lookup("#keptTable").queryTableView();
        FxWaits.until("the kept snapshots show", () -> !table.getItems().isEmpty());

        assertThat(table.getColumns().get(2).getCellData(0)).isEqualTo("kept");
        assertThat(table.getColumns().get(3).getCellData(0).toString()).contains("last backup");
        assertThat(label(robot, "#keptPolicy")).contains("keep-last 1").contains("keep-within-daily 7d");
        assertThat(label(robot, "#keptSummary")).startsWith("Snapshots kept:");
    }

    @Test
    void theCustomFormShowsOnlyForCustomRules(FxRobot robot) throws Exception {
        open(robot, WHATSAPP, "icloud");
        assertThat(robot.lookup("#customPane").query().isVisible()).isFalse();
        assertThat(label(robot, "#presetExplanation")).contains("iCloud");
        robot.interact(() -> robot.lookup("#presetBox").queryComboBox()
                .getSelectionModel().select(RetentionPresets.all().size() - 1));
        assertThat(robot.lookup("#customPane").query().isVisible()).isTrue();
    }

    @Test
    void inFrenchTrainingModeAt1280x720TheBatchTablesKindsDatesAndDelaysAreWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.appearance().languageProperty().set(Preferences.Language.FRENCH);
            context.appearance().trainingProperty().set(true);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        SimulatorController controller = open(robot, WHATSAPP, "whatsapp-local-android");
        Path csv = Files.createTempDirectory(temp, "csv").resolve("events.csv");
        Files.writeString(csv, """
                label,created,deleted,lost
                facture du fournisseur de septembre,,2026-11-20T10:00,
                conversation avec le comptable,2026-11-16T10:00,2026-11-17T10:00,
                téléphone perdu au salon,,,2026-11-20T10:00
                """);
        robot.interact(() -> controller.importEvents(csv));
        TableView<?> table = robot.lookup("#batchTable").queryTableView();
        FxWaits.until("the three events are answered", () -> table.getItems().size() == 3);
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            // Kind, recoverable now, until and time left: never cut. The event, what was captured and the advice
            // may give way to their tooltips.
            List<?> whole = List.of(table.getColumns().get(1), table.getColumns().get(3), table.getColumns().get(4),
                    table.getColumns().get(5));
            cut.addAll(CutText.inTable(table, whole::contains));
        });
        assertThat(cut).isEmpty();
    }
}
