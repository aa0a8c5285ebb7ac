package dev.vigie.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.source.local.LocalScanner;
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
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Dashboard on the demo: a headline, each card's worst finding in words, badge and border of one colour. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path temp;

    private UiContext context;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Path dataDir = Files.createTempDirectory(temp, "data");
        new Workspace(dataDir, new LocalScanner()).openDemo(NOW, PARIS, ScanProgress.NONE);
        Preferences preferences = Preferences.load(dataDir);
        preferences.setLastView("dashboard");
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH,
                new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
        new VigieWindow(context).show(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
    }

    @Test
    void theHeadlineCountsTheSourcesThatNeedTheUserAndEachCardSaysWhy(FxRobot robot) throws Exception {
        FxWaits.until("the three cards show", () -> robot.lookup(".source-card").queryAll().size() == 3);
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        long needing = robot.lookup(".source-card").queryAll().stream()
                .filter(c -> c.getStyleClass().contains("level-warning") || c.getStyleClass().contains("level-critical"))
                .count();
        assertThat(needing).as("the demo iPhone carries a warning").isPositive();
        assertThat(headline.getText()).isEqualTo(needing == 1 ? "1 source needs you" : needing + " sources need you");

        for (Node card : robot.lookup(".source-card").queryAll()) {
            String name = card.getId().substring("card-".length());
            Label badge = robot.from(card).lookup("#badge-" + name).queryAs(Label.class);
            if (card.getStyleClass().contains("level-warning")) {
                assertThat(badge.getStyleClass()).as("badge and border agree on " + name).contains("state-late");
                Label worst = robot.from(card).lookup("#worst-" + name).queryAs(Label.class);
                assertThat(worst.getText()).isNotBlank().doesNotContain("!finding");
            } else if (card.getStyleClass().contains("level-ok")) {
                assertThat(badge.getStyleClass()).as(name).doesNotContain("state-late", "state-down");
            }
            assertThat(robot.from(card).lookup("#verified-" + name).queryAs(Label.class).getText())
                    .startsWith("Verified ").contains("quick check");
        }
    }

    @Test
    void aGuessedScheduleOffersItsFixTheSourcesSettings(FxRobot robot) throws Exception {
        FxWaits.until("the NAS card shows", () -> robot.lookup("#schedule-nas").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#schedule-nas").queryButton().fire());

        FxWaits.until("the NAS's settings open", () -> robot.lookup("#settings-schedule-kind").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-sources").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.interact(() -> robot.lookup("#settings-schedule-kind").query().getScene().getWindow().hide());
    }

    @Test
    void theThreeTwoOnePanelNamesNoBackupFile(FxRobot robot) throws Exception {
        FxWaits.until("the 3-2-1 panel shows", () -> robot.lookup("#rulePane").query().isVisible());
        VBox rule = robot.lookup("#rulePane").queryAs(VBox.class);
        assertThat(rule.getChildren()).map(n -> ((Label) n).getText())
                .noneMatch(t -> t.contains(".zip") || t.contains(".crypt"))
                .anyMatch(t -> t.startsWith("Judged on the backup of "));
    }
}
