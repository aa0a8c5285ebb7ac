package dev.vigie.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's look and language as observable values, so the menu, the Settings view and the window all follow
 * the same state; every change is written to the preferences.
 */
public final class Appearance {

    private final ObjectProperty<Preferences.Theme> theme;
    private final BooleanProperty training;
    private final ObjectProperty<Preferences.Language> language;

    public Appearance(Preferences preferences) {
        theme = new SimpleObjectProperty<>(preferences.theme());
        training = new SimpleBooleanProperty(preferences.trainingMode());
        language = new SimpleObjectProperty<>(preferences.language());
        theme.addListener((obs, old, now) -> preferences.setTheme(now));
        training.addListener((obs, old, now) -> preferences.setTrainingMode(now));
        language.addListener((obs, old, now) -> preferences.setLanguage(now));
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty trainingProperty() {
        return training;
    }

    public ObjectProperty<Preferences.Language> languageProperty() {
        return language;
    }
}
