package dev.vigie.report;

import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import dev.vigie.i18n.Messages;
import java.util.List;
import java.util.Map;

/**
 * The registered sources as a table for a terminal, with how each is backed up; "auto" for a layout recognised at
 * each scan, a schedule inferred from the backups, a media kind left to Vigie.
 */
public final class SourcesText {

    private SourcesText() {
    }

    /** @param settings each source's settings by name; a source missing from it has the defaults */
    public static String render(List<SourceRef> sources, Map<String, SourceSettings> settings, Messages m) {
        if (sources.isEmpty()) {
            return m.get("sources.none") + '\n';
        }
        TextTable table = new TextTable(m.get("column.source"), m.get("column.layout"), m.get("column.schedule"),
                m.get("column.media"), m.get("column.path"));
        String auto = m.get("sources.settings.auto");
        for (SourceRef source : sources) {
            SourceSettings s = settings.getOrDefault(source.name(), SourceSettings.DEFAULTS);
            String media = s.media().map(MediaKind::id).orElse(auto);
            table.row(source.name(), source.layout().map(Layout::id).orElse(m.get("sources.layout.auto")),
                    s.schedule().orElse(auto), s.offsite() ? m.get("sources.media.offsite", media) : media,
                    source.location());
        }
        return table.render();
    }
}
