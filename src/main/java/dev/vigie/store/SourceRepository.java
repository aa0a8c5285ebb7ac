package dev.vigie.store;

import dev.vigie.backup.SourceRef;
import java.util.List;
import java.util.Optional;

/** The registered sources. (Skeleton.) */
public final class SourceRepository {

    public void add(SourceRef source) {
        throw new UnsupportedOperationException();
    }

    public List<SourceRef> list() {
        throw new UnsupportedOperationException();
    }

    public Optional<SourceRef> find(String name) {
        throw new UnsupportedOperationException();
    }

    public boolean remove(String name) {
        throw new UnsupportedOperationException();
    }
}
