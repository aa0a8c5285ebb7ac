package dev.vigie.consent;

import java.util.Objects;

/** A value read from a file, with the line its row starts on, so later checks can say where a problem is. */
public record ImportRow<T>(long line, T value) {

    public ImportRow {
        Objects.requireNonNull(value, "value");
    }
}
