package dev.vigie.ui.shell;

import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → Keyboard shortcuts (every shortcut, by where it works) and Help → Getting started (three questions). */
final class HelpDialogs {

    /** A group of shortcuts: a heading key and, per line, the keys' text and what they do (message keys). */
    private record Group(String heading, List<String> lines) {
    }

    /** Every shortcut of the window; each line's key is {@code help.keys.<line>} and its action {@code ...do}. */
    private static final List<Group> SHORTCUTS = List.of(
            new Group("help.keys.window", List.of("views", "addFolder", "quit", "mnemonics", "menus")),
            new Group("help.keys.sources", List.of("scan", "settings", "rename", "remove")),
            new Group("help.keys.charts", List.of("zoom", "move", "home", "hover")),
            new Group("help.keys.forms", List.of("enter", "steps")),
            new Group("help.keys.consent", List.of("add", "edit", "delete")));

    private HelpDialogs() {
    }

    static Alert shortcuts(Window owner, I18n i18n) {
        GridPane grid = new GridPane();
        grid.setId("help-shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (Group g : SHORTCUTS) {
            Label heading = new Label(i18n.get(g.heading()));
            heading.getStyleClass().add("title-4");
            grid.add(heading, 0, row++, 2, 1);
            for (String line : g.lines()) {
                Label keys = new Label(i18n.get("help.keys." + line));
                keys.getStyleClass().add("text-bold");
                WholeText.keep(keys);
                Label does = WholeText.wrap(new Label(i18n.get("help.keys." + line + ".do")));
                does.setMaxWidth(380);
                grid.addRow(row++, keys, does);
            }
        }
        return alert(owner, i18n.get("help.shortcuts.title"), grid);
    }

    static Alert gettingStarted(Window owner, I18n i18n) {
        VBox page = new VBox(10);
        page.setId("help-start");
        page.getChildren().add(WholeText.wrap(new Label(i18n.get("help.start.intro"))));
        for (String q : List.of("healthy", "recoverable", "restore")) {
            Label question = WholeText.wrap(new Label(i18n.get("help.start." + q)));
            question.getStyleClass().add("title-4");
            Label answer = WholeText.wrap(new Label(i18n.get("help.start." + q + ".how")));
            page.getChildren().addAll(question, answer);
        }
        page.getChildren().add(WholeText.wrap(new Label(i18n.get("help.start.demo"))));
        page.setMaxWidth(560);
        page.setPrefWidth(560);
        return alert(owner, i18n.get("help.start.title"), page);
    }

    private static Alert alert(Window owner, String title, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setGraphic(null);
        // Sized to its content; on a small screen DialogFit makes it scroll inside.
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        return alert;
    }
}
