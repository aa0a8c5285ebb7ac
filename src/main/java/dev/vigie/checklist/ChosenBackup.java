package dev.vigie.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backup the checklist restores from.
 *
 * @param name         its file, folder or snapshot name
 * @param time         when it was made
 * @param sizeBytes    its size, when known
 * @param paths        its files, relative to the source
 * @param location     where it lives: the source's folder, or its cloud
 * @param verification what checking it found
 * @param encrypted    whether it is encrypted, when its layout says (an iPhone backup's {@code IsEncrypted})
 */
public record ChosenBackup(String name, Instant time, Optional<Long> sizeBytes, List<String> paths, String location,
                           Verification verification, Optional<Boolean> encrypted) {

    public ChosenBackup(String name, Instant time, Optional<Long> sizeBytes, List<String> paths, String location,
                        Verification verification) {
        this(name, time, sizeBytes, paths, location, verification, Optional.empty());
    }

    public ChosenBackup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        paths = List.copyOf(paths);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(encrypted, "encrypted");
    }
}
