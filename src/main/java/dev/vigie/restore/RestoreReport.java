package dev.vigie.restore;

import dev.vigie.backup.Finding;
import dev.vigie.drill.DrillOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an automatic drill found once the sandbox is gone.
 *
 * @param backup        the backup restored
 * @param startedAt     when the restore started
 * @param duration      restore and checks, the sandbox's deletion excluded
 * @param filesChosen   how many files the drill set out to restore (all, or the sample)
 * @param filesInBackup how many files the backup holds
 * @param filesIntact   how many came back whole: right size, right checksum, sound database
 * @param bytesRestored how many bytes were written
 * @param findings      each problem found
 */
public record RestoreReport(String backup, Instant startedAt, Duration duration, int filesChosen, int filesInBackup,
                            int filesIntact, long bytesRestored, List<Finding> findings) {

    public RestoreReport {
        findings = List.copyOf(findings);
    }

    public DrillOutcome outcome() {
        return findings.isEmpty() && filesChosen == filesIntact ? DrillOutcome.RESTORED
                : DrillOutcome.of(filesChosen, filesIntact);
    }

    public double bytesPerSecond() {
        long nanos = duration.toNanos();
        return nanos <= 0 ? 0 : bytesRestored * 1e9 / nanos;
    }
}
