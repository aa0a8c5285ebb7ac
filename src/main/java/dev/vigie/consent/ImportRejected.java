package dev.vigie.consent;

import dev.vigie.backup.InputProblem;
import java.util.List;

/** A file whose rows are not all sound: nothing of it was imported. Carries every error found, with its line. */
public final class ImportRejected extends InputProblem {

    private final transient List<ImportError> errors;

    public ImportRejected(String file, List<ImportError> errors) {
        super("error.import.rejected", file, errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A rejected import has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
