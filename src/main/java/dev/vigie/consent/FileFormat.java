package dev.vigie.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats ledger files come in. */
public enum FileFormat {
    CSV("csv"),
    JSON("json");

    private final String id;

    FileFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FileFormat> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** The format a file name's extension says ({@code .csv}, {@code .json}, any case), if it says one. */
    public static Optional<FileFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : fromId(name.substring(dot + 1));
    }
}
