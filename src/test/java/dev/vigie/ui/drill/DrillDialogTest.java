package dev.vigie.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillOutcome;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.CutText;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The Drill button of a dashboard card, over the demo, as a trainer clicks it in class. */
@ExtendWith(ApplicationExtension.class)
class DrillDialogTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path temp;

    private Path dataDir;
    private UiContext context;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        dataDir = Files.createTempDirectory(temp, "data");
        new Workspace(dataDir, new LocalScanner()).openDemo(NOW, PARIS, ScanProgress.NONE);
        stage = new Stage();
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH,
                new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
        new VigieWindow(context).show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .toList().forEach(Stage::close));
        context.tasks().close();
    }

    @Test
    void trainingChecklistRunAsADrillRecordsPracticeFromStartToSignOff(FxRobot robot) throws Exception {
        robot.clickOn("#nav-checklist");
        javafx.scene.control.ComboBox<String> sources = robot.lookup("#sourceBox").queryComboBox();
        FxWaits.until("the demo sources are listed", () -> sources.getItems().contains("whatsapp-business"));
        robot.interact(() -> {
            robot.lookup("#scenarioBox").<dev.vigie.checklist.ChecklistScenario>queryComboBox()
                    .setValue(dev.vigie.checklist.ChecklistScenario.TRAINING);
            sources.setValue("whatsapp-business");
        });
        robot.interact(() -> robot.lookup("#writeButton").queryAs(Button.class).fire());
        FxWaits.until("the drill bar offers a start", () -> robot.lookup("#startDrillButton").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#startDrillButton").queryAs(Button.class).fire());
        FxWaits.until("the drill is started", () -> robot.lookup("#drillStarted").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#drillOutcome").<DrillOutcome>queryComboBox().setValue(DrillOutcome.PARTLY);
            robot.lookup("#drillNotes").queryAs(javafx.scene.control.TextField.class).setText("chiffrement oublié");
            robot.lookup("#performedField").queryAs(javafx.scene.control.TextField.class).setText("Alice Martin");
            robot.lookup("#checkedField").queryAs(javafx.scene.control.TextField.class).setText("Bruno Petit");
            robot.lookup("#signOffButton").queryAs(Button.class).fire();
        });
        FxWaits.until("the sign-off is shown", () -> robot.lookup("#signed-0").tryQuery().isPresent());

        List<Drill> drills = new Workspace(dataDir, new LocalScanner()).drills().list("whatsapp-business");
        assertThat(drills).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(dev.vigie.drill.DrillKind.HANDS_ON);
            assertThat(d.practice()).isTrue();
            assertThat(d.outcome()).isEqualTo(DrillOutcome.PARTLY);
            assertThat(d.notes()).isEqualTo("chiffrement oublié");
            assertThat(d.actor()).isEqualTo("Alice Martin");
        });
        FxWaits.until("the bar says no drill runs any more",
                () -> robot.lookup("#drillStarted").tryQuery().isEmpty());
    }

    @Test
    void drillButtonRestoresTheNewestBackupRecordsItAndTheCardSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dashboard");
        FxWaits.until("the nas card is shown", () -> robot.lookup("#drill-nas").tryQuery().isPresent());
        assertThat(robot.lookup("#drill-line-nas").queryAs(Label.class).getText()).isEqualTo("No restore test yet");

        robot.interact(() -> robot.lookup("#drill-nas").queryAs(Button.class).fire());
        FxWaits.until("the drill is over", () -> robot.lookup("#drill-close").tryQuery()
                .map(b -> !((Button) b).isDisabled()).orElse(false));

        String result = robot.lookup("#drill-result").queryAs(Label.class).getText();
        assertThat(result).contains("Drill of nas", "Restored and checked", "Practice on the demo");
        List<Drill> drills = new Workspace(dataDir, new LocalScanner()).drills().list("nas");
        assertThat(drills).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(DrillOutcome.RESTORED);
            assertThat(d.practice()).isTrue();
        });
        robot.interact(() -> robot.lookup("#drill-close").queryAs(Button.class).fire());
        FxWaits.until("the card shows the drill", () -> robot.lookup("#drill-line-nas").tryQuery()
                .map(l -> ((Label) l).getText().startsWith("Last drill (practice)")).orElse(false));

        // Sources lists the source's drills.
        robot.clickOn("#nav-sources");
        javafx.scene.control.ListView<dev.vigie.workspace.SourceSummary> list = robot.lookup("#sourcesList")
                .queryListView();
        FxWaits.until("the sources are listed", () -> list.getItems().stream()
                .anyMatch(s -> s.source().name().equals("nas")));
        robot.interact(() -> list.getItems().stream().filter(s -> s.source().name().equals("nas")).findFirst()
                .ifPresent(s -> list.getSelectionModel().select(s)));
        robot.interact(() -> robot.lookup("#drillsButton").queryAs(Button.class).fire());
        FxWaits.until("the drills are listed", () -> robot.lookup("#drillsTable").tryQuery()
                .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().size() == 1).orElse(false));
    }

    @Test
    void inFrenchTrainingModeTheDrillsListShowsWhenWhatAndHowLongWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.appearance().languageProperty().set(Preferences.Language.FRENCH);
            context.appearance().trainingProperty().set(true);
        });
        robot.clickOn("#nav-dashboard");
        FxWaits.until("the nas card is shown", () -> robot.lookup("#drill-nas").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#drill-nas").queryAs(Button.class).fire());
        FxWaits.until("the drill is over", () -> robot.lookup("#drill-close").tryQuery()
                .map(b -> !((Button) b).isDisabled()).orElse(false));
        robot.interact(() -> robot.lookup("#drill-close").queryAs(Button.class).fire());

        robot.interact(() -> SourceDrillsDialog.open(stage, context, "nas"));
        FxWaits.until("the drill is listed", () -> robot.lookup("#drillsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        TableView<?> table = robot.lookup("#drillsTable").queryTableView();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            // Every column but the backup's name, which gives way to its tooltip.
            List<?> whole = table.getColumns().subList(0, table.getColumns().size() - 1);
            cut.addAll(CutText.inTable(table, whole::contains));
        });
        assertThat(cut).isEmpty();
    }
}
