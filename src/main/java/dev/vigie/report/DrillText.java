package dev.vigie.report;

import dev.vigie.backup.Finding;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillKind;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** A drill's result, and a source's drills, in words for a terminal. */
public final class DrillText {

    private DrillText() {
    }

    /** What one automatic drill did and found. */
    public static String render(Drill drill, int percent, Formats formats) {
        Messages m = formats.messages();
        StringBuilder out = new StringBuilder();
        out.append(m.get("drill.done", drill.source(), drill.backup(), drill.filesRestored(),
                formats.size(drill.bytesRestored()), formats.elapsed(drill.duration()), throughput(drill, formats)))
                .append('\n');
        if (percent < 100) {
            out.append(m.get("drill.sampled", percent)).append('\n');
        }
        out.append(m.get("drill.result." + drill.outcome().id(), drill.findings().size())).append('\n');
        drill.findings().stream().sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder()))
                .forEach(f -> out.append("  ").append(m.get("check.severity." + f.severity().name())).append("  ")
                        .append(m.finding(f)).append('\n'));
        if (drill.practice()) {
            out.append(m.get("drill.practice")).append('\n');
        }
        out.append(m.get("drill.recorded")).append('\n');
        return out.toString();
    }

    /** A source's drills, newest first, one line each. */
    public static String list(List<Drill> drills, ZoneId zone, Instant now, Formats formats) {
        Messages m = formats.messages();
        if (drills.isEmpty()) {
            return m.get("drill.list.none") + '\n';
        }
        TextTable table = new TextTable(m.get("drill.list.when"), m.get("drill.list.kind"), m.get("drill.list.backup"),
                m.get("drill.list.who"), m.get("drill.list.duration"), m.get("drill.list.result"));
        for (Drill d : drills) {
            table.row(formats.dateTime(d.startedAt(), zone),
                    m.get(d.kind() == DrillKind.AUTOMATIC ? "drill.kind.automatic" : "drill.kind.hands-on")
                            + (d.practice() ? " " + m.get("drill.kind.practice") : ""),
                    d.backup(), d.actor(), formats.elapsed(d.duration()), m.get("drill.outcome." + d.outcome().id()));
        }
        return table.render();
    }

    /** "31 MB/s". */
    public static String throughput(Drill drill, Formats formats) {
        return formats.messages().get("drill.throughput", formats.size(Math.round(drill.bytesPerSecond())));
    }
}
