package dev.vigie.backup;

import java.util.Objects;
import java.util.Optional;

/**
 * A source the user registered: a name of their choosing, where it is, and the layout if they set one.
 *
 * @param name     unique, chosen by the user
 * @param location an absolute folder path
 * @param layout   the layout the user fixed; empty means recognise it at each scan
 */
public record SourceRef(String name, String location, Optional<Layout> layout) {

    public SourceRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(layout, "layout");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A source name cannot be blank");
        }
    }
}
