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

    /**
     * Restic's {@code forget} with these rules, as the simulator applies it: at each run, when that run's backup is
     * the newest, so keep-within counts back from it and no snapshot looks "in the future" to the policy.
     *
     * @throws InputProblem when no rule is set
     */
    public static RetentionPolicy atEveryRun(RetentionRules rules) {
        return restic(rules, END_OF_TIME);
    }

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");
}
