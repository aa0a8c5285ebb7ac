package dev.vigie.notify;

import dev.vigie.alert.Alert;
import dev.vigie.alert.AlertKind;
import dev.vigie.alert.AlertState;
import dev.vigie.io.Reasons;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A notification of the operating system, through its own command: {@code notify-send} (the freedesktop
 * notification service) on Linux, {@code osascript} (Notification Center) on macOS, a PowerShell toast on Windows.
 * The texts travel as arguments or environment variables, never inside a script, so nothing needs quoting.
 */
final class DesktopSender {

    static final String TITLE_VARIABLE = "VIGIE_TITLE";
    static final String BODY_VARIABLE = "VIGIE_BODY";
    /**
     * The installed menu entry's name (jpackage's "package-launcher", installer/linux/vigie.desktop): a notification
     * that names it is Vigie's, and a click on it opens Vigie, or brings its window forward (the entry's
     * StartupWMClass is the window's class).
     */
    static final String DESKTOP_ENTRY = "vigie-vigie";

    private static final String WINDOWS_TOAST = String.join("; ",
            "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime]"
                    + " > $null",
            "$t = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent("
                    + "[Windows.UI.Notifications.ToastTemplateType]::ToastText02)",
            "$x = $t.GetElementsByTagName('text')",
            "$x.Item(0).AppendChild($t.CreateTextNode($env:" + TITLE_VARIABLE + ")) > $null",
            "$x.Item(1).AppendChild($t.CreateTextNode($env:" + BODY_VARIABLE + ")) > $null",
            "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('Vigie').Show("
                    + "[Windows.UI.Notifications.ToastNotification]::new($t))");

    private final CommandRunner runner;
    private final String osName;

    DesktopSender(CommandRunner runner, String osName) {
        this.runner = runner;
        this.osName = osName;
    }

    void send(Alert alert) throws DeliveryFailure {
        List<String> command = command(alert, osName);
        CommandRunner.Result result;
        try {
            result = runner.run(command, Map.of(TITLE_VARIABLE, alert.title(), BODY_VARIABLE, Texts.body(alert)), "");
        } catch (IOException e) {
            throw new DeliveryFailure(e, "error.alert.desktop", command.get(0), Reasons.of(e));
        }
        if (!result.ok()) {
            throw new DeliveryFailure("error.alert.desktop", command.get(0),
                    result.output().isBlank() ? "exit " + result.exitCode() : result.output());
        }
    }

    /** The command for this operating system; pure, for the tests of every system on any. */
    static List<String> command(Alert alert, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        String body = Texts.body(alert).strip();
        if (os.contains("mac") || os.contains("darwin")) {
            return List.of("osascript", "-e", "on run argv", "-e",
                    "display notification (item 2 of argv) with title (item 1 of argv)", "-e", "end run",
                    alert.title(), body);
        }
        if (os.contains("win")) {
            return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", WINDOWS_TOAST);
        }
        boolean urgent = alert.kind() == AlertKind.PROBLEM
                && (alert.state() == AlertState.DOWN || alert.state() == AlertState.NEW_OVERDUE);
        return List.of("notify-send", "--app-name=Vigie", "--icon=dialog-warning",
                "--urgency=" + (urgent ? "critical" : "normal"), "--hint=string:desktop-entry:" + DESKTOP_ENTRY,
                alert.title(), body);
    }
}
