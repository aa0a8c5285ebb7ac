package dev.vigie.ui.sources;

import dev.vigie.backup.Layout;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The icon that stands for each layout in lists. */
final class LayoutIcons {

    private LayoutIcons() {
    }

    static Ikon of(Layout layout) {
        return switch (layout) {
            case WHATSAPP_ANDROID, WHATSAPP_BUSINESS_ANDROID -> Material2OutlinedAL.CHAT;
            case IOS_DEVICE_BACKUP -> Material2OutlinedMZ.PHONE_IPHONE;
            case DATED_SNAPSHOTS -> Material2OutlinedAL.DATE_RANGE;
            case GENERIC -> Material2OutlinedAL.FOLDER;
            case RESTIC_REPOSITORY, BORG_REPOSITORY -> Material2OutlinedAL.ARCHIVE;
        };
    }
}
