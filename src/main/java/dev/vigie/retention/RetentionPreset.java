package dev.vigie.retention;

import java.util.Objects;

/**
 * A named set of rules that mimics how a backup service keeps its copies.
 *
 * @param name           what the user types or picks, e.g. {@code time-machine}
 * @param rules          the rules; empty for {@code custom}, where the user gives them
 * @param explanationKey the message key of its one-line explanation
 */
public record RetentionPreset(String name, RetentionRules rules, String explanationKey) {

    public RetentionPreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(explanationKey, "explanationKey");
    }

    /** Whether the user gives the rules themselves. */
    public boolean isCustom() {
        return rules.isEmpty();
    }
}
