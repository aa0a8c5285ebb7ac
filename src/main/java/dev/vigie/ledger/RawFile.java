package dev.vigie.ledger;

import dev.vigie.consent.ImportError;
import java.util.List;

/** A ledger file's rows, and what made the file itself unreadable (a bad header, broken JSON), if anything. */
record RawFile(List<RawRow> rows, List<ImportError> errors) {

    RawFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
