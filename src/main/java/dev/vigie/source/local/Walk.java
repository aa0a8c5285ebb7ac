package dev.vigie.source.local;

import dev.vigie.backup.ScanWarning;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a walk sees: every entry in pre-order (a folder before what it holds) and the entries it could not read.
 *
 * <p>A local folder's walk streams: its entries are met as they are walked, once, and are not all held at once (a
 * million files would otherwise be a million objects); its warnings are complete only once the entries have been
 * gone through. A listing made elsewhere (Drive) is a plain list.
 */
final class Walk {

    private final Iterable<FileEntry> entries;
    private final Supplier<List<ScanWarning>> warnings;

    /** A walk whose entries are already listed. */
    Walk(List<FileEntry> entries, List<ScanWarning> warnings) {
        this(entries, () -> warnings);
    }

    Walk(Iterable<FileEntry> entries, Supplier<List<ScanWarning>> warnings) {
        this.entries = entries;
        this.warnings = warnings;
    }

    /** The entries in pre-order; a streaming walk's can be gone through once. */
    Iterable<FileEntry> entries() {
        return entries;
    }

    /** The entries that could not be read; for a streaming walk, ask after going through the entries. */
    List<ScanWarning> warnings() {
        return warnings.get();
    }
}
