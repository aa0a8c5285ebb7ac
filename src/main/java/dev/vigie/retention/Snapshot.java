package dev.vigie.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One backup as a retention policy sees it: its time as written (restic buckets by the wall-clock fields of that
 * time, offset and all), its tags and paths, and an identifier to echo back.
 *
 * @param id    an identifier of the caller's choosing (restic's short id, a backup set's name...)
 * @param time  when it was taken, with the offset it was written with
 * @param tags  restic tags, possibly empty
 * @param paths what it backed up, possibly empty
 */
public record Snapshot(String id, OffsetDateTime time, List<String> tags, List<String> paths) {

    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        tags = List.copyOf(tags);
        paths = List.copyOf(paths);
    }
}
