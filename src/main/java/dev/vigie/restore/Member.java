package dev.vigie.restore;

import java.util.Objects;
import java.util.Optional;

/**
 * One file a backup holds, as a restore writes it.
 *
 * @param path  where it goes, relative to the sandbox, '/'-separated (an archive's members under the archive's name)
 * @param size  its size as the backup says
 * @param crc32 the CRC-32 the backup keeps for it (a ZIP's entries); empty when the format keeps none, and the bytes
 *              read from the backup are then the reference
 */
public record Member(String path, long size, Optional<Long> crc32) {

    public Member {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(crc32, "crc32");
    }
}
