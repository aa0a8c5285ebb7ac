package dev.vigie.alert;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named way to tell someone: where it goes, for which sources (all when none is named) and from which level.
 *
 * @param name    unique, as the user named it
 * @param target  where and how it delivers
 * @param sources the sources it is about; empty for every source
 * @param min     the least it is told about
 */
public record Channel(String name, ChannelTarget target, Set<String> sources, Minimum min) {

    public Channel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        sources = new TreeSet<>(sources);
        Objects.requireNonNull(min, "min");
    }

    public ChannelKind kind() {
        return target.kind();
    }

    /** Whether this channel is about {@code source}. */
    public boolean covers(String source) {
        return sources.isEmpty() || sources.contains(source);
    }

    /** The sources, sorted, for lists. */
    public List<String> sourceList() {
        return List.copyOf(sources);
    }
}
