package dev.vigie.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.alert.Alert;
import dev.vigie.alert.AlertKind;
import dev.vigie.alert.AlertState;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desktop notification through its command boundary: which command, with which texts, and its failures. */
class DesktopSenderTest {

    private static final Alert DOWN = new Alert(AlertKind.PROBLEM, "nas", AlertState.DOWN,
            Optional.of(AlertState.UP), "Vigie: nas is down", "VIGIE CRITICAL - latest backup 2 days ago",
            List.of(), Instant.parse("2026-11-23T08:00:00Z"), Optional.empty());

    @Test
    void linuxUsesNotifySendWithTheTitleAndSummaryAsArgumentsAndCriticalUrgencyWhenDown() throws Exception {
        List<List<String>> ran = new ArrayList<>();
        new DesktopSender((command, env, input) -> {
            ran.add(command);
            return new CommandRunner.Result(0, "");
        }, "Linux").send(DOWN);

        assertThat(ran).containsExactly(List.of("notify-send", "--app-name=Vigie", "--icon=dialog-warning",
                "--urgency=critical", "--hint=string:desktop-entry:vigie-vigie", "Vigie: nas is down",
                "VIGIE CRITICAL - latest backup 2 days ago"));
    }

    @Test
    void macOsPassesTheTextsAsArgumentsOfAnOsascriptRunHandler() {
        List<String> command = DesktopSender.command(DOWN, "Mac OS X");
        assertThat(command.get(0)).isEqualTo("osascript");
        assertThat(command).endsWith("Vigie: nas is down", "VIGIE CRITICAL - latest backup 2 days ago");
        assertThat(String.join(" ", command)).doesNotContain("\"Vigie: nas");
    }

    @Test
    void windowsShowsAToastWhoseTextsComeFromTheEnvironmentNotTheScript() throws Exception {
        List<Map<String, String>> environments = new ArrayList<>();
        List<List<String>> ran = new ArrayList<>();
        new DesktopSender((command, env, input) -> {
            ran.add(command);
            environments.add(env);
            return new CommandRunner.Result(0, "");
        }, "Windows 11").send(DOWN);

        assertThat(ran.get(0).get(0)).isEqualTo("powershell.exe");
        assertThat(String.join(" ", ran.get(0))).contains("ToastNotificationManager").doesNotContain("nas is down");
        assertThat(environments.get(0)).containsEntry(DesktopSender.TITLE_VARIABLE, "Vigie: nas is down");
    }

    @Test
    void aCommandThatFailsOrIsMissingIsADeliveryFailureSayingWhich() {
        DesktopSender failing = new DesktopSender((command, env, input) ->
                new CommandRunner.Result(1, "GDBus.Error: no notification service"), "Linux");
        assertThatThrownBy(() -> failing.send(DOWN)).isInstanceOf(DeliveryFailure.class)
                .satisfies(e -> assertThat(((DeliveryFailure) e).args())
                        .containsExactly("notify-send", "GDBus.Error: no notification service"));

        DesktopSender missing = new DesktopSender((command, env, input) -> {
            throw new IOException("Cannot run program \"notify-send\": error=2, No such file or directory");
        }, "Linux");
        assertThatThrownBy(() -> missing.send(DOWN)).isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("error.alert.desktop");
    }

    @Test
    void theRealRunnerRunsAScriptAndReportsItsExitCodeAndOutput() throws Exception {
        CommandRunner.Result result = new ProcessCommandRunner().run(List.of("sh", "-c", "echo \"$VIGIE_TITLE\"; exit 3"),
                Map.of("VIGIE_TITLE", "Vigie: nas is down"), "");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).isEqualTo("Vigie: nas is down");
    }
}
