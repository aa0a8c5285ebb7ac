package dev.vigie.workspace;

import dev.vigie.consent.ImportError;
import dev.vigie.consent.LedgerKind;
import java.util.List;

/**
 * What an import did: either every row was added, or none was and {@code errors} says why, each with its line.
 *
 * @param added the rows added; 0 whenever there are errors
 */
public record ImportResult(LedgerKind kind, String file, int added, List<ImportError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && added != 0) {
            throw new IllegalArgumentException("An import with errors adds nothing");
        }
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
