package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.TimeSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Any folder: each top-level entry is one backup set, timed by the newest last-modified time in it (a folder's
 * own time only changes when entries are added or removed, not when a file inside is rewritten).
 */
final class GenericReader implements LayoutReader {

    @Override
    public Result read(ScanContext context) throws IOException {
        Walk walk = context.tree().walk("");
        List<BackupSet> sets = new ArrayList<>();
        String name = null;
        Totals totals = null;
        // Entries come in pre-order, so everything under a top-level entry follows it until the next one.
        for (FileEntry e : walk.entries()) {
            if (e.depth() == 1) {
                if (totals != null) {
                    sets.add(totals.toSet(name, List.of(name), TimeSource.MTIME, Map.of()));
                }
                name = e.name();
                totals = new Totals();
            }
            totals.add(e);
        }
        if (totals != null) {
            sets.add(totals.toSet(name, List.of(name), TimeSource.MTIME, Map.of()));
        }
        return new Result(sets, walk.warnings());
    }
}
