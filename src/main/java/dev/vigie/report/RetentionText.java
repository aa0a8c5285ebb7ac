package dev.vigie.report;

import dev.vigie.i18n.Messages;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.Snapshot;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A retention decision as a table for a terminal: every snapshot newest first, kept or removed, and why. */
public final class RetentionText {

    /** As written, offset included: the policy buckets by these very fields. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssXXX");

    private RetentionText() {
    }

    /** @param policy the rules in restic's flags, as the policy describes them */
    public static String render(RetentionDecision decision, String policy, Messages m) {
        Map<Snapshot, RetentionDecision.Reason> reasons = new IdentityHashMap<>();
        decision.reasons().forEach(r -> reasons.put(r.snapshot(), r));
        List<Snapshot> all = new ArrayList<>(decision.keep());
        all.addAll(decision.remove());
        // Stable, so that equal times keep the policy's order.
        all.sort(Comparator.comparing((Snapshot s) -> s.time().toInstant()).reversed());

        StringBuilder out = new StringBuilder();
        out.append(m.get("retention.policy", policy)).append('\n');
        TextTable table = new TextTable(m.get("column.time"), m.get("retention.column.snapshot"),
                m.get("retention.column.decision"), m.get("retention.column.reasons"));
        for (Snapshot s : all) {
            RetentionDecision.Reason reason = reasons.get(s);
            table.row(TIME.format(s.time()), s.id(), m.get(reason == null ? "retention.removed" : "retention.kept"),
                    reason == null ? "" : String.join(", ", reason.matches()));
        }
        out.append(table.render());
        out.append(m.get("retention.summary", decision.keep().size(), all.size(), decision.remove().size()))
                .append('\n');
        return out.toString();
    }
}
