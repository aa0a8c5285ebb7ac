package dev.vigie.source.local;

import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanWarning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Inventories a tree listed elsewhere (a Google Drive folder) with exactly the layout recognition and grouping of
 * a local folder.
 */
public final class ListingScanner {

    /**
     * @param source  how the inventory names the source ({@code gdrive:ID})
     * @param layout  the layout to use, or empty to recognise it
     * @param earlier warnings met while listing (shortcut loops, targets gone...), kept first
     */
    public Inventory scan(String source, ListedTree tree, Optional<Layout> layout, ZoneId zone, Instant now,
                          List<ScanWarning> earlier) {
        try {
            return LocalScanner.inventory(source, tree, layout, zone, now, earlier);
        } catch (IOException e) {
            // A listed tree is in memory: only a reader asking for what it does not hold fails, never the source.
            throw new UncheckedIOException(e);
        }
    }
}
