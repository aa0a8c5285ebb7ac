package dev.vigie.ui.settings;

import dev.vigie.ui.UiContext;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.util.StringConverter;

/** Settings: language (applies at once), theme, training mode, and where Vigie keeps its data. */
public final class SettingsController {

    private final UiContext context;

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

    public SettingsController(UiContext context) {
        this.context = context;
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
    }

    private void showTheme(Preferences.Theme theme) {
        (theme == Preferences.Theme.DARK ? darkTheme : lightTheme).setSelected(true);
    }
}
