package dev.vigie.source.local;

import dev.vigie.backup.Layout;
import java.io.IOException;
import java.util.Optional;

/** Recognises the layout of a backup folder from its names alone, without reading any file's content. */
final class LayoutDetector {

    Layout detect(EntryTree tree) throws IOException {
        Optional<WhatsAppReader.Location> whatsApp = WhatsAppReader.locate(tree, Optional.empty());
        if (whatsApp.isPresent()) {
            return whatsApp.get().layout();
        }
        if (IosBackupReader.looksLikeDeviceFolder(tree, "") || IosBackupReader.looksLikeBackupRoot(tree, "")) {
            return Layout.IOS_DEVICE_BACKUP;
        }
        if (DatedSnapshotsReader.looksDated(tree)) {
            return Layout.DATED_SNAPSHOTS;
        }
        return Layout.GENERIC;
    }
}
