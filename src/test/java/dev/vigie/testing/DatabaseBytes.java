package dev.vigie.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a byte search of the database finds: every file of it (vigie.db, its WAL and SHM), free pages included. */
public final class DatabaseBytes {

    private DatabaseBytes() {
    }

    /** The bytes of every {@code vigie.db*} file in the data folder, as one Latin-1 string to search in. */
    public static String in(Path dataDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("vigie.db")).toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
