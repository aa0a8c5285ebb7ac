package dev.vigie.drill;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a source's restore is due to be tested again. An important source is due every 90 days unless told
 * otherwise; any source is due at the interval the user gave; a source with neither is never due. A source never
 * tested is due one interval after it was first watched, so that a new source does not warn on its first day.
 */
public final class RestoreTestRule {

    /** The finding's code, which {@code check} and the alerts pick up. */
    public static final String OVERDUE = "restore-test-overdue";
    /** What ISO/IEC 27001 auditors commonly expect of an important system: a test every quarter. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(90);

    private RestoreTestRule() {
    }

    /** The interval the policy asks for; empty when no reminder applies. */
    public static Optional<Duration> interval(DrillPolicy policy) {
        if (policy.off()) {
            return Optional.empty();
        }
        if (policy.every().isPresent()) {
            return policy.every();
        }
        return policy.important() ? Optional.of(DEFAULT_INTERVAL) : Optional.empty();
    }

    /**
     * The WARNING finding of an overdue restore test: its arguments are the days since the last test (or since the
     * source was watched, with {@code never}) and the interval in days.
     *
     * @param lastTest     when the last drill that counts (not practice) of the source ended
     * @param watchedSince when the source was registered
     */
    public static Optional<Finding> overdue(DrillPolicy policy, Optional<Instant> lastTest, Instant watchedSince,
                                            Instant now) {
        Optional<Duration> interval = interval(policy);
        if (interval.isEmpty()) {
            return Optional.empty();
        }
        Instant since = lastTest.orElse(watchedSince);
        Duration elapsed = Duration.between(since, now);
        if (elapsed.compareTo(interval.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(Severity.WARNING, OVERDUE, null, "",
                lastTest.isPresent() ? "last" : "never", String.valueOf(elapsed.toDays()),
                String.valueOf(interval.get().toDays())));
    }

    /** Whether a drill's result counts as a restore test: practice runs do not. */
    public static boolean counts(Drill drill) {
        return !drill.practice();
    }
}
