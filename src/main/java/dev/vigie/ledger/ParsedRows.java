package dev.vigie.ledger;

import dev.vigie.consent.ImportError;
import dev.vigie.consent.ImportRow;
import java.util.List;

/** The rows of a file that could be read, and everything wrong with the others (or with the file). */
public record ParsedRows<T>(List<ImportRow<T>> rows, List<ImportError> errors) {

    public ParsedRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
