package dev.vigie.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.release.ReleaseInfo;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help → About Vigie, in a real (headless) window: the version, the bundled libraries, Vigie's icon. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    @TempDir
    static Path temp;

    private Stage stage;
    private UiContext context;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Path dataDir = Files.createTempDirectory(temp, "data");
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC),
                ZoneId.of("Europe/Paris"), Locale.ENGLISH, new LocalScanner(), new BackgroundTasks(),
                new I18n(Locale.ENGLISH), preferences, new Appearance(preferences));
        new VigieWindow(context).show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(stage::close);
        context.tasks().close();
    }

    @Test
    void theWindowCarriesVigiesIconInSeveralSizes() {
        assertThat(stage.getIcons()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(stage.getIcons()).allSatisfy(image -> assertThat(image.isError()).isFalse());
        assertThat(stage.getIcons().get(0).getWidth()).isEqualTo(16);
    }

    @Test
    void helpAboutShowsTheVersionAndTheBundledLibrariesUnderVigiesIcon(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        MenuItem about = help.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("About")).findFirst()
                .orElseThrow();
        robot.interact(about::fire);

        Stage dialog = (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElseThrow(() -> new AssertionError("no About dialog"));
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("About Vigie");
        assertThat(((Label) pane.lookup("#about-content .label")).getText())
                .startsWith("Vigie " + ReleaseInfo.version() + "\n");
        assertThat(dialog.getTitle()).isEqualTo("About Vigie");
        TextArea notices = (TextArea) pane.lookup("#about-notices");
        assertThat(notices.getText()).contains("javafx-controls", "sqlite-jdbc", "picocli");
        assertThat(dialog.getIcons()).containsExactlyElementsOf(stage.getIcons());
    }
}
