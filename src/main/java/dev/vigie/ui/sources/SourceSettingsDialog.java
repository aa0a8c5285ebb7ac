package dev.vigie.ui.sources;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import dev.vigie.schedule.Durations;
import dev.vigie.schedule.Schedules;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A source's schedule, zone, grace, media kind and off-site flag. The schedule is a preset (every day at, every week
 * on, every N hours, every month on the) pre-filled with what Vigie guesses from the backups, the guess itself, or an
 * advanced expression (cron); empty fields mean "let Vigie decide". Everything is checked as it is typed, with the
 * same parser as {@code vigie check}, and OK stays off until it reads.
 */
final class SourceSettingsDialog extends Dialog<SourceSettings> {

    SourceSettingsDialog(Window owner, I18n i18n, String source, SourceSettings current, String guessed,
                         ZoneId userZone) {
        initOwner(owner);
        setTitle(i18n.get("settingsDialog.title"));
        setHeaderText(i18n.get("settingsDialog.header", source));

        SchedulePreset start = current.schedule().map(SchedulePreset::of)
                .orElse(SchedulePreset.guessing(guessed));
        ComboBox<SchedulePreset.Kind> kind = new ComboBox<>();
        kind.setId("settings-schedule-kind");
        kind.getItems().setAll(SchedulePreset.Kind.values());
        kind.setConverter(converter(k -> i18n.get("settingsDialog.preset." + k.name().toLowerCase(Locale.ROOT))));
        kind.setValue(start.kind());
        TextField time = field("settings-time", hhmm(start.time()), "02:00");
        time.setPrefColumnCount(5);
        ComboBox<DayOfWeek> day = new ComboBox<>();
        day.setId("settings-day");
        day.getItems().setAll(DayOfWeek.values());
        day.setConverter(converter(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, i18n.locale())));
        day.setValue(start.day());
        Spinner<Integer> hours = new Spinner<>(1, 24, start.kind() == SchedulePreset.Kind.HOURS ? start.every() : 6);
        hours.setId("settings-hours");
        hours.setEditable(true);
        hours.setPrefWidth(90);
        Spinner<Integer> dayOfMonth = new Spinner<>(1, 31,
                start.kind() == SchedulePreset.Kind.MONTHLY ? start.every() : 1);
        dayOfMonth.setId("settings-day-of-month");
        dayOfMonth.setEditable(true);
        dayOfMonth.setPrefWidth(90);
        TextField schedule = field("settings-schedule", start.advanced(), i18n.get("settingsDialog.schedule.prompt"));
        Label at = new Label(i18n.get("settingsDialog.preset.at"));
        Label hoursUnit = new Label(i18n.get("settingsDialog.preset.hoursUnit"));
        FlowPane values = new FlowPane(8, 8);
        values.setAlignment(Pos.CENTER_LEFT);
        Label advancedHint = hint(i18n.get("settingsDialog.schedule.hint"));
        Label guess = hint(guessed.isBlank() ? i18n.get("settingsDialog.guess.none")
                : i18n.get("settingsDialog.guess", words(i18n, guessed)));
        guess.setId("settings-guess");
        Runnable showValues = () -> {
            values.getChildren().setAll(switch (kind.getValue()) {
                case AUTO -> List.<Node>of();
                case DAILY -> List.<Node>of(time);
                case WEEKLY -> List.<Node>of(day, at, time);
                case HOURS -> List.<Node>of(hours, hoursUnit);
                case MONTHLY -> List.<Node>of(dayOfMonth, at, time);
                case ADVANCED -> List.<Node>of(schedule);
            });
            boolean advanced = kind.getValue() == SchedulePreset.Kind.ADVANCED;
            advancedHint.setVisible(advanced);
            advancedHint.setManaged(advanced);
            values.setVisible(!values.getChildren().isEmpty());
            values.setManaged(!values.getChildren().isEmpty());
        };
        showValues.run();

        TextField zone = field("settings-zone", current.zone().map(ZoneId::getId).orElse(""), userZone.getId());
        TextField grace = field("settings-grace", current.grace().map(Durations::format).orElse(""),
                i18n.get("settingsDialog.grace.prompt"));
        ComboBox<Optional<MediaKind>> media = new ComboBox<>();
        media.setId("settings-media");
        media.getItems().add(Optional.empty());
        for (MediaKind k : MediaKind.values()) {
            media.getItems().add(Optional.of(k));
        }
        media.setValue(current.media());
        media.setConverter(converter(m -> m.map(k -> i18n.get("media." + k.id())).orElse(i18n.get("media.auto"))));
        CheckBox offsite = new CheckBox(i18n.get("settingsDialog.offsite"));
        offsite.setMnemonicParsing(true);
        offsite.setSelected(current.offsite());

        Label problem = new Label();
        problem.getStyleClass().add("danger");
        WholeText.wrap(problem).setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label(i18n, "settingsDialog.schedule", kind), kind);
        grid.add(values, 1, 1);
        grid.add(advancedHint, 1, 2);
        grid.add(guess, 1, 3);
        grid.addRow(4, label(i18n, "settingsDialog.zone", zone), zone);
        grid.addRow(5, label(i18n, "settingsDialog.grace", grace), grace);
        grid.addRow(6, label(i18n, "settingsDialog.media", media), media);
        grid.add(offsite, 1, 7);
        grid.add(problem, 1, 8);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        // What the preset and its values say, as the command line would take it; a time that does not read is null.
        java.util.function.Supplier<Optional<String>> expression = () -> {
            Optional<LocalTime> t = readTime(time.getText());
            SchedulePreset.Kind k = kind.getValue();
            boolean needsTime = k == SchedulePreset.Kind.DAILY || k == SchedulePreset.Kind.WEEKLY
                    || k == SchedulePreset.Kind.MONTHLY;
            if (needsTime && t.isEmpty()) {
                return null;
            }
            int every = k == SchedulePreset.Kind.HOURS ? hours.getValue() : dayOfMonth.getValue();
            return new SchedulePreset(k, t.orElse(LocalTime.MIDNIGHT), day.getValue(), every, schedule.getText())
                    .expression();
        };
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            String why = "";
            Optional<String> said = expression.get();
            if (said == null) {
                why = i18n.get("settingsDialog.badTime", time.getText().strip());
            } else {
                try {
                    read(said.orElse(""), zone.getText(), grace.getText(), userZone, Optional.empty(), false);
                } catch (InputProblem p) {
                    why = i18n.messages().problem(p);
                }
            }
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        kind.valueProperty().addListener((obs, old, now) -> {
            showValues.run();
            validate.run();
            sizeToContent();
        });
        for (javafx.beans.Observable o : List.of(schedule.textProperty(), zone.textProperty(), grace.textProperty(),
                time.textProperty(), day.valueProperty(), hours.valueProperty(), dayOfMonth.valueProperty())) {
            o.addListener(x -> validate.run());
        }
        validate.run();

        setResultConverter(button -> button == ButtonType.OK
                ? read(expression.get().orElse(""), zone.getText(), grace.getText(), userZone, media.getValue(),
                offsite.isSelected())
                : null);
    }

    private void sizeToContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    /** A schedule in words in the window's language: "every Saturday at 21:30"; other rules as written. */
    static String words(I18n i18n, String expression) {
        SchedulePreset p = SchedulePreset.of(expression);
        String t = hhmm(p.time());
        return switch (p.kind()) {
            case DAILY -> i18n.get("settingsDialog.words.daily", t);
            case WEEKLY -> i18n.get("settingsDialog.words.weekly",
                    p.day().getDisplayName(TextStyle.FULL_STANDALONE, i18n.locale()), t);
            case HOURS -> i18n.get("settingsDialog.words.hours", p.every());
            case MONTHLY -> i18n.get("settingsDialog.words.monthly", p.every(), t);
            case AUTO, ADVANCED -> expression;
        };
    }

    private static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static Optional<LocalTime> readTime(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})[:h.](\\d{2})")
                .matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
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
        WholeText.keep(l);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        WholeText.wrap(l);
        l.setMaxWidth(420);
        return l;
    }
}
