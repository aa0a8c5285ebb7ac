package dev.vigie.alert;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one channel last heard of one source, in its own terms: the state if the channel hears that state (else the
 * state's fine equivalent, UP), and the codes of the findings at or above its minimum. Kept per source and channel.
 *
 * @param state    the state as this channel sees it
 * @param findings the codes of the findings this channel hears, sorted
 */
public record Watched(AlertState state, SortedSet<String> findings) {

    public Watched {
        Objects.requireNonNull(state, "state");
        findings = new TreeSet<>(findings);
    }

    /** A check as a channel of minimum {@code min} sees it. UNKNOWN is always heard: it names a source unchecked. */
    public static Watched of(SourceCheck check, Minimum min) {
        AlertState state = check.state() == AlertState.UNKNOWN || min.hears(check.state().level())
                ? check.state() : AlertState.UP;
        TreeSet<String> codes = new TreeSet<>();
        check.findings().stream().filter(f -> min.hears(f.level())).forEach(f -> codes.add(f.code()));
        return new Watched(state, codes);
    }

    /** Nothing this channel hears of is wrong. */
    public boolean fine() {
        return state.level() == Minimum.NONE && findings.isEmpty();
    }

    /** The finding codes, comma-separated, as stored. */
    public String findingsText() {
        return String.join(",", findings);
    }

    public static Watched parse(String state, String findings) {
        TreeSet<String> codes = new TreeSet<>();
        for (String code : findings.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return new Watched(AlertState.fromWord(state), codes);
    }

    List<String> newFindingsSince(Watched previous) {
        return findings.stream().filter(code -> !previous.findings.contains(code)).toList();
    }
}
