package dev.vigie.report;

import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillKind;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainer's printable summary of a class's drills: who restored what, when, in how long, with what result, source
 * by source. Laid out as the checklists' document, so it prints through the same PDF writer.
 */
public final class DrillSummary {

    private DrillSummary() {
    }

    public static ChecklistDocument document(List<Drill> drills, ZoneId zone, Instant printedAt, Formats formats) {
        Messages m = formats.messages();
        List<ChecklistDocument.Block> blocks = new ArrayList<>();
        blocks.add(new ChecklistDocument.Fields(List.of(
                Map.entry(m.get("drill.summary.printed"), ChecklistDocument.time(printedAt, zone, formats)),
                Map.entry(m.get("drill.summary.count"), String.valueOf(drills.size())))));
        if (drills.isEmpty()) {
            blocks.add(new ChecklistDocument.Paragraph(m.get("drill.list.none")));
        }
        Map<String, List<Drill>> bySource = new LinkedHashMap<>();
        drills.stream().sorted((a, b) -> a.startedAt().compareTo(b.startedAt()))
                .forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d));
        for (Map.Entry<String, List<Drill>> source : bySource.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (Drill d : source.getValue()) {
                String kind = m.get(d.kind() == DrillKind.AUTOMATIC ? "drill.kind.automatic" : "drill.kind.hands-on")
                        + (d.practice() ? " " + m.get("drill.kind.practice") : "");
                lines.add(m.get("drill.summary.line", d.actor(), ChecklistDocument.time(d.startedAt(), zone, formats),
                        formats.elapsed(d.duration()), kind, m.get("drill.outcome." + d.outcome().id()))
                        + (d.notes().isEmpty() ? "" : " \u2014 " + d.notes()));
            }
            blocks.add(new ChecklistDocument.Bullets(source.getKey(), lines));
        }
        return new ChecklistDocument(m.get("drill.summary.title"), blocks);
    }
}
