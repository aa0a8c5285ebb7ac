package dev.vigie.store;

import java.nio.file.Path;

/** Vigie's own database in the data directory. (Skeleton: the SQLite implementation lands with the store work.) */
public final class Store implements AutoCloseable {

    public static final String FILE_NAME = "vigie.db";

    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static Store open(Path dataDir) {
        throw new UnsupportedOperationException("store not implemented yet");
    }

    public SourceRepository sources() {
        throw new UnsupportedOperationException();
    }

    public HistoryRepository history() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
