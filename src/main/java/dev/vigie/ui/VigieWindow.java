package dev.vigie.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.vigie.i18n.Formats;
import dev.vigie.ui.checklist.ChecklistController;
import dev.vigie.ui.checklist.ChecklistViewModel;
import dev.vigie.ui.audit.AuditController;
import dev.vigie.ui.consent.ConsentController;
import dev.vigie.ui.consent.ConsentViewModel;
import dev.vigie.ui.common.AppIcon;
import dev.vigie.ui.common.DialogFit;
import dev.vigie.ui.common.KeepsForm;
import dev.vigie.ui.common.ProcessAge;
import dev.vigie.ui.dashboard.DashboardController;
import dev.vigie.ui.dashboard.DashboardViewModel;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.settings.SettingsController;
import dev.vigie.ui.shell.ShellController;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.ui.shell.View;
import dev.vigie.ui.simulator.SimulatorController;
import dev.vigie.ui.sources.SourcesController;
import dev.vigie.ui.sources.SourcesViewModel;
import dev.vigie.ui.timeline.TimelineController;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Vigie's main window, built over a {@link UiContext}: the shell and its views from FXML (controllers get their
 * services by constructor), the theme, the remembered size and place, and a rebuild when the language changes.
 */
public final class VigieWindow {

    private static final Logger LOG = Logger.getLogger(VigieWindow.class.getName());
    private static final String STYLESHEET = "/dev/vigie/ui/vigie.css";

    private final UiContext context;
    private final StatusModel status = new StatusModel();
    private final Workspace workspace;
    private final SourcesViewModel sources;
    private final DashboardViewModel dashboard;
    private final ConsentViewModel consent;
    private final ObjectProperty<String> timelineSource = new SimpleObjectProperty<>();
    private Stage stage;
    private ShellController shell;

    public VigieWindow(UiContext context) {
        this.context = context;
        this.workspace = new Workspace(context.dataDir(), context.scanner(), context.clock(), Workspace.osUser());
        this.sources = new SourcesViewModel(context, workspace, status);
        this.dashboard = new DashboardViewModel(context, workspace, status);
        this.consent = new ConsentViewModel(context, workspace.ledger(), status);
    }

    public void show(Stage stage) {
        this.stage = stage;
        applyTheme(context.appearance().themeProperty().get());
        context.appearance().themeProperty().addListener((obs, old, now) -> applyTheme(now));
        speakJavaFxWordsIn(context.i18n().locale());
        context.appearance().languageProperty().addListener((obs, old, now) -> {
            context.i18n().setLocale(now.locale(context.systemLocale()));
            speakJavaFxWordsIn(context.i18n().locale());
            rebuild();
        });
        status.say(context.i18n().get("status.ready"));
        sources.load(); // on a worker, while this thread builds the views

        Scene scene = new Scene(loadShell());
        scene.getStylesheets().add(VigieWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        DialogFit.watch(stage, scene.getStylesheets().get(0));
        stage.setTitle("Vigie");
        AppIcon.addTo(stage);
        restoreBounds(stage);
        stage.setOnHidden(e -> saveBounds());
        stage.show();
        logWhenUsable();
    }

    /**
     * JavaFX words its own buttons and menus (OK, Cancel, Close in dialogs; Cut, Copy, Paste in a field's menu) in the
     * JVM's default language, read each time a dialog is made: Vigie's language, not the system's, else a French
     * Vigie on an English system said "Cancel". The system's language stays in {@link UiContext#systemLocale()}.
     */
    private static void speakJavaFxWordsIn(Locale locale) {
        Locale.setDefault(locale);
    }

    /** Start-up time as the user feels it: from the process's start to the window showing its sources. */
    private void logWhenUsable() {
        // The wall clock too, so that a benchmark can measure from its own launch of the process.
        Runnable log = () -> {
            ProcessAge.now().ifPresent(age -> LOG.info(() -> "window usable " + age.toMillis()
                    + " ms after launch, at " + System.currentTimeMillis() + " ms since the epoch"));
            // Off the FX thread, once the window shows: the first date or number formatted in a language loads its
            // locale data, which made the first table a scan filled freeze the window tens of milliseconds more.
            // (Only plain Java here: a table laid out off the FX thread broke JavaFX's shared text measurement.)
            context.tasks().create(() -> {
                formatSamples();
                return null;
            }).start();
        };
        if (sources.loadedProperty().get()) {
            log.run();
        } else {
            sources.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                                    Boolean is) {
                    if (is) {
                        obs.removeListener(this);
                        log.run();
                    }
                }
            });
        }
    }

    /** One of each text the tables format, for the warm-up: what they show first then finds its locale data. */
    private void formatSamples() {
        Formats formats = context.i18n().formats();
        Instant now = context.clock().instant();
        formats.dateTime(now, context.zone());
        formats.date(now.atZone(context.zone()).toLocalDate());
        formats.age(now.minus(Duration.ofHours(30)), now);
        formats.size(123_456_789L);
        formats.duration(Duration.ofMinutes(90));
        formats.backupName("backup-2026-11-01.tar", now, context.zone(), Optional.empty());
        context.i18n().get("column.present.yes");
    }

    public ShellController shell() {
        return shell;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public ConsentViewModel consent() {
        return consent;
    }

    public StatusModel status() {
        return status;
    }

    /** Views are built with their language's texts: a new language builds them again, on the same view. */
    private void rebuild() {
        View current = shell.current();
        // Forms keep what the user typed or chose: taken from the old views, given to the new ones.
        Map<View, Map<String, Object>> forms = new EnumMap<>(View.class);
        shell.loadedControllers().forEach((view, controller) -> {
            if (controller instanceof KeepsForm keeps) {
                forms.put(view, keeps.form());
            }
        });
        // The last message was said in the old language: the bar starts afresh in the new one.
        status.say(context.i18n().get("status.ready"));
        stage.getScene().setRoot(loadShell());
        forms.forEach((view, values) -> ((KeepsForm) shell.controller(view)).restoreForm(values));
        shell.show(current);
    }

    private Parent loadShell() {
        FXMLLoader loader = loader("/dev/vigie/ui/shell/shell.fxml");
        try {
            Parent root = loader.load();
            shell = loader.getController();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window", e);
        }
    }

    private FXMLLoader loader(String fxml) {
        FXMLLoader loader = new FXMLLoader(VigieWindow.class.getResource(fxml), context.i18n().bundle());
        loader.setControllerFactory(type -> {
            if (type == ShellController.class) {
                return new ShellController(context, status, this::loadView);
            }
            if (type == SourcesController.class) {
                return new SourcesController(context, sources, () -> shell.show(View.DASHBOARD));
            }
            if (type == DashboardController.class) {
                return new DashboardController(context, dashboard, name -> {
                    timelineSource.set(name);
                    shell.show(View.TIMELINE);
                }, name -> shell.open(View.SOURCES, SourcesController.class, sources -> sources.editSettings(name)));
            }
            if (type == TimelineController.class) {
                return new TimelineController(context, workspace, timelineSource);
            }
            if (type == SimulatorController.class) {
                return new SimulatorController(context, workspace, ask -> shell.open(View.CHECKLIST,
                        ChecklistController.class, checklist -> checklist.prefill(ask)));
            }
            if (type == ChecklistController.class) {
                return new ChecklistController(context, new ChecklistViewModel(context, workspace), workspace.drills());
            }
            if (type == ConsentController.class) {
                return new ConsentController(context, consent, workspace);
            }
            if (type == AuditController.class) {
                return new AuditController(context, workspace.ledger(), status);
            }
            if (type == SettingsController.class) {
                return new SettingsController(context, workspace);
            }
            throw new IllegalArgumentException("no controller factory for " + type);
        });
        return loader;
    }

    private ShellController.Loaded loadView(View view) {
        FXMLLoader loader = loader(view.fxml());
        try {
            return new ShellController.Loaded(loader.load(), loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + view.fxml(), e);
        }
    }

    private static void applyTheme(Preferences.Theme theme) {
        // The themes' binary form: parsing their 170 KB of CSS text cost every start about a tenth of a second.
        Application.setUserAgentStylesheet(theme == Preferences.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    private void restoreBounds(Stage stage) {
        var bounds = context.preferences().window();
        if (bounds.isPresent() && onSomeScreen(bounds.get())) {
            var b = bounds.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            stage.setWidth(1240);
            stage.setHeight(760);
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    /** A window remembered on a screen since unplugged would open out of reach: then it opens centred. */
    private static boolean onSomeScreen(Preferences.WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height()))
                .isEmpty();
    }

    private void saveBounds() {
        context.preferences().setWindow(new Preferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        context.tasks().create(() -> {
            context.preferences().save();
            return null;
        }).onError(e -> LOG.log(Level.WARNING, "cannot save the window settings", e)).start();
    }
}
