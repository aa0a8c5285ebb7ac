package dev.vigie.verify;

import dev.vigie.backup.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a verification found.
 *
 * @param depth    how deep it read
 * @param findings the problems found: first those met while listing the sets' files and reading checksum
 *                 manifests (paths gone since the scan, lists in no known form), then each set's, file by file
 * @param sets     one entry per backup set verified, in the order given
 */
public record VerifyReport(VerifyDepth depth, List<Finding> findings, List<CheckedSet> sets) {

    public VerifyReport {
        Objects.requireNonNull(depth, "depth");
        findings = List.copyOf(findings);
        sets = List.copyOf(sets);
    }
}
