package dev.vigie.ui;

import dev.vigie.source.local.LocalScanner;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Everything the window's controllers are given by constructor: the data directory, the clock and zone, the
 * scanner, the background pool, the language, and the remembered preferences. Built once per window.
 *
 * @param systemLocale the OS language, which "follow the system" resolves against
 */
public record UiContext(Path dataDir, Clock clock, ZoneId zone, Locale systemLocale, LocalScanner scanner,
                        BackgroundTasks tasks, I18n i18n, Preferences preferences,
                        Appearance appearance) {
}
