package dev.vigie.ui.settings;

import dev.vigie.notify.CommandRunner;
import dev.vigie.notify.Notifier;
import dev.vigie.notify.ProcessCommandRunner;
import dev.vigie.notify.WatchScheduler;
import dev.vigie.release.ReleaseInfo;
import dev.vigie.source.drive.DriveAccount;
import dev.vigie.source.drive.DriveEndpoint;
import dev.vigie.source.drive.DriveStatus;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.workspace.Workspace;
import java.awt.Desktop;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings: language (applies at once), theme, training mode, where Vigie keeps its data, Google Drive, and alerts
 * (the hourly watch, the channels, the last alerts sent).
 */
public final class SettingsController {

    private final UiContext context;
    private final Workspace workspace;

    @FXML
    private ComboBox<Preferences.Language> languageBox;
    @FXML
    private RadioButton lightTheme;
    @FXML
    private RadioButton darkTheme;
    @FXML
    private CheckBox trainingBox;
    @FXML
    private Label dataDirLabel;
    @FXML
    private Label driveStatusLabel;
    @FXML
    private Button driveImportButton;
    @FXML
    private Button driveConnectButton;
    /** The sign-in waiting for the browser, if one is; the Connect button cancels it. */
    private javafx.concurrent.Task<?> connecting;
    @FXML
    private Button driveDisconnectButton;

    @FXML
    private VBox alertsBox;

    public SettingsController(UiContext context, Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @FXML
    private void initialize() {
        Appearance appearance = context.appearance();
        languageBox.getItems().setAll(Preferences.Language.values());
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preferences.Language language) {
                return language == null ? "" : context.i18n().get("settings.language." + language.name().toLowerCase(
                        java.util.Locale.ROOT));
            }

            @Override
            public Preferences.Language fromString(String s) {
                return null;
            }
        });
        languageBox.setValue(appearance.languageProperty().get());
        // Changing the language rebuilds the window's views, this one included: set it last, from the box.
        languageBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                appearance.languageProperty().set(now);
            }
        });

        showTheme(appearance.themeProperty().get());
        appearance.themeProperty().addListener((obs, old, now) -> showTheme(now));
        lightTheme.setOnAction(e -> appearance.themeProperty().set(Preferences.Theme.LIGHT));
        darkTheme.setOnAction(e -> appearance.themeProperty().set(Preferences.Theme.DARK));

        trainingBox.selectedProperty().bindBidirectional(appearance.trainingProperty());

        dataDirLabel.setText(context.dataDir().toString());
        showDrive();
        new AlertsSection(context, alertsModel(), workspace).build(alertsBox);
    }

    /** Alerts and the watch on this machine: its commands, its operating system, this user's home. */
    private AlertsViewModel alertsModel() {
        CommandRunner commands = new ProcessCommandRunner();
        String os = System.getProperty("os.name", "");
        return new AlertsViewModel(workspace.alerts(new Notifier(commands, os, ReleaseInfo.version())),
                workspace.watch(new WatchScheduler(commands, os, Path.of(System.getProperty("user.home", ".")),
                        System.getenv())), context.dataDir(), os, context.clock(), context.zone());
    }

    private DriveAccount driveAccount() {
        return new DriveAccount(DriveEndpoint.of(context.dataDir(), System.getenv(), Optional.empty()));
    }

    /** Reads the stored connection (no request to Google) and shows it. */
    private void showDrive() {
        context.tasks().create(() -> driveAccount().status())
                .onSuccess(this::showDrive)
                .onError(e -> driveStatusLabel.setText(ErrorDialog.describe(e, context.i18n())))
                .start();
    }

    private void showDrive(DriveStatus status) {
        String text = status.connected()
                ? context.i18n().get("settings.drive.connected", status.account().orElse("?"))
                : context.i18n().get(status.clientImported() ? "settings.drive.clientOnly" : "settings.drive.none");
        driveStatusLabel.setText(text);
        driveConnectButton.setDisable(!status.clientImported());
        driveDisconnectButton.setDisable(!status.connected());
    }

    /** "Import client JSON…": the Desktop app OAuth client the owner downloaded from the Google Cloud console. */
    @FXML
    private void importDriveClient() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.i18n().get("settings.drive.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(window());
        if (file == null) {
            return;
        }
        context.tasks().create(() -> {
            driveAccount().importClient(file.toPath());
            return driveAccount().status();
        }).onSuccess(this::showDrive).onError(e -> fail("settings.drive.fail.import", e)).start();
    }

    /**
     * "Connect": Google's consent page in the browser; the wait for it runs off the FX thread, at most
     * {@link DriveAccount#CONSENT_WAIT}, and the same button cancels it meanwhile.
     */
    @FXML
    private void connectDrive() {
        if (connecting != null) {
            connecting.cancel();
            return;
        }
        String connectText = driveConnectButton.getText();
        driveConnectButton.setText(context.i18n().get("settings.drive.cancelConnect"));
        Runnable done = () -> {
            connecting = null;
            driveConnectButton.setText(connectText);
        };
        connecting = context.tasks().create(() -> {
            driveAccount().connect(url -> {
                Platform.runLater(() -> driveStatusLabel.setText(context.i18n().get("settings.drive.waiting", url)));
                browse(url);
            }, DriveAccount.CONSENT_WAIT, () -> Thread.currentThread().isInterrupted());
            return driveAccount().status();
        }).onSuccess(status -> {
            done.run();
            showDrive(status);
        }).onError(e -> {
            done.run();
            if (!(e instanceof dev.vigie.backup.ScanCancelledException)) {
                fail("settings.drive.fail.connect", e);
            }
            showDrive();
        }).onCancelled(() -> {
            done.run();
            showDrive();
        }).start();
    }

    /** "Disconnect": revokes the token at Google and deletes it here. */
    @FXML
    private void disconnectDrive() {
        context.tasks().create(() -> {
            driveAccount().disconnect();
            return driveAccount().status();
        }).onSuccess(this::showDrive).onError(e -> fail("settings.drive.fail.disconnect", e)).start();
    }

    private static void browse(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
            }
        } catch (Exception e) {
            // The address is shown in the window: the user opens it by hand.
        }
    }

    private void fail(String titleKey, Throwable e) {
        ErrorDialog.show(window(), context.i18n(), context.i18n().get(titleKey), e);
    }

    private Window window() {
        return dataDirLabel.getScene() == null ? null : dataDirLabel.getScene().getWindow();
    }

    private void showTheme(Preferences.Theme theme) {
        (theme == Preferences.Theme.DARK ? darkTheme : lightTheme).setSelected(true);
    }
}
