package dev.vigie.ui.timeline;

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
import dev.vigie.ui.shell.View;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Timeline on the demo: flagged backups in red whatever the layout, and a tooltip on every mark. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path temp;

    private Stage stage;
    private UiContext context;
    private Workspace workspace;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Path dataDir = Files.createTempDirectory(temp, "data");
        workspace = new Workspace(dataDir, new LocalScanner());
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH, new LocalScanner(),
                new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences, new Appearance(preferences));
        VigieWindow window = new VigieWindow(context);
        window.show(stage);
        window.shell().show(View.TIMELINE);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
    }

    @Test
    void theUnencryptedIphoneBackupIsFlaggedAndItsTooltipSaysWhy(FxRobot robot) throws Exception {
        TimelineView view = show(robot, "iphone");
        Instant made = workspace.history("iphone").get(0).backup().time();
        double x = view.scale().x(made.toEpochMilli());

        var hover = view.hoverAt(x + 2, 40).orElseThrow();
        assertThat(hover).isEqualTo(new TimelineView.Hover.Backup(made.toEpochMilli(), true));
        String tip = view.tooltipAt(x + 2, 40);
        assertThat(tip).startsWith("Backup of ").contains("32 files").contains("Still on the source.")
                .contains("Finding: ").contains("not encrypted");
        assertThat(view.tooltipAt(x + 40, 40)).as("nothing under the pointer away from the mark").isEmpty();
    }

    @Test
    void expectedRunsAndGapsHaveTheirTooltipsAndTheStripTakesTheHeightItHas(FxRobot robot) throws Exception {
        TimelineView view = show(robot, "nas");
        double laneBottom = view.getHeight() - TimeAxis.height(TimeAxis.FONT_SIZE) - 16;
        boolean slotSaid = false;
        for (double x = 0; x < view.getWidth() && !slotSaid; x += 1) {
            slotSaid = view.tooltipAt(x, laneBottom + 8).startsWith("Expected run at ");
        }
        assertThat(slotSaid).as("some expected run has a tooltip").isTrue();
        assertThat(view.getHeight()).as("more than the old 300 px cap in a 900 px window").isGreaterThan(300);
    }

    private TimelineView show(FxRobot robot, String source) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#sourceBox").queryAs(ComboBox.class);
        FxWaits.until("the sources are listed", () -> box.getItems().contains(source));
        robot.interact(() -> box.setValue(source));
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        int count = workspace.history(source).size();
        FxWaits.until(source + "'s timeline shows", () -> summary.getText().startsWith(count + " backup"));
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }
}
