package dev.vigie.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window remembers between launches ({@code settings.properties} in the data directory): its size and
 * place, the last view, the language, the theme and training mode. Saved whole, through a temporary file, so a
 * crash never leaves half a file; an unreadable file means defaults, never a failed start.
 */
public final class Preferences {

    private static final Logger LOG = Logger.getLogger(Preferences.class.getName());
    public static final String FILE_NAME = "settings.properties";

    /** The window's language: the system's, or one chosen in Settings. */
    public enum Language {
        SYSTEM, ENGLISH, FRENCH;

        /** English or French: the only two Vigie speaks; the system's if it is French, else English. */
        public Locale locale(Locale system) {
            return switch (this) {
                case ENGLISH -> Locale.ENGLISH;
                case FRENCH -> Locale.FRENCH;
                case SYSTEM -> "fr".equals(system.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
            };
        }
    }

    public enum Theme { LIGHT, DARK }

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    public static Preferences load(Path dataDir) {
        Preferences p = new Preferences(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(p.file)) {
            try (Reader in = Files.newBufferedReader(p.file, StandardCharsets.UTF_8)) {
                p.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "cannot read " + p.file + "; using defaults", e);
                p.values.clear();
            }
        }
        return p;
    }

    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(out, "Vigie window settings");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public synchronized Language language() {
        return parse(Language.class, values.getProperty("language"), Language.SYSTEM);
    }

    public synchronized void setLanguage(Language language) {
        values.setProperty("language", language.name());
    }

    public synchronized Theme theme() {
        return parse(Theme.class, values.getProperty("theme"), Theme.LIGHT);
    }

    public synchronized void setTheme(Theme theme) {
        values.setProperty("theme", theme.name());
    }

    public synchronized boolean trainingMode() {
        return Boolean.parseBoolean(values.getProperty("trainingMode", "false"));
    }

    public synchronized void setTrainingMode(boolean on) {
        values.setProperty("trainingMode", Boolean.toString(on));
    }

    public synchronized Optional<String> lastView() {
        return Optional.ofNullable(values.getProperty("lastView"));
    }

    public synchronized void setLastView(String view) {
        values.setProperty("lastView", view);
    }

    /** The window's last bounds and whether it was maximised; empty on first launch. */
    public synchronized Optional<WindowBounds> window() {
        OptionalDouble x = number("window.x");
        OptionalDouble y = number("window.y");
        OptionalDouble w = number("window.width");
        OptionalDouble h = number("window.height");
        if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(x.getAsDouble(), y.getAsDouble(), w.getAsDouble(), h.getAsDouble(),
                Boolean.parseBoolean(values.getProperty("window.maximized", "false"))));
    }

    public synchronized void setWindow(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** Where the window was. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private OptionalDouble number(String key) {
        try {
            String v = values.getProperty(key);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
