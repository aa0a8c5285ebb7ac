package dev.vigie.workspace;

import dev.vigie.backup.SourceRef;
import dev.vigie.store.RecordedScan;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered source as a list shows it: what it is, and what its last scan found (empty before the first).
 *
 * @param source   the registered source
 * @param lastScan its most recent recorded scan
 */
public record SourceSummary(SourceRef source, Optional<RecordedScan> lastScan) {

    public SourceSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lastScan, "lastScan");
    }
}
