package dev.vigie.retention;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.util.Objects;

/** The retention policies Vigie knows how to apply. */
public final class RetentionPolicies {

    private RetentionPolicies() {
    }

    /**
     * Restic's {@code forget} (0.18 semantics) with these rules; the keep-within rules count back from the newest
     * snapshot that is not after {@code now}.
     *
     * @throws InputProblem when no rule is set: restic refuses it, and keeping everything is not a policy
     */
    public static RetentionPolicy restic(RetentionRules rules, Instant now) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(now, "now");
        if (rules.isEmpty()) {
            throw new InputProblem("error.retention.empty");
        }
        return new ResticPolicy(rules, now);
    }
}
