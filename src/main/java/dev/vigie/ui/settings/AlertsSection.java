package dev.vigie.ui.settings;

import dev.vigie.alert.Channel;
import dev.vigie.i18n.Messages;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.workspace.SourceSummary;
import dev.vigie.workspace.Workspace;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Settings view's alerts: the switch "Check my backups every hour, even when Vigie is closed", the channels with
 * Test and Remove (each Test says delivered or why not, beside its channel), "Add a channel…", and the last alerts.
 */
final class AlertsSection {

    private final UiContext context;
    private final AlertsViewModel model;
    private final Workspace workspace;
    private final CheckBox watchBox = new CheckBox();
    private final Label watchText = muted();
    private final VBox channelRows = new VBox(8);
    private final VBox recentRows = new VBox(4);
    private List<String> sources = List.of();
    private boolean showingWatch;

    AlertsSection(UiContext context, AlertsViewModel model, Workspace workspace) {
        this.context = context;
        this.model = model;
        this.workspace = workspace;
    }

    /** Fills {@code host} with the section and reads its state off the FX thread. */
    void build(VBox host) {
        Label title = new Label(context.i18n().get("settings.alerts"));
        title.getStyleClass().add("title-3");
        watchBox.setText(context.i18n().get("settings.watch.toggle"));
        watchBox.setMnemonicParsing(true);
        watchBox.setId("watch-toggle");
        watchBox.setWrapText(true);
        watchBox.selectedProperty().addListener((obs, old, on) -> {
            if (!showingWatch) {
                setWatch(on);
            }
        });
        Label channelsTitle = new Label(context.i18n().get("settings.alerts.channels"));
        channelsTitle.getStyleClass().add("text-bold");
        Button add = new Button(context.i18n().get("settings.alerts.add"));
        add.setMnemonicParsing(true);
        add.setId("add-channel");
        add.setOnAction(e -> addChannel());
        Label recentTitle = new Label(context.i18n().get("settings.alerts.recent"));
        recentTitle.getStyleClass().add("text-bold");
        Label hint = muted();
        hint.setText(context.i18n().get("settings.alerts.hint"));
        host.setSpacing(8);
        host.getChildren().setAll(title, watchBox, watchText, hint, channelsTitle, channelRows, add, recentTitle,
                recentRows);
        refresh();
    }

    private record State(List<Channel> channels, List<String> recent, AlertsViewModel.WatchState watch,
                         List<String> sources) {
    }

    private void refresh() {
        Messages m = context.i18n().messages();
        context.tasks().create(() -> new State(model.channels(), model.recent(m), model.watchState(m),
                        workspace.sources().stream().map(SourceSummary::source).map(s -> s.name()).toList()))
                .onSuccess(this::show)
                .onError(e -> watchText.setText(ErrorDialog.describe(e, context.i18n())))
                .start();
    }

    private void refreshRecent() {
        Messages m = context.i18n().messages();
        context.tasks().create(() -> model.recent(m)).onSuccess(this::showRecent)
                .onError(e -> watchText.setText(ErrorDialog.describe(e, context.i18n()))).start();
    }

    private void show(State state) {
        showWatch(state.watch());
        sources = state.sources();
        channelRows.getChildren().clear();
        if (state.channels().isEmpty()) {
            Label none = muted();
            none.setText(context.i18n().get("settings.alerts.none"));
            channelRows.getChildren().add(none);
        }
        for (Channel channel : state.channels()) {
            channelRows.getChildren().add(row(channel));
        }
        showRecent(state.recent());
    }

    private void showRecent(List<String> recent) {
        recentRows.getChildren().clear();
        if (recent.isEmpty()) {
            Label none = muted();
            none.setText(context.i18n().get("settings.alerts.recent.none"));
            recentRows.getChildren().add(none);
        }
        for (String line : recent) {
            Label label = new Label(line);
            label.setWrapText(true);
            recentRows.getChildren().add(label);
        }
    }

    private void showWatch(AlertsViewModel.WatchState state) {
        showingWatch = true;
        watchBox.setSelected(state.installed());
        showingWatch = false;
        watchText.setText(state.text());
    }

    private VBox row(Channel channel) {
        Label name = new Label(channel.name());
        name.getStyleClass().add("text-bold");
        name.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        Label what = muted();
        what.setText(AlertsViewModel.describe(channel, context.i18n().messages()));
        HBox.setHgrow(what, Priority.ALWAYS);
        Label result = new Label();
        result.setWrapText(true);
        result.setId("test-result-" + channel.name());
        Button test = new Button(context.i18n().get("settings.alerts.test"));
        test.setId("test-" + channel.name());
        test.setOnAction(e -> {
            test.setDisable(true);
            result.setText(context.i18n().get("settings.alerts.test.sending"));
            context.tasks().create(() -> model.test(channel.name(), context.i18n().messages()))
                    .onSuccess(text -> {
                        result.setText(text);
                        test.setDisable(false);
                        // Only the list of last alerts: rebuilding the rows would wipe this answer.
                        refreshRecent();
                    })
                    .onError(error -> {
                        result.setText(ErrorDialog.describe(error, context.i18n()));
                        test.setDisable(false);
                    }).start();
        });
        Button remove = new Button(context.i18n().get("settings.alerts.remove"));
        remove.setId("remove-" + channel.name());
        remove.setOnAction(e -> remove(channel.name()));
        HBox top = new HBox(10, name, what);
        HBox buttons = new HBox(8, test, remove, result);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, top, buttons);
    }

    private void addChannel() {
        new AddChannelDialog(window(), context.i18n(), sources).showAndWait().ifPresent(form ->
                context.tasks().create(() -> model.add(form))
                        .onSuccess(channel -> refresh())
                        .onError(e -> ErrorDialog.show(window(), context.i18n(),
                                context.i18n().get("settings.alerts.add.failed"), e))
                        .start());
    }

    private void remove(String name) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, context.i18n().get("settings.alerts.remove.confirm",
                name), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        context.tasks().create(() -> model.remove(name)).onSuccess(removed -> refresh())
                .onError(e -> ErrorDialog.show(window(), context.i18n(), context.i18n().get("settings.alerts.remove"),
                        e)).start();
    }

    private void setWatch(boolean on) {
        watchBox.setDisable(true);
        watchText.setText(context.i18n().get(on ? "settings.watch.installing" : "settings.watch.removing"));
        context.tasks().create(() -> model.setWatch(on, context.i18n().messages()))
                .onSuccess(state -> {
                    showWatch(state);
                    watchBox.setDisable(false);
                })
                .onError(e -> {
                    watchText.setText(ErrorDialog.describe(e, context.i18n()));
                    showingWatch = true;
                    watchBox.setSelected(!on);
                    showingWatch = false;
                    watchBox.setDisable(false);
                }).start();
    }

    private Window window() {
        return watchBox.getScene() == null ? null : watchBox.getScene().getWindow();
    }

    private static Label muted() {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
