package dev.vigie.ui;

import dev.vigie.source.local.LocalScanner;
import dev.vigie.store.DataDirectory;
import dev.vigie.ui.common.AppLog;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads the settings off the FX thread, then opens {@link VigieWindow}. */
public final class VigieApp extends Application {

    private UiContext context;

    /** Opens the window and returns when it is closed. */
    public static void open(String[] args) {
        Application.launch(VigieApp.class, args);
    }

    /** Runs on the launcher thread, before the FX thread starts: the place for start-up file reads. */
    @Override
    public void init() {
        Path dataDir = DataDirectory.resolve(Optional.empty(), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
        AppLog.install(dataDir);
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                Logger.getLogger(VigieApp.class.getName()).log(Level.SEVERE, "uncaught in " + t.getName(), e));
        Preferences preferences = Preferences.load(dataDir);
        Locale system = Locale.getDefault();
        context = new UiContext(dataDir, Clock.systemUTC(), ZoneId.systemDefault(), system, new LocalScanner(),
                new BackgroundTasks(), new I18n(preferences.language().locale(system)), preferences,
                new Appearance(preferences));
    }

    @Override
    public void start(Stage stage) {
        new VigieWindow(context).show(stage);
    }

    @Override
    public void stop() {
        context.tasks().close();
    }
}
