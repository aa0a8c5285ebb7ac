package dev.vigie.ui.shell;

import dev.vigie.release.ReleaseInfo;
import dev.vigie.ui.common.AppIcon;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About Vigie: the version, what Vigie never does, the data folder, the licence and the bundled libraries. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(Window owner, I18n i18n, Path dataDir) {
        String version = ReleaseInfo.version();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.get("ui.about.title"));
        alert.setHeaderText(i18n.get("ui.about.title"));
        alert.setGraphic(new ImageView(AppIcon.image(64)));
        alert.setResizable(true);

        Label text = new Label(i18n.get("ui.about.text", version, dataDir.toString()));
        text.setWrapText(true);
        // Its three lines in full, rather than cut short with an ellipsis when the notices claim the height.
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, text);
        content.setId("about-content");
        // Vigie has no LICENSE file yet: say nothing of a licence rather than guess one.
        ReleaseInfo.licence().ifPresent(l -> content.getChildren().add(new Label(i18n.get("ui.about.licence"))));

        var notices = ReleaseInfo.thirdPartyNotices();
        Label heading = new Label(i18n.get(notices.isPresent() ? "ui.about.thirdParty" : "ui.about.noNotices"));
        WholeText.wrap(heading);
        content.getChildren().add(heading);
        notices.ifPresent(n -> {
            TextArea list = new TextArea(n);
            list.setId("about-notices");
            list.setEditable(false);
            list.setWrapText(false);
            list.setPrefRowCount(12);
            list.setPrefColumnCount(80);
            list.setAccessibleText(i18n.get("ui.about.thirdParty"));
            VBox.setVgrow(list, Priority.ALWAYS);
            content.getChildren().add(list);
        });
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
