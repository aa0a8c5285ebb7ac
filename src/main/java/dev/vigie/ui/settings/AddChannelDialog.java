package dev.vigie.ui.settings;

import dev.vigie.alert.ChannelKind;
import dev.vigie.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** "Add a channel…": the kind first, then only the fields that kind needs. Checked by Vigie when OK is pressed. */
final class AddChannelDialog extends Dialog<AlertsViewModel.Form> {

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final List<Node[]> emailRows = new ArrayList<>();
    private final List<Node[]> urlRows = new ArrayList<>();
    private final List<Node[]> webhookRows = new ArrayList<>();
    private final List<Node[]> pingRows = new ArrayList<>();
    private int rows;

    AddChannelDialog(Window owner, I18n i18n, List<String> sources) {
        this.i18n = i18n;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("settings.alerts.add.title"));
        setHeaderText(i18n.get("settings.alerts.add.header"));
        grid.setHgap(12);
        grid.setVgap(10);

        ComboBox<ChannelKind> kind = new ComboBox<>();
        kind.getItems().setAll(ChannelKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChannelKind k) {
                return k == null ? "" : i18n.get("settings.alerts.kind." + k.id());
            }

            @Override
            public ChannelKind fromString(String s) {
                return null;
            }
        });
        kind.setValue(ChannelKind.EMAIL);
        kind.setId("channel-kind");
        row("settings.alerts.field.kind", kind, null);
        TextField name = field("channel-name");
        row("settings.alerts.field.name", name, null);

        TextField to = field("channel-to");
        row("settings.alerts.field.to", to, emailRows);
        TextField host = field("channel-host");
        row("settings.alerts.field.host", host, emailRows);
        TextField port = field("channel-port");
        port.setPromptText(i18n.get("settings.alerts.field.port.prompt"));
        row("settings.alerts.field.port", port, emailRows);
        ComboBox<String> security = new ComboBox<>();
        security.getItems().setAll("starttls", "tls", "none");
        security.setValue("starttls");
        row("settings.alerts.field.security", security, emailRows);
        TextField user = field("channel-user");
        row("settings.alerts.field.user", user, emailRows);
        PasswordField password = new PasswordField();
        password.setId("channel-password");
        row("settings.alerts.field.password", password, emailRows);

        TextField url = field("channel-url");
        url.setPromptText("https://");
        row("settings.alerts.field.url", url, urlRows);
        ComboBox<String> format = new ComboBox<>();
        format.getItems().setAll("json", "slack", "ntfy");
        format.setValue("json");
        row("settings.alerts.field.format", format, webhookRows);
        ComboBox<String> source = new ComboBox<>();
        source.getItems().setAll(sources);
        if (!sources.isEmpty()) {
            source.setValue(sources.get(0));
        }
        row("settings.alerts.field.source", source, pingRows);

        kind.valueProperty().addListener((obs, old, now) -> show(now));
        show(kind.getValue());

        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setOnShown(e -> name.requestFocus());
        setResultConverter(button -> button == ButtonType.OK
                ? new AlertsViewModel.Form(kind.getValue(), name.getText(), to.getText(), host.getText(),
                        port.getText(), security.getValue(), user.getText(), password.getText(), url.getText(),
                        format.getValue(), kind.getValue() == ChannelKind.PING ? source.getValue() : "")
                : null);
    }

    private TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(26);
        return field;
    }

    private void row(String labelKey, Node field, List<Node[]> group) {
        Label label = new Label(i18n.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.addRow(rows++, label, field);
        if (group != null) {
            group.add(new Node[] {label, field});
        }
    }

    private void show(ChannelKind kind) {
        visible(emailRows, kind == ChannelKind.EMAIL);
        visible(urlRows, kind == ChannelKind.WEBHOOK || kind == ChannelKind.PING);
        visible(webhookRows, kind == ChannelKind.WEBHOOK);
        visible(pingRows, kind == ChannelKind.PING);
        if (getDialogPane().getScene() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static void visible(List<Node[]> group, boolean on) {
        for (Node[] row : group) {
            for (Node node : row) {
                node.setVisible(on);
                node.setManaged(on);
            }
        }
    }
}
