package dev.vigie.source.local;

import dev.vigie.backup.Layout;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a layout reader needs: the folder, the layout asked for, the zone that names' local times are in,
 * the scan's "now", and the walker that counts progress and honours cancel.
 */
record ScanContext(Path root, Layout layout, ZoneId zone, Instant now, FolderWalker walker) {
}
