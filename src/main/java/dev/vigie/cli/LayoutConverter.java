package dev.vigie.cli;

import dev.vigie.backup.Layout;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --layout} by its identifier ({@code whatsapp-android}, {@code generic}...). */
public final class LayoutConverter implements ITypeConverter<Layout> {

    @Override
    public Layout convert(String value) {
        return Layout.fromId(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a layout; use one of: "
                        + Arrays.stream(Layout.values()).map(Layout::id).collect(Collectors.joining(", "))));
    }
}
