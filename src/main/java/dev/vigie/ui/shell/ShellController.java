package dev.vigie.ui.shell;

import dev.vigie.ui.UiContext;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.sources.SourcesController;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's frame: menu, sidebar, the current view, the status bar, training mode and theme. */
public final class ShellController {

    /** Loads a view's FXML with its controller; called once per view per language. */
    public interface ViewFactory {
        Loaded load(View view);
    }

    /** A loaded view: its node and its controller. */
    public record Loaded(Node node, Object controller) {
    }

    private final UiContext context;
    private final StatusModel status;
    private final ViewFactory views;
    private final Map<View, Loaded> loaded = new EnumMap<>(View.class);
    private final Map<View, ToggleButton> navButtons = new EnumMap<>(View.class);
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML
    private BorderPane root;
    @FXML
    private VBox sidebar;
    @FXML
    private StackPane content;
    @FXML
    private Menu viewMenu;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private CheckMenuItem trainingItem;
    @FXML
    private Label trainingBanner;
    @FXML
    private Label statusLabel;
    @FXML
    private Label progressLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private HBox busyBox;
    @FXML
    private Button cancelButton;

    public ShellController(UiContext context, StatusModel status, ViewFactory views) {
        this.context = context;
        this.status = status;
        this.views = views;
    }

    @FXML
    private void initialize() {
        int n = 1;
        for (View view : View.values()) {
            String label = context.i18n().get(view.labelKey());
            ToggleButton button = new ToggleButton(label, new FontIcon(view.icon()));
            button.setMnemonicParsing(true);
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + view.id());
            button.setTooltip(new Tooltip(label.replace("_", "") + " (" + shortcut(n).getDisplayText() + ")"));
            button.setOnAction(e -> show(view));
            navButtons.put(view, button);
            sidebar.getChildren().add(button);
            MenuItem item = new MenuItem(label);
            item.setMnemonicParsing(true);
            item.setAccelerator(shortcut(n++));
            item.setOnAction(e -> show(view));
            viewMenu.getItems().add(item);
        }
        // A toggle group lets the last pressed button be unpressed; the current view must stay marked.
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        statusLabel.textProperty().bind(status.messageProperty());
        status.runningProperty().addListener((obs, old, task) -> showRunning(task));
        showRunning(status.runningProperty().get());

        var appearance = context.appearance();
        darkThemeItem.setSelected(appearance.themeProperty().get() == Preferences.Theme.DARK);
        appearance.themeProperty().addListener((obs, old, now) ->
                darkThemeItem.setSelected(now == Preferences.Theme.DARK));
        trainingItem.selectedProperty().bindBidirectional(appearance.trainingProperty());
        showTraining(appearance.trainingProperty().get());
        appearance.trainingProperty().addListener((obs, old, now) -> showTraining(now));
        show(context.preferences().lastView().flatMap(View::fromId).orElse(View.SOURCES));
    }

    private static KeyCombination shortcut(int n) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n), KeyCombination.SHORTCUT_DOWN);
    }

    /** Shows a view, loading it the first time; remembered as the last view. */
    public void show(View view) {
        Loaded l = loaded.computeIfAbsent(view, views::load);
        // The view already shown stays in place: put in again, it was laid out and redrawn whole for nothing.
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != l.node()) {
            content.getChildren().setAll(l.node());
        }
        navButtons.get(view).setSelected(true);
        context.preferences().setLastView(view.id());
    }

    /**
     * Shows a view and hands its controller what to show: how one view opens another with parameters.
     *
     * @param type the view's controller class
     */
    public <C> void open(View view, Class<C> type, Consumer<C> with) {
        show(view);
        with.accept(type.cast(controller(view)));
    }

    public View current() {
        return context.preferences().lastView().flatMap(View::fromId).orElse(View.SOURCES);
    }

    /** The controllers of the views loaded so far, in the sidebar's order. */
    public Map<View, Object> loadedControllers() {
        Map<View, Object> controllers = new EnumMap<>(View.class);
        loaded.forEach((view, l) -> controllers.put(view, l.controller()));
        return controllers;
    }

    /** The controller of a view, loading the view if it was not yet shown. */
    public Object controller(View view) {
        return loaded.computeIfAbsent(view, views::load).controller();
    }

    private void showRunning(Task<?> task) {
        boolean busy = task != null;
        progressBar.setVisible(busy);
        cancelButton.setVisible(busy);
        busyBox.setPrefWidth(busy ? Region.USE_COMPUTED_SIZE : 0);
        busyBox.setMinWidth(busy ? Region.USE_COMPUTED_SIZE : 0);
        progressLabel.textProperty().unbind();
        progressBar.progressProperty().unbind();
        if (busy) {
            progressLabel.textProperty().bind(task.messageProperty());
            progressBar.progressProperty().bind(task.progressProperty());
        } else {
            progressLabel.setText("");
        }
    }

    private void showTraining(boolean on) {
        trainingBanner.setVisible(on);
        trainingBanner.setManaged(on);
        if (on) {
            if (!root.getStyleClass().contains("training")) {
                root.getStyleClass().add("training");
            }
        } else {
            root.getStyleClass().remove("training");
        }
    }

    @FXML
    private void addFolder() {
        show(View.SOURCES);
        ((SourcesController) controller(View.SOURCES)).addFolder();
    }

    @FXML
    private void exploreDemo() {
        show(View.SOURCES);
        ((SourcesController) controller(View.SOURCES)).exploreDemo();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void toggleTheme() {
        context.appearance().themeProperty().set(darkThemeItem.isSelected()
                ? Preferences.Theme.DARK : Preferences.Theme.LIGHT);
    }

    @FXML
    private void cancelRunning() {
        status.cancelRunning();
    }

    @FXML
    private void showLogsFolder() {
        info(context.i18n().get("ui.logs.title"),
                context.i18n().get("ui.logs.text", context.dataDir().resolve("logs").toString()));
    }

    @FXML
    private void about() {
        AboutDialog.create(root.getScene().getWindow(), context.i18n(), context.dataDir()).show();
    }

    @FXML
    private void shortcuts() {
        HelpDialogs.shortcuts(root.getScene().getWindow(), context.i18n()).show();
    }

    @FXML
    private void gettingStarted() {
        HelpDialogs.gettingStarted(root.getScene().getWindow(), context.i18n()).show();
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    /** For the window and for tests: the root node. */
    public BorderPane root() {
        return root;
    }
}
