package dev.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SQLite's native library is unpacked in the user's cache folder of each OS, never in a shared one. */
class SqliteNativeFolderTest {

    @Test
    void linuxUsesXdgCacheHomeElseDotCache() {
        assertThat(SqliteNativeFolder.resolve(Map.of("XDG_CACHE_HOME", "/home/ana/.cache2"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.cache2/vigie/native"));
        assertThat(SqliteNativeFolder.resolve(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.cache/vigie/native"));
        assertThat(SqliteNativeFolder.resolve(Map.of(), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.cache/vigie/native"));
    }

    @Test
    void macOsUsesLibraryCaches() {
        assertThat(SqliteNativeFolder.resolve(Map.of(), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Caches/Vigie/native"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(SqliteNativeFolder.resolve(Map.of("LOCALAPPDATA", "/C/Users/ana/AppData/Local"), "Windows 11",
                "/C/Users/ana")).isEqualTo(Path.of("/C/Users/ana/AppData/Local/Vigie/native"));
        assertThat(SqliteNativeFolder.resolve(Map.of(), "Windows 11", "/C/Users/ana"))
                .isEqualTo(Path.of("/C/Users/ana/AppData/Local/Vigie/native"));
    }
}
