package dev.vigie.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.vigie.alert.Channel;
import dev.vigie.alert.ChannelTarget;
import dev.vigie.alert.Minimum;
import dev.vigie.notify.CommandRunner;
import dev.vigie.notify.Notifier;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.Alerts;
import dev.vigie.workspace.Workspace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
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

/** The Settings view's alerts section in a real (headless) window: Test feedback per channel, the watch switch. */
@ExtendWith(ApplicationExtension.class)
class AlertsSectionTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    static Path temp;

    private Stage stage;
    private UiContext context;
    private HttpServer http;
    private final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage primary) throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 204 : 500, -1);
            exchange.close();
        });
        http.start();
        Path dataDir = Files.createTempDirectory(temp, "data");
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH),
                Preferences.load(dataDir), null);
        Workspace workspace = new Workspace(dataDir, context.scanner());
        // This session has no user systemd: systemctl --user fails, as on this machine.
        CommandRunner runner = (command, env, input) -> {
            commands.add(command);
            return new CommandRunner.Result(1, "Failed to connect to bus");
        };
        Alerts alerts = workspace.alerts(new Notifier(runner, "Linux", "test"));
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        alerts.add(new Channel("team", new ChannelTarget.Webhook(base + "/ok", ChannelTarget.WebhookFormat.JSON),
                Set.of(), Minimum.WARNING), Optional.empty());
        alerts.add(new Channel("broken", new ChannelTarget.Webhook(base + "/fails",
                ChannelTarget.WebhookFormat.JSON), Set.of(), Minimum.WARNING), Optional.empty());
        AlertsViewModel model = new AlertsViewModel(alerts, workspace.watch(new WatchScheduler(runner, "Linux",
                dataDir.resolve("home"), Map.of())), dataDir, "Linux", context.clock(), context.zone());
        VBox host = new VBox();
        new AlertsSection(context, model, workspace).build(host);
        stage = new Stage();
        stage.setScene(new Scene(host, 900, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        context.tasks().close();
        http.stop(0);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void eachTestButtonSaysBesideItsChannelWhetherTheMessageWasDeliveredAndTheLastAlertsListIt(FxRobot robot)
            throws Exception {
        FxWaits.until("the channels show", () -> robot.lookup("#test-team").tryQuery().isPresent());

        robot.clickOn("#test-team");
        FxWaits.until("team's test is answered", () -> text(robot, "#test-result-team").equals("Delivered."));
        robot.clickOn("#test-broken");
        FxWaits.until("broken's test is answered", () -> text(robot, "#test-result-broken").startsWith("Not"));

        assertThat(text(robot, "#test-result-broken")).contains("answered HTTP 500");
        assertThat(text(robot, "#test-result-team")).isEqualTo("Delivered.");
        FxWaits.until("the last alerts list both tests", () -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("test message")).count() == 2);
    }

    @Test
    void theWatchSwitchWithoutUserSystemdStaysOffAndGivesTheCrontabLine(FxRobot robot) throws Exception {
        FxWaits.until("the switch shows", () -> robot.lookup("#watch-toggle").tryQuery().isPresent());
        CheckBox toggle = robot.lookup("#watch-toggle").queryAs(CheckBox.class);

        robot.clickOn(toggle);

        FxWaits.until("the answer shows", () -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Nothing was installed")));
        assertThat(toggle.isSelected()).isFalse();
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("0 * * * * '") && l.getText().contains("'--alert' # vigie watch")))
                .isTrue();
        assertThat(commands).contains(List.of("systemctl", "--user", "show-environment"));
    }
}
