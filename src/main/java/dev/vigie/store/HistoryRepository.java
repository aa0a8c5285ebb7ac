package dev.vigie.store;

import dev.vigie.backup.Inventory;
import dev.vigie.backup.SeenBackup;
import java.time.Instant;
import java.util.List;

/** Every backup set ever seen per source. (Skeleton.) */
public final class HistoryRepository {

    public void record(String sourceName, Inventory inventory, Instant scannedAt) {
        throw new UnsupportedOperationException();
    }

    public List<SeenBackup> history(String sourceName) {
        throw new UnsupportedOperationException();
    }
}
