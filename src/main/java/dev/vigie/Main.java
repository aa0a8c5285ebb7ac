package dev.vigie;

import dev.vigie.cli.Cli;
import dev.vigie.cli.CliContext;
import dev.vigie.i18n.Messages;
import dev.vigie.store.SqliteNativeFolder;
import dev.vigie.ui.VigieApp;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Vigie's entry point: no arguments opens the window, arguments run the command line. */
public final class Main {

    private Main() {
    }

    /**
     * Whether a window can open: on Linux and the BSDs an X11 or Wayland display must be named; Windows and macOS
     * always have one for a logged-in user.
     */
    static boolean hasDisplay(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    public static void main(String[] args) {
        SqliteNativeFolder.useUserCache();
        if (args.length == 0) {
            if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""))) {
                // JavaFX would die with a stack trace; one line says why and what works instead.
                new PrintStream(System.err, true, StandardCharsets.UTF_8)
                        .println(Messages.of(Locale.getDefault()).get("error.noDisplay"));
                System.exit(2);
            }
            VigieApp.open(args);
            return;
        }
        System.exit(Cli.run(CliContext.system(), args));
    }
}
