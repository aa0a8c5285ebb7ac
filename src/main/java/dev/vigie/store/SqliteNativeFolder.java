package dev.vigie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where sqlite-jdbc unpacks its native library: the user's own cache folder rather than the shared temporary folder,
 * which hardened systems mount without the right to run code (noexec /tmp) and where an installed Vigie would then
 * fail to open its database.
 */
public final class SqliteNativeFolder {

    /** sqlite-jdbc's own setting, read when the first connection loads the library. */
    public static final String PROPERTY = "org.sqlite.tmpdir";

    private SqliteNativeFolder() {
    }

    /**
     * The folder: Linux {@code $XDG_CACHE_HOME/vigie/native} (or {@code ~/.cache/vigie/native}), macOS
     * {@code ~/Library/Caches/Vigie/native}, Windows {@code %LOCALAPPDATA%\Vigie\native}.
     */
    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        Path cache;
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            cache = local != null && !local.isBlank()
                    ? Path.of(local, "Vigie") : home.resolve("AppData").resolve("Local").resolve("Vigie");
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            cache = home.resolve("Library").resolve("Caches").resolve("Vigie");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                    ? Path.of(xdg, "vigie") : home.resolve(".cache").resolve("vigie");
        }
        return cache.resolve("native");
    }

    /**
     * Points sqlite-jdbc at the user's cache folder, before any connection, unless the setting is already given
     * ({@code -Dorg.sqlite.tmpdir}). When the folder cannot be made, sqlite-jdbc keeps its default.
     */
    public static void useUserCache() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        Path folder = resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
        try {
            Files.createDirectories(folder);
            System.setProperty(PROPERTY, folder.toString());
        } catch (IOException | SecurityException e) {
            // The default temporary folder works on most systems: no reason to stop Vigie here.
        }
    }
}
