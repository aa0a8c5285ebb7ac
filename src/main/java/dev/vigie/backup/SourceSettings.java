package dev.vigie.backup;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How the user said a source is backed up. Every empty value means "use the default": the schedule is then inferred
 * from the backups seen, the zone is the user's, the grace is the schedule's own, the media kind is guessed.
 *
 * @param schedule the expected schedule as the user wrote it ({@code daily 02:00}); checked when the source is
 *                 checked, not when it is stored
 * @param zone     the zone the schedule's local times are in
 * @param grace    how long after an expected run a backup may still arrive
 * @param media    where the copies live, for the 3-2-1 rule
 * @param offsite  whether the copies are kept away from the originals' premises
 */
public record SourceSettings(Optional<String> schedule, Optional<ZoneId> zone, Optional<Duration> grace,
                             Optional<MediaKind> media, boolean offsite) {

    /** Nothing said: everything inferred, not off-site. */
    public static final SourceSettings DEFAULTS =
            new SourceSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);

    public SourceSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(media, "media");
        // Stored and compared as typed, less the spaces a shell or a form leaves around it.
        schedule = schedule.map(String::strip);
        if (schedule.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("A schedule cannot be blank; leave it empty to infer it");
        }
        if (grace.filter(Duration::isNegative).isPresent()) {
            throw new IllegalArgumentException("A grace cannot be negative: " + grace.get());
        }
    }

    public SourceSettings withSchedule(Optional<String> newSchedule) {
        return new SourceSettings(newSchedule, zone, grace, media, offsite);
    }

    public SourceSettings withZone(Optional<ZoneId> newZone) {
        return new SourceSettings(schedule, newZone, grace, media, offsite);
    }

    public SourceSettings withGrace(Optional<Duration> newGrace) {
        return new SourceSettings(schedule, zone, newGrace, media, offsite);
    }

    public SourceSettings withMedia(Optional<MediaKind> newMedia) {
        return new SourceSettings(schedule, zone, grace, newMedia, offsite);
    }

    public SourceSettings withOffsite(boolean newOffsite) {
        return new SourceSettings(schedule, zone, grace, media, newOffsite);
    }
}
