package dev.vigie.ui.common;

import dev.vigie.io.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The window's log: {@code logs/vigie-N.log} in the data directory, rotated at 1 MB, five files kept. */
public final class AppLog {

    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 5;

    private AppLog() {
    }

    /** Sends Vigie's log records to the rotated files; returns the folder. Never fails the start-up. */
    public static Path install(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler handler = new FileHandler(logs.resolve("vigie-%g.log").toString(), LIMIT_BYTES, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger vigie = Logger.getLogger("dev.vigie");
            vigie.addHandler(handler);
            vigie.setLevel(Level.INFO);
            OwnerOnly.tighten(logs); // the handler made its files under the umask
        } catch (IOException | SecurityException e) {
            Logger.getLogger(AppLog.class.getName()).log(Level.WARNING, "cannot write logs to " + logs, e);
        }
        return logs;
    }
}
