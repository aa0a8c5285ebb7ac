package dev.vigie.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import dev.vigie.source.local.LocalScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void settingsSavedThroughTheWorkspaceAreReadBackByName() throws Exception {
        Workspace workspace = new Workspace(tmp.resolve("data"), new LocalScanner());
        workspace.add("nas", Files.createDirectories(tmp.resolve("nas")), Optional.empty());
        SourceSettings usb = SourceSettings.DEFAULTS.withMedia(Optional.of(MediaKind.REMOVABLE)).withOffsite(true);

        workspace.saveSettings("nas", usb);

        assertThat(workspace.settings("nas")).isEqualTo(usb);
        assertThat(workspace.allSettings()).isEqualTo(Map.of("nas", usb));
        assertThatThrownBy(() -> workspace.settings("ghost")).isInstanceOf(InputProblem.class);
    }
}
