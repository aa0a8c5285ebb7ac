package dev.vigie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.Dialogs;
import dev.vigie.testing.CutText;
import dev.vigie.testing.FxWaits;
import dev.vigie.testing.TreeBuilder;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.shell.View;
import dev.vigie.workspace.SourceSummary;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
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

/** The main flows a user clicks through, in a real (headless) window over an empty data folder. */
@ExtendWith(ApplicationExtension.class)
class VigieWindowTest {

    private static final Locale SYSTEM = Locale.getDefault();

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    static Path temp;

    private VigieWindow window;
    private UiContext context;
    private Path dataDir;
    private Stage stage;

    /** Each test gets a window of its own over a data folder of its own, as at a first launch. */
    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        dataDir = Files.createTempDirectory(temp, "data");
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
        window = new VigieWindow(context);
        window.show(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
        Locale.setDefault(SYSTEM); // the window set JavaFX's language to its own: the next tests start as the JVM did
    }


    @Test
    void anEmptyDataFolderOpensOnTheWelcomePane(FxRobot robot) throws Exception {
        FxWaits.until("the welcome pane shows", () -> robot.lookup("#welcomePane").query().isVisible());
        assertThat(stage.getTitle()).isEqualTo("Vigie");
        assertThat(robot.lookup("#mainPane").query().isVisible()).isFalse();
    }

    @Test
    void underTheWelcomeTheSourcesPaneIsLaidOutWithItsTableRowsReadyWithoutShowing(FxRobot robot) throws Exception {
        // So that the first folder added shows a pane already laid out, instead of laying it out during its scan.
        Node main = robot.lookup("#mainPane").query();
        // Read on the FX thread, between the rehearsal's turns (in each, the pane shows for the turn's length only).
        FxWaits.until("the sources pane is laid out under the welcome", () -> WaitForAsyncUtils.asyncFx(() ->
                main.getLayoutBounds().getWidth() > 0
                        && !robot.from(main).lookup(".table-row-cell").queryAll().isEmpty()).get());
        robot.interact(() -> {
            assertThat(main.isVisible()).isFalse();
            assertThat(main.isManaged()).isFalse();
            assertThat(robot.lookup("#welcomePane").query().isVisible()).isTrue();
            assertThat(robot.lookup("#sourcesList").queryListView().getItems()).isEmpty();
            assertThat(robot.lookup("#backupsTable").queryTableView().getItems()).isEmpty();
            assertThat(window.sources().selectedProperty().get()).as("the sample source selected").isNull();
        });
    }

    @Test
    void theDemoWorkspaceShowsItsSourcesAndTheirBackups(FxRobot robot) throws Exception {
        FxWaits.until("the welcome pane shows", () -> robot.lookup("#welcomeDemo").query().isVisible());
        robot.clickOn("#welcomeDemo");

        FxWaits.until("the demo lands on the Dashboard",
                () -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#nav-sources");
        ListView<SourceSummary> list = robot.lookup("#sourcesList").queryListView();
        FxWaits.until("the three demo sources are listed", () -> list.getItems().size() == 3);
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        FxWaits.until("the selected source's backups show", () -> !table.getItems().isEmpty());
        assertThat(list.getItems()).extracting(s -> s.source().name())
                .containsExactlyInAnyOrder("whatsapp-business", "iphone", "nas");
        assertThat(list.getItems()).allSatisfy(s -> assertThat(s.lastScan()).isPresent());
        assertThat(robot.lookup("#welcomePane").query().isVisible()).isFalse();

        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(s -> s.source().name().equals("nas")).findFirst().orElseThrow()));
        FxWaits.until("the NAS's eight weekly archives show", () -> table.getItems().size() == 8);
    }

    @Test
    void aFolderAddedThroughTheDialogsActionIsScannedAndListed(FxRobot robot) throws Exception {
        Path nas = TreeBuilder.in(temp.resolve("nas-" + System.nanoTime()))
                .file("sauvegarde-2026-11-15.zip", 100, Instant.parse("2026-11-15T02:00:00Z"))
                .file("sauvegarde-2026-11-08.zip", 100, Instant.parse("2026-11-08T02:00:00Z"))
                .build();

        robot.interact(() -> window.sources().add("NAS bureau", nas, Optional.empty()));

        ListView<SourceSummary> list = robot.lookup("#sourcesList").queryListView();
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        FxWaits.until("the new source is listed after its scan",
                () -> list.getItems().size() == 1 && list.getItems().get(0).lastScan().isPresent());
        FxWaits.until("its two backups show", () -> table.getItems().size() == 2);
        assertThat(list.getItems().get(0).source().location()).isEqualTo(nas.toString());
        assertThat(robot.lookup("#selectedTitle").queryAs(Label.class).getText()).isEqualTo("NAS bureau");
    }

    @Test
    void aLongPathWrapsInTheSourcesListInsteadOfScrollingItSideways(FxRobot robot) throws Exception {
        Path deep = temp.resolve("long-" + System.nanoTime());
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve("a-folder-with-a-rather-long-name-" + i);
        }
        Path nas = TreeBuilder.in(deep)
                .file("sauvegarde-2026-11-15.zip", 100, Instant.parse("2026-11-15T02:00:00Z"))
                .build();
        robot.interact(() -> window.sources().add("nas", nas, Optional.empty()));
        ListView<SourceSummary> list = robot.lookup("#sourcesList").queryListView();
        FxWaits.until("the source is listed after its scan",
                () -> list.getItems().size() == 1 && list.getItems().get(0).lastScan().isPresent());

        robot.interact(() -> {
            Label path = robot.from(list).lookup((Label l) -> nas.toString().equals(l.getText())).query();
            assertThat(path.getHeight()).as("the path's height: wrapped over several lines")
                    .isGreaterThan(2.5 * path.getFont().getSize());
            assertThat(path.localToScene(path.getLayoutBounds()).getMaxX())
                    .isLessThanOrEqualTo(list.localToScene(list.getLayoutBounds()).getMaxX());
            assertThat(robot.from(list).lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                    .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        });
    }

    @Test
    void inFrenchTrainingModeAt1280x720NoBackupCellIsCutShort(FxRobot robot) throws Exception {
        Path nas = TreeBuilder.in(temp.resolve("nas-" + System.nanoTime()))
                .file("sauvegarde-hebdomadaire-2026-11-15.zip", 3_400, Instant.parse("2026-11-15T02:00:00Z"))
                .file("sauvegarde-hebdomadaire-2026-11-08.zip", 3_400, Instant.parse("2026-11-08T02:00:00Z"))
                .build();
        robot.interact(() -> {
            context.appearance().languageProperty().set(Preferences.Language.FRENCH);
            context.appearance().trainingProperty().set(true);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.interact(() -> window.sources().add("NAS", nas, Optional.empty()));
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        FxWaits.until("the two backups show", () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(CutText.under(table)));
        assertThat(cut).as("cells and headers drawn with an ellipsis").isEmpty();
    }

    @Test
    void aFolderRegisteredASecondTimeIsAddedWithAWarningThatItsBackupsCountTwice(FxRobot robot) throws Exception {
        Path nas = TreeBuilder.in(temp.resolve("twice-" + System.nanoTime()))
                .file("sauvegarde-2026-11-15.zip", 100, Instant.parse("2026-11-15T02:00:00Z"))
                .build();
        robot.interact(() -> window.sources().add("nas", nas, Optional.empty()));
        ListView<SourceSummary> list = robot.lookup("#sourcesList").queryListView();
        FxWaits.until("the first is listed", () -> list.getItems().size() == 1);
        assertThat(Dialogs.showing("This folder was already watched")).isEmpty();

        robot.interact(() -> window.sources().add("nas-again", nas.resolve("."), Optional.empty()));

        FxWaits.until("both are listed", () -> list.getItems().size() == 2);
        FxWaits.until("a warning says so", () -> !Dialogs.showing("This folder was already watched").isEmpty());
        assertThat(Dialogs.showing("This folder was already watched").get(0).getContentText()).contains(nas.toString(), "also registered as nas",
                "count twice");
        robot.interact(() -> Dialogs.showing("This folder was already watched").forEach(p ->
                ((javafx.scene.control.Button) p.lookupButton(javafx.scene.control.ButtonType.OK)).fire()));
    }

    @Test
    void showingTheViewAlreadyShownLeavesItInPlace(FxRobot robot) throws Exception {
        FxWaits.until("the welcome pane shows", () -> robot.lookup("#welcomePane").query().isVisible());
        javafx.scene.layout.Pane content = robot.lookup(".content").queryAs(javafx.scene.layout.Pane.class);
        java.util.List<String> changes = new java.util.ArrayList<>();
        robot.interact(() -> content.getChildren().addListener(
                (javafx.collections.ListChangeListener<Node>) c -> changes.add(c.toString())));
        View shown = window.shell().current();

        robot.interact(() -> window.shell().show(shown));
        assertThat(changes).as("the view taken out and put in again (laid out and redrawn whole)").isEmpty();

        robot.interact(() -> window.shell().show(shown == View.DASHBOARD ? View.SOURCES : View.DASHBOARD));
        assertThat(changes).hasSize(1);
    }

    @Test
    void switchingToFrenchRewordsTheWindowAtOnce(FxRobot robot) throws Exception {
        FxWaits.until("the welcome pane shows", () -> robot.lookup("#welcomePane").query().isVisible());
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("S_ettings");
        robot.interact(() -> window.status().say("Scanned nas: 3 backups, no warning."));

        robot.interact(() -> context.appearance().languageProperty().set(Preferences.Language.FRENCH));

        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .as("no English left in the status bar").isEqualTo("Prêt.");

        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("_Paramètres");
        FxWaits.until("the welcome pane shows in French", () -> robot.lookup("#welcomePane").query().isVisible());
        Node title = robot.lookup(".welcome .title-1").query();
        assertThat(((Label) title).getText()).isEqualTo("Bienvenue dans Vigie");
        assertThat(context.preferences().language()).isEqualTo(Preferences.Language.FRENCH);
        // JavaFX's own words too: a dialog's Cancel button is not left in English (the system's language here).
        AtomicReference<String> cancel = new AtomicReference<>();
        robot.interact(() -> cancel.set(((Button) new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION).getDialogPane()
                .lookupButton(javafx.scene.control.ButtonType.CANCEL)).getText()));
        assertThat(cancel.get()).isEqualTo("Annuler");
    }

    @Test
    void cancellingAScanStopsItAndRecordsNothing(FxRobot robot) throws Exception {
        TreeBuilder tree = TreeBuilder.in(temp.resolve("big-" + System.nanoTime()));
        for (int i = 0; i < 60_000; i++) {
            tree.file("d" + (i % 200) + "/f" + i, 0, NOW.minusSeconds(3600));
        }
        Path big = tree.build();
        Workspace workspace = new Workspace(dataDir, new LocalScanner());
        workspace.add("big", big, Optional.empty());

        AtomicReference<Task<?>> scan = new AtomicReference<>();
        javafx.scene.layout.Region bar = robot.lookup(".status-bar").queryAs(javafx.scene.layout.Region.class);
        double idleHeight = bar.getHeight();
        java.util.List<Double> busyHeights = new java.util.ArrayList<>();
        robot.interact(() -> {
            Task<?> task = window.sources().scan("big");
            // Cancel at the first count of files the window shows with its Cancel button, as a user would.
            task.messageProperty().addListener((obs, old, now) -> {
                Button cancel = robot.lookup("#cancelButton").queryButton();
                if (now.contains("files seen") && cancel.isVisible() && busyHeights.isEmpty()) {
                    bar.getScene().getRoot().layout();
                    busyHeights.add(bar.getHeight());
                    cancel.fire();
                }
            });
            scan.set(task);
        });

        FxWaits.until("the scan ends", () -> scan.get().isDone());
        assertThat(scan.get().isCancelled()).isTrue();
        FxWaits.until("the status says so", () -> robot.lookup("#statusLabel").queryAs(Label.class).getText()
                .contains("cancelled"));
        assertThat(workspace.latestScan("big")).isEmpty();
        assertThat(robot.lookup("#cancelButton").query().isVisible()).isFalse();
        // The bar keeps its height with and without its Cancel button: the window above it is not laid out again.
        assertThat(idleHeight).isPositive();
        assertThat(busyHeights).isNotEmpty().allMatch(h -> h == idleHeight);
        robot.interact(() -> bar.getScene().getRoot().layout());
        assertThat(bar.getHeight()).isEqualTo(idleHeight);
    }

    @Test
    void theDashboardShowsEachSourcesStateAndTheThreeTwoOneRule(FxRobot robot) throws Exception {
        new Workspace(dataDir, new LocalScanner()).openDemo(NOW, ZoneId.of("Europe/Paris"),
                dev.vigie.backup.ScanProgress.NONE);

        robot.clickOn("#nav-dashboard");

        FxWaits.until("a card per demo source", () -> robot.lookup(".source-card").queryAll().size() == 3);
        for (String name : new String[] {"whatsapp-business", "nas"}) {
            Node card = robot.lookup("#card-" + name).query();
            Label badge = robot.from(card).lookup(".state-badge").queryAs(Label.class);
            assertThat(badge.getText()).as(name).isEqualTo("UP");
        }
        // The demo iPhone backup is up but not encrypted: a warning, on its card's border and badge alike.
        assertThat(robot.lookup("#card-iphone").query().getStyleClass()).contains("level-warning");
        Node iphoneCard = robot.lookup("#card-iphone").query();
        Label iphone = robot.from(iphoneCard).lookup(".state-badge").queryAs(Label.class);
        assertThat(iphone.getText()).isEqualTo("TO CHECK");
        assertThat(iphone.getStyleClass()).contains("state-late");
        FxWaits.until("the 3-2-1 rule shows", () -> robot.lookup(".rule-pane").query().isVisible());
        assertThat(robot.lookup(".rule-pane .danger").queryAll()).isNotEmpty();
    }

    @Test
    void aCardsTimelineButtonOpensThatSourcesTimeline(FxRobot robot) throws Exception {
        new Workspace(dataDir, new LocalScanner()).openDemo(NOW, ZoneId.of("Europe/Paris"),
                dev.vigie.backup.ScanProgress.NONE);
        robot.clickOn("#nav-dashboard");
        FxWaits.until("the NAS card shows", () -> robot.lookup("#card-nas").tryQuery().isPresent());

        Node nasCard = robot.lookup("#card-nas").query();
        robot.interact(() -> robot.from(nasCard).lookup(".button")
                .queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("Timeline")).findFirst().orElseThrow().fire());

        FxWaits.until("the timeline of the NAS shows its eight archives", () -> robot.lookup("#summaryLabel")
                .tryQuery().map(n -> ((Label) n).getText().startsWith("8 backups")).orElse(false));
        assertThat(robot.lookup("#nav-timeline").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#timeline").query().getAccessibleText()).startsWith("8 backups");
    }

    @Test
    void theWindowRemembersItsViewAndPlace(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(600);
            stage.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The file appears whole or not at all (written aside, then moved): once there, it is complete.
        FxWaits.until("the settings are saved", () -> Files.exists(dataDir.resolve(Preferences.FILE_NAME)));

        Preferences again = Preferences.load(dataDir);
        assertThat(again.lastView()).contains("settings");
        assertThat(again.window()).hasValueSatisfying(b -> {
            assertThat(b.width()).isEqualTo(900);
            assertThat(b.x()).isEqualTo(40);
        });
    }
}
