package dev.vigie.source.local;

import dev.vigie.backup.Layout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Recognises the layout of a backup folder from its names alone, without reading any file's content. */
final class LayoutDetector {

    Layout detect(Path root) throws IOException {
        Optional<WhatsAppReader.Location> whatsApp = WhatsAppReader.locate(root, Optional.empty());
        if (whatsApp.isPresent()) {
            return whatsApp.get().layout();
        }
        if (IosBackupReader.looksLikeDeviceFolder(root) || IosBackupReader.looksLikeBackupRoot(root)) {
            return Layout.IOS_DEVICE_BACKUP;
        }
        if (DatedSnapshotsReader.looksDated(root)) {
            return Layout.DATED_SNAPSHOTS;
        }
        return Layout.GENERIC;
    }
}
