package dev.vigie.alert;

import java.util.Optional;

/**
 * Which state change deserves an alert, once. Pure: the caller keeps what each channel last heard per source.
 *
 * <ul>
 *   <li>The first check of a source is its baseline: nothing is sent when it is fine; a problem is told.</li>
 *   <li>The same state again sends nothing.</li>
 *   <li>A problem is told when the state changes to one the channel hears (UP to LATE, LATE to DOWN...) or a finding
 *       at or above the channel's minimum appears; a finding going away while the state stays bad sends nothing.</li>
 *   <li>Back to fine after a problem is told once, as a recovery.</li>
 * </ul>
 */
public final class AlertRules {

    private AlertRules() {
    }

    public static AlertDecision decide(SourceCheck check, Minimum min, Optional<Watched> previous) {
        Watched now = Watched.of(check, min);
        if (previous.isEmpty()) {
            return new AlertDecision(now, previous, now.fine() ? Optional.empty() : Optional.of(AlertKind.PROBLEM));
        }
        Watched before = previous.get();
        if (before.equals(now)) {
            return new AlertDecision(now, previous, Optional.empty());
        }
        if (now.fine()) {
            return new AlertDecision(now, previous,
                    before.fine() ? Optional.empty() : Optional.of(AlertKind.RECOVERED));
        }
        boolean worse = now.state() != before.state() || !now.newFindingsSince(before).isEmpty();
        return new AlertDecision(now, previous, worse ? Optional.of(AlertKind.PROBLEM) : Optional.empty());
    }
}
