package dev.vigie.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsWhatTheNextLaunchReads() throws Exception {
        Preferences p = Preferences.load(dir);
        p.setLanguage(Preferences.Language.FRENCH);
        p.setTheme(Preferences.Theme.DARK);
        p.setTrainingMode(true);
        p.setLastView("settings");
        p.setWindow(new Preferences.WindowBounds(10, 20, 900, 650, false));
        p.save();

        Preferences again = Preferences.load(dir);
        assertThat(again.language()).isEqualTo(Preferences.Language.FRENCH);
        assertThat(again.theme()).isEqualTo(Preferences.Theme.DARK);
        assertThat(again.trainingMode()).isTrue();
        assertThat(again.lastView()).contains("settings");
        assertThat(again.window()).contains(new Preferences.WindowBounds(10, 20, 900, 650, false));
        assertThat(Files.list(dir)).extracting(f -> f.getFileName().toString())
                .containsExactly(Preferences.FILE_NAME);
    }

    @Test
    void aFirstLaunchOrAGarbledFileGivesDefaultsNotAFailure() throws Exception {
        assertThat(Preferences.load(dir).window()).isEmpty();
        Files.writeString(dir.resolve(Preferences.FILE_NAME), "theme=PURPLE\nwindow.x=left\nlanguage=\\uZZZZ\n");

        Preferences p = Preferences.load(dir);

        assertThat(p.theme()).isEqualTo(Preferences.Theme.LIGHT);
        assertThat(p.language()).isEqualTo(Preferences.Language.SYSTEM);
        assertThat(p.window()).isEmpty();
    }

    @Test
    void followingTheSystemMeansFrenchOnlyForAFrenchSystem() {
        assertThat(Preferences.Language.SYSTEM.locale(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(Preferences.Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Preferences.Language.ENGLISH.locale(Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
    }
}
