package dev.vigie.drill;

import dev.vigie.backup.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One restore test of a source, as recorded: when, which backup, who, how long and with what result. File contents
 * are never part of it: only names, counts and sizes.
 *
 * @param source        the source's name
 * @param kind          automatic (Vigie restored) or hands-on (a person followed a checklist)
 * @param practice      a training run on the demo, which does not count as a restore test of a real source
 * @param backup        the name of the backup restored ("" when a person did not say)
 * @param actor         who ran it
 * @param startedAt     when it started
 * @param duration      how long the restore and its checks took
 * @param outcome       whether the data came back
 * @param filesRestored how many files were restored and checked
 * @param bytesRestored how many bytes were written into the sandbox
 * @param findings      what the checks found wrong (empty when everything checked out)
 * @param notes         what the person noted (hands-on drills); never file contents
 */
public record Drill(String source, DrillKind kind, boolean practice, String backup, String actor, Instant startedAt,
                    Duration duration, DrillOutcome outcome, int filesRestored, long bytesRestored,
                    List<Finding> findings, String notes) {

    public Drill {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(notes, "notes");
        findings = List.copyOf(findings);
        if (duration.isNegative() || filesRestored < 0 || bytesRestored < 0) {
            throw new IllegalArgumentException("A drill's duration, file count and size cannot be negative");
        }
    }

    /** Bytes restored per second; 0 for a drill too short to measure. */
    public double bytesPerSecond() {
        long nanos = duration.toNanos();
        return nanos <= 0 ? 0 : bytesRestored * 1e9 / nanos;
    }

    /** When it ended. */
    public Instant endedAt() {
        return startedAt.plus(duration);
    }
}
