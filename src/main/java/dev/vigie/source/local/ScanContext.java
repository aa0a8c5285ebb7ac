package dev.vigie.source.local;

import dev.vigie.backup.Layout;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a layout reader needs: the tree of entries, the layout asked for, the zone that names' local times are in,
 * and the scan's "now". The tree counts progress and honours cancel.
 */
record ScanContext(EntryTree tree, Layout layout, ZoneId zone, Instant now) {
}
