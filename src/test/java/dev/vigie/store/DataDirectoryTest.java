package dev.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final String HOME = "/home/anne";

    @Test
    void theFlagWinsOverTheEnvironment() {
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/srv/vigie")), Map.of("VIGIE_DATA_DIR", "/tmp/x"),
                "Linux", HOME)).isEqualTo(Path.of("/srv/vigie"));
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("VIGIE_DATA_DIR", "/tmp/x"), "Linux", HOME))
                .isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void linuxFollowsXdgElseLocalShare() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/vigie"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .as("the XDG spec says a relative path is to be ignored")
                .isEqualTo(Path.of(HOME, ".local/share/vigie"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local/share/vigie"));
    }

    @Test
    void macOsAndWindowsUseTheirOwnPlaces() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Vigie"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("APPDATA", "/c/Users/anne/AppData/Roaming"),
                "Windows 11", HOME)).isEqualTo(Path.of("/c/Users/anne/AppData/Roaming", "Vigie"));
    }
}
