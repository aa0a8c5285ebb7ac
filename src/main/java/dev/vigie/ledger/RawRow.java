package dev.vigie.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * One row of a ledger file before its values are read: the line it starts on and its non-empty cells by column.
 */
record RawRow(long line, Map<String, String> cells) {

    RawRow {
        cells = Map.copyOf(cells);
    }

    Optional<String> cell(String column) {
        return Optional.ofNullable(cells.get(column));
    }
}
