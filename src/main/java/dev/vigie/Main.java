package dev.vigie;

import dev.vigie.cli.Cli;
import dev.vigie.cli.CliContext;
import dev.vigie.store.SqliteNativeFolder;
import dev.vigie.ui.VigieApp;

/** Vigie's entry point: no arguments opens the window, arguments run the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        SqliteNativeFolder.useUserCache();
        if (args.length == 0) {
            VigieApp.open(args);
            return;
        }
        System.exit(Cli.run(CliContext.system(), args));
    }
}
