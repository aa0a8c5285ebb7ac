package dev.vigie.ui.common;

import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The window's current language. Views are built from FXML with {@code %key} texts, so a change of language
 * rebuilds them (the shell listens to {@link #localeProperty()}): it applies at once, without a restart.
 */
public final class I18n {

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private Messages messages;
    private Formats formats;

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> {
            messages = Messages.of(now);
            formats = new Formats(messages);
        });
        locale.set(initial);
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(newLocale);
    }

    public Messages messages() {
        return messages;
    }

    public Formats formats() {
        return formats;
    }

    public ResourceBundle bundle() {
        return messages.bundle();
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }
}
