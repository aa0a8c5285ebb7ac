package dev.vigie.ui.sources;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import dev.vigie.schedule.Durations;
import dev.vigie.schedule.Schedules;
import dev.vigie.ui.common.I18n;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A source's schedule, zone, grace, media kind and off-site flag. Empty fields mean "let Vigie decide"; what is
 * typed is checked as it is typed, with the same parser as {@code vigie check}, and OK stays off until it reads.
 */
final class SourceSettingsDialog extends Dialog<SourceSettings> {

    SourceSettingsDialog(Window owner, I18n i18n, String source, SourceSettings current, ZoneId userZone) {
        initOwner(owner);
        setTitle(i18n.get("settingsDialog.title"));
        setHeaderText(i18n.get("settingsDialog.header", source));

        TextField schedule = field("settings-schedule", current.schedule().orElse(""),
                i18n.get("settingsDialog.schedule.prompt"));
        TextField zone = field("settings-zone", current.zone().map(ZoneId::getId).orElse(""), userZone.getId());
        TextField grace = field("settings-grace", current.grace().map(Durations::format).orElse(""),
                i18n.get("settingsDialog.grace.prompt"));
        ComboBox<Optional<MediaKind>> media = new ComboBox<>();
        media.setId("settings-media");
        media.getItems().add(Optional.empty());
        for (MediaKind kind : MediaKind.values()) {
            media.getItems().add(Optional.of(kind));
        }
        media.setValue(current.media());
        media.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<MediaKind> m) {
                return m == null ? "" : m.map(k -> i18n.get("media." + k.id())).orElse(i18n.get("media.auto"));
            }

            @Override
            public Optional<MediaKind> fromString(String s) {
                return Optional.empty();
            }
        });
        CheckBox offsite = new CheckBox(i18n.get("settingsDialog.offsite"));
        offsite.setMnemonicParsing(true);
        offsite.setSelected(current.offsite());

        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label(i18n, "settingsDialog.schedule", schedule), schedule);
        grid.add(hint(i18n.get("settingsDialog.schedule.hint")), 1, 1);
        grid.addRow(2, label(i18n, "settingsDialog.zone", zone), zone);
        grid.addRow(3, label(i18n, "settingsDialog.grace", grace), grace);
        grid.addRow(4, label(i18n, "settingsDialog.media", media), media);
        grid.add(offsite, 1, 5);
        grid.add(problem, 1, 6);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String why = "";
            try {
                read(schedule.getText(), zone.getText(), grace.getText(), userZone, Optional.empty(), false);
            } catch (InputProblem p) {
                why = i18n.messages().problem(p);
            }
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        schedule.textProperty().addListener((obs, old, now) -> validate.run());
        zone.textProperty().addListener((obs, old, now) -> validate.run());
        grace.textProperty().addListener((obs, old, now) -> validate.run());
        validate.run();

        setResultConverter(button -> button == ButtonType.OK
                ? read(schedule.getText(), zone.getText(), grace.getText(), userZone, media.getValue(),
                offsite.isSelected())
                : null);
    }

    /** The settings the fields say; an InputProblem names the first field that does not read. */
    static SourceSettings read(String schedule, String zone, String grace, ZoneId userZone,
                               Optional<MediaKind> media, boolean offsite) {
        Optional<ZoneId> z = blank(zone).map(text -> {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new InputProblem("error.zone", text);
            }
        });
        Optional<Duration> g = blank(grace).map(Durations::parse);
        Optional<String> s = blank(schedule);
        s.ifPresent(text -> Schedules.parse(text, z.orElse(userZone), g));
        return new SourceSettings(s, z, g, media, offsite);
    }

    private static Optional<String> blank(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static TextField field(String id, String text, String prompt) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(22);
        return f;
    }

    private static Label label(I18n i18n, String key, Node target) {
        Label l = new Label(i18n.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }
}
