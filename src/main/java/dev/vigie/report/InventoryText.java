package dev.vigie.report;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanWarning;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.i18n.Printable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A scan as a table for a terminal, in the user's language and zone. */
public final class InventoryText {

    private InventoryText() {
    }

    public static String render(Inventory inventory, ZoneId zone, Instant now, Formats formats) {
        Messages m = formats.messages();
        StringBuilder out = new StringBuilder();
        out.append(m.get("scan.header", Printable.escape(inventory.source()), inventory.layout().id())).append('\n');
        if (inventory.backups().isEmpty()) {
            out.append(m.get("scan.none")).append('\n');
        } else {
            TextTable table = new TextTable(m.get("column.time"), m.get("column.age"), m.get("column.size"),
                    m.get("column.files"), m.get("column.timeSource"), m.get("column.name"));
            table.alignRight(2, 3);
            for (BackupSet set : inventory.backups()) {
                table.row(formats.dateTime(set.time(), zone), formats.age(set.time(), now),
                        set.sizeKnown() ? formats.size(set.sizeBytes()) : "–",
                        set.sizeKnown() ? String.valueOf(set.fileCount()) : "–",
                        m.get("timeSource." + set.timeSource().id()), formats.backupName(set, zone));
            }
            out.append(table.render());
            out.append(m.get("scan.count", inventory.backups().size())).append('\n');
        }
        appendWarnings(out, inventory.warnings(), m);
        return out.toString();
    }

    static void appendWarnings(StringBuilder out, List<ScanWarning> warnings, Messages m) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append(m.get("scan.warnings", warnings.size())).append('\n');
        List<String> lines = new ArrayList<>();
        for (ScanWarning w : warnings) {
            lines.add("  " + m.warning(w));
        }
        lines.forEach(l -> out.append(l).append('\n'));
    }
}
