package dev.vigie.report;

import dev.vigie.backup.Layout;
import dev.vigie.backup.SourceRef;
import dev.vigie.i18n.Messages;
import java.util.List;

/** The registered sources as a table for a terminal; "auto" for a layout recognised at each scan. */
public final class SourcesText {

    private SourcesText() {
    }

    public static String render(List<SourceRef> sources, Messages m) {
        if (sources.isEmpty()) {
            return m.get("sources.none") + '\n';
        }
        TextTable table = new TextTable(m.get("column.source"), m.get("column.layout"), m.get("column.path"));
        for (SourceRef source : sources) {
            table.row(source.name(), source.layout().map(Layout::id).orElse(m.get("sources.layout.auto")),
                    source.location());
        }
        return table.render();
    }
}
