package dev.vigie.report;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceRef;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A source's history as a table for a terminal, oldest first, in the user's language and zone. */
public final class HistoryText {

    private HistoryText() {
    }

    /**
     * @param lastScan when the source was last scanned, which is what "present" refers to; empty if never
     * @param now      the present, for how long ago the last scan was
     */
    public static String render(SourceRef source, List<SeenBackup> history, Optional<Instant> lastScan,
                                ZoneId zone, Instant now, Formats formats) {
        Messages m = formats.messages();
        StringBuilder out = new StringBuilder();
        out.append(m.get("history.header", source.name(), source.location())).append('\n');
        if (lastScan.isEmpty()) {
            return out.append(m.get("history.neverScanned", source.name())).append('\n').toString();
        }
        if (history.isEmpty()) {
            out.append(m.get("history.none", source.name())).append('\n');
        } else {
            TextTable table = new TextTable(m.get("column.time"), m.get("column.size"), m.get("column.files"),
                    m.get("column.firstSeen"), m.get("column.lastSeen"), m.get("column.present"),
                    m.get("column.name"));
            table.alignRight(1, 2);
            for (SeenBackup seen : history) {
                BackupSet set = seen.backup();
                table.row(formats.dateTime(set.time(), zone), set.sizeKnown() ? formats.size(set.sizeBytes()) : "–",
                        set.sizeKnown() ? String.valueOf(set.fileCount()) : "–", formats.dateTime(seen.firstSeen(), zone),
                        formats.dateTime(seen.lastSeen(), zone),
                        m.get(seen.inLatestScan() ? "history.present.yes" : "history.present.no"),
                        formats.backupName(set, zone));
            }
            out.append(table.render());
            long present = history.stream().filter(SeenBackup::inLatestScan).count();
            out.append(m.get("history.count", history.size(), present)).append('\n');
        }
        out.append(m.get("history.lastScan", formats.dateTime(lastScan.get(), zone),
                formats.age(lastScan.get(), now))).append('\n');
        return out.toString();
    }
}
