package dev.vigie.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.source.local.LocalScanner;
import dev.vigie.source.tool.TestRepositories;
import dev.vigie.source.tool.TestRepositories.Restic;
import dev.vigie.source.tool.ToolVersions;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.SourceSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Add a restic or borg repository…" clicked through in a real (headless) window, on a repository restic made. */
@ExtendWith(ApplicationExtension.class)
class AddRepositoryWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    static Path temp;

    private UiContext context;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Path dataDir = Files.createTempDirectory(temp, "data");
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
    void theTestButtonSaysWhatTheRepositoryHoldsAndOkAddsIt(FxRobot robot) throws Exception {
        TestRepositories.assumeInstalled(ToolVersions.RESTIC);
        Path dir = Files.createTempDirectory(temp, "repo");
        Path password = TestRepositories.passwordFile(dir, TestRepositories.PASSWORD);
        Path data = TestRepositories.data(dir, "data", "invoices");
        Restic repo = Restic.init(dir.resolve("restic"), password)
                .backup(data, Instant.parse("2026-11-19T01:00:00Z"), "nas")
                .backup(data, Instant.parse("2026-11-20T01:00:00Z"), "nas");
        FxWaits.until("the welcome pane shows", () -> robot.lookup("#welcomeAddRepository").query().isVisible());

        robot.clickOn("#welcomeAddRepository");
        FxWaits.until("the dialog opens", () -> robot.lookup("#add-repo-location").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#add-repo-location").queryAs(TextField.class).setText(repo.repo().toString());
            robot.lookup("#add-repo-password-file").queryAs(TextField.class).setText(password.toString());
            robot.lookup("#add-repo-name").queryAs(TextField.class).setText("office-nas");
        });
        robot.clickOn("#add-repo-test");
        Label result = robot.lookup("#add-repo-result").queryAs(Label.class);
        FxWaits.until("the test's result shows", () -> result.getText().contains("found"));
        assertThat(result.getText()).startsWith("2 backups found");
        robot.clickOn("OK");

        ListView<SourceSummary> list = robot.lookup("#sourcesList").queryListView();
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        FxWaits.until("the repository is listed after its scan",
                () -> list.getItems().size() == 1 && list.getItems().get(0).lastScan().isPresent());
        FxWaits.until("its two snapshots show", () -> table.getItems().size() == 2);
        assertThat(list.getItems().get(0).source().location()).isEqualTo("restic:" + repo.repo());
    }
}
