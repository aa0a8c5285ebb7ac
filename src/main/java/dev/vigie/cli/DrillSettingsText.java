package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.drill.DrillPolicy;
import dev.vigie.drill.RestoreTestRule;
import dev.vigie.i18n.Messages;
import dev.vigie.schedule.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@code sources set}'s restore-test options: read them into one change, and say the result. */
final class DrillSettingsText {

    private DrillSettingsText() {
    }

    /**
     * The change {@code --[no-]important} and {@code --restore-test-every D|off|auto} ask for; empty when neither is
     * given. Read before the database is opened, so bad input changes nothing.
     */
    static Optional<UnaryOperator<DrillPolicy>> change(Boolean important, String every) {
        if (important == null && every == null) {
            return Optional.empty();
        }
        UnaryOperator<DrillPolicy> interval = UnaryOperator.identity();
        if (every != null) {
            String text = every.strip().toLowerCase(Locale.ROOT);
            if (text.equals("off")) {
                interval = DrillPolicy::turnedOff;
            } else if (text.equals("auto")) {
                interval = p -> p.withEvery(Optional.empty());
            } else {
                Duration d;
                try {
                    d = Durations.parse(text);
                } catch (InputProblem e) {
                    throw new InputProblem(e, "error.drill.every", every);
                }
                if (d.compareTo(Duration.ofDays(1)) < 0) {
                    throw new InputProblem("error.drill.every", every);
                }
                interval = p -> p.withEvery(Optional.of(d));
            }
        }
        UnaryOperator<DrillPolicy> chosenInterval = interval;
        return Optional.of(p -> {
            DrillPolicy changed = important == null ? p : p.withImportant(important);
            return chosenInterval.apply(changed);
        });
    }

    /** "Restore test: every 90 days (important source)". */
    static String render(DrillPolicy policy, Messages m) {
        Optional<Duration> interval = RestoreTestRule.interval(policy);
        String value;
        if (interval.isEmpty()) {
            value = m.get("drill.policy.none");
        } else if (policy.every().isEmpty()) {
            value = m.get("drill.policy.important", interval.get().toDays());
        } else {
            value = m.get("drill.policy.every", interval.get().toDays());
        }
        return m.get("drill.policy.line", value);
    }
}
