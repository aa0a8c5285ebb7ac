package dev.vigie.demo;

import dev.vigie.backup.Layout;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One source of the demo workspace, ready to register.
 *
 * @param name           the source name to suggest, short and without spaces
 * @param path           the absolute folder to register
 * @param layout         the layout Vigie should recognise there
 * @param descriptionKey the message key of a one-line description for people
 */
public record DemoSource(String name, Path path, Layout layout, String descriptionKey) {

    public DemoSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
    }
}
