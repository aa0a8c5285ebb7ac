package dev.vigie.simulation;

import dev.vigie.backup.Layout;
import java.util.Objects;

/**
 * Where a source's backups are kept, which decides the advice: a file a user can copy, or a cloud copy they cannot.
 *
 * @param layout how the backups are organised
 * @param cloud  whether the backups live in a cloud the user only reaches through the app (media {@code cloud})
 */
public record SourcePlace(Layout layout, boolean cloud) {

    public SourcePlace {
        Objects.requireNonNull(layout, "layout");
    }
}
