package dev.vigie.source.tool;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the tools keep their caches when Vigie runs them: the user's cache folder, never the repository. Linux
 * {@code $XDG_CACHE_HOME/vigie} or {@code ~/.cache/vigie}, macOS {@code ~/Library/Caches/Vigie}, Windows
 * {@code %LOCALAPPDATA%\Vigie\cache}.
 */
public final class ToolCaches {

    private ToolCaches() {
    }

    public static Path folder(Map<String, String> env, String osName, String userHome) {
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("Vigie").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Vigie");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg)).resolve("vigie");
    }
}
