package dev.vigie.ui.checklist;

import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.Progress;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * A checklist laid out from the same worded blocks the exports write: on screen with tick boxes and the sign-off
 * form, or for paper with boxes drawn and lines to sign.
 */
final class ChecklistPage {

    private final ChecklistController owner;
    private final boolean printable;
    private final I18n i18n;
    private final Checklist checklist;
    private final Progress progress;

    ChecklistPage(ChecklistController owner, boolean printable) {
        this.owner = owner;
        this.printable = printable;
        this.i18n = owner.words();
        this.checklist = owner.checklist();
        this.progress = owner.progress();
    }

    List<Node> build() {
        ChecklistDocument document = owner.document();
        List<Node> nodes = new ArrayList<>();
        Label title = label(document.title(), "title-2");
        title.setId("checklistTitle");
        nodes.add(title);
        String deadlineHeading = i18n.get("checklist.heading.deadline");
        String doNotOpen = i18n.get("checklist.consent.doNotOpen");
        boolean afterDeadline = false;
        for (ChecklistDocument.Block block : document.blocks()) {
            if (block instanceof ChecklistDocument.Banner b) {
                nodes.add(label(b.text(), "checklist-banner"));
            } else if (block instanceof ChecklistDocument.Heading h) {
                nodes.add(label(h.text(), "title-4", "checklist-heading"));
                afterDeadline = h.text().equals(deadlineHeading);
                continue;
            } else if (block instanceof ChecklistDocument.Fields f) {
                nodes.add(fields(f.fields()));
            } else if (block instanceof ChecklistDocument.Paragraph p) {
                Label paragraph = label(p.text());
                nodes.add(paragraph);
                if (afterDeadline) {
                    paragraph.setId("deadlineLabel");
                    if (ChecklistModel.timeLeft(checklist, owner.now()).filter(ChecklistModel::urgent).isPresent()) {
                        paragraph.getStyleClass().add("checklist-urgent");
                    }
                    timeLeft().ifPresent(nodes::add);
                }
            } else if (block instanceof ChecklistDocument.Steps s) {
                nodes.add(label(s.title(), "title-4", "checklist-heading"));
                for (ChecklistDocument.Item step : s.steps()) {
                    nodes.add(step(step.id(), step.words()));
                }
            } else if (block instanceof ChecklistDocument.Bullets b) {
                Label heading = label(b.title(), "text-bold");
                nodes.add(heading);
                VBox items = new VBox(2);
                for (String item : b.items()) {
                    items.getChildren().add(label("\u2022 " + item));
                }
                items.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
                if (b.title().equals(doNotOpen)) {
                    heading.getStyleClass().add("checklist-do-not-open");
                    items.setId("doNotOpenList");
                }
                nodes.add(items);
            } else if (block instanceof ChecklistDocument.SignOff s) {
                nodes.add(label(s.title(), "title-4", "checklist-heading"));
                nodes.add(signOff(s.labels()));
            }
            afterDeadline = false;
        }
        return nodes;
    }

    private Optional<Node> timeLeft() {
        return ChecklistModel.timeLeft(checklist, owner.now()).map(left -> {
            boolean passed = left.isNegative() || left.isZero();
            Label label = label(passed ? i18n.get("checklist.ui.deadline.passed")
                    : i18n.get("checklist.ui.deadline.left", i18n.formats().duration(left)));
            label.setId("timeLeftLabel");
            if (ChecklistModel.urgent(left)) {
                label.getStyleClass().add("checklist-urgent");
            }
            return label;
        });
    }

    private Node fields(List<Map.Entry<String, String>> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (Map.Entry<String, String> field : fields) {
            Label key = label(field.getKey(), "text-muted");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label value = label(field.getValue());
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, key, value);
        }
        return grid;
    }

    private Node step(String stepId, String words) {
        Optional<Progress.Tick> tick = Optional.ofNullable(progress.ticks().get(stepId));
        Label caption = label(tick.map(t -> i18n.get("checklist.ui.tickedBy", t.by(),
                i18n.formats().dateTime(t.at(), checklist.zone()))).orElse(""), "text-muted", "text-small");
        caption.setVisible(tick.isPresent());
        caption.setManaged(tick.isPresent());
        VBox row = new VBox(2);
        row.getStyleClass().add("checklist-step");
        if (printable) {
            row.getChildren().add(label((tick.isPresent() ? "\u2611 " : "\u2610 ") + words));
        } else {
            CheckBox box = new CheckBox(words);
            box.setId("step-" + stepId.replace('.', '-'));
            box.setWrapText(true);
            box.setMnemonicParsing(false);
            box.setSelected(tick.isPresent());
            box.setDisable(progress.signOff().isPresent());
            box.setOnAction(e -> owner.tick(stepId, box.isSelected()));
            box.setMaxWidth(Double.MAX_VALUE);
            caption.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
            row.getChildren().add(box);
            owner.registerStep(stepId, box, caption);
        }
        row.getChildren().add(caption);
        return row;
    }

    private Node signOff(List<String> labels) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setId("signOffPane");
        Optional<Progress.SignOff> signed = progress.signOff();
        if (signed.isPresent() || printable) {
            List<String> values = signed.map(s -> List.of(s.performedBy(), s.checkedBy(),
                    i18n.formats().dateTime(s.at(), checklist.zone())))
                    .orElse(List.of("", "", ""));
            for (int i = 0; i < labels.size() && i < values.size(); i++) {
                Label value = label(values.get(i).isEmpty() ? "______________________________" : values.get(i),
                        "text-bold");
                value.setId("signed-" + i);
                grid.addRow(i, label(labels.get(i), "text-muted"), value);
            }
            return grid;
        }
        TextField performed = new TextField();
        performed.setId("performedField");
        TextField checked = new TextField();
        checked.setId("checkedField");
        Label performedLabel = new Label(i18n.get("checklist.ui.performed"));
        performedLabel.setMnemonicParsing(true);
        performedLabel.setLabelFor(performed);
        Label checkedLabel = new Label(i18n.get("checklist.ui.checked"));
        checkedLabel.setMnemonicParsing(true);
        checkedLabel.setLabelFor(checked);
        grid.addRow(0, performedLabel, performed);
        grid.addRow(1, checkedLabel, checked);
        GridPane.setHgrow(performed, Priority.ALWAYS);
        Label problem = label("", "danger");
        problem.setId("signOffProblem");
        problem.setVisible(false);
        problem.setManaged(false);
        Button button = new Button(i18n.get("checklist.ui.signOff"));
        button.setId("signOffButton");
        button.setMnemonicParsing(true);
        button.setOnAction(e -> owner.signOff(performed.getText(), checked.getText(), problem, button));
        HBox actions = new HBox(10, button, problem);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(actions, 1, 2);
        Label hint = label(i18n.get("checklist.ui.signOff.hint"), "text-muted", "text-small");
        VBox box = new VBox(6, grid, hint);
        return box;
    }

    private Label label(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        label.getStyleClass().addAll(styles);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /**
     * Prints nodes laid out at the page's width, cut into as many pages as they need.
     *
     * @return whether every page printed
     */
    static boolean print(PrinterJob job, List<Node> nodes, double width, double height) {
        VBox page = new VBox(6);
        page.getStyleClass().addAll("checklist", "checklist-print");
        page.getChildren().setAll(nodes);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        // Paper is white whatever the theme: dark text, whatever the window shows.
        page.setStyle("-fx-background-color: white; -fx-font-size: 10pt; -color-fg-default: #1f2328; "
                + "-color-fg-muted: #59636e; -color-danger-fg: #d1242f; -color-warning-fg: #7d4e00; "
                + "-color-warning-subtle: white;");
        // A scene of its own applies the CSS and lays the page out, off screen.
        new Scene(new Group(page));
        page.applyCss();
        page.layout();
        double total = page.prefHeight(width);
        page.resize(width, total);
        page.layout();
        int pages = (int) Math.max(1, Math.ceil(total / height));
        for (int i = 0; i < pages; i++) {
            Rectangle clip = new Rectangle(0, i * height, width, height);
            page.setClip(clip);
            page.getTransforms().setAll(new javafx.scene.transform.Translate(0, -i * height));
            if (!job.printPage(page)) {
                return false;
            }
        }
        return true;
    }
}
