package dev.vigie.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Vigie keeps its database, logs, tokens and settings. */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "VIGIE_DATA_DIR";

    private DataDirectory() {
    }

    /**
     * The data directory: {@code --data-dir} if given, else {@code VIGIE_DATA_DIR}, else the per-OS default
     * (Linux {@code $XDG_DATA_HOME/vigie} or {@code ~/.local/share/vigie}, macOS
     * {@code ~/Library/Application Support/Vigie}, Windows {@code %APPDATA%\Vigie}).
     */
    public static Path resolve(Optional<Path> flag, Map<String, String> env, String osName, String userHome) {
        if (flag.isPresent()) {
            return flag.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Vigie") : home.resolve("AppData").resolve("Roaming").resolve("Vigie");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Vigie");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "vigie");
        }
        return home.resolve(".local").resolve("share").resolve("vigie");
    }
}
