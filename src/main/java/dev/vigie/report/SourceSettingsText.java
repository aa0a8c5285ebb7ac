package dev.vigie.report;

import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import dev.vigie.i18n.Messages;
import java.time.ZoneId;

/** One source's settings in words, one per line, as {@code vigie sources set} confirms them. */
public final class SourceSettingsText {

    private static final String INDENT = "  ";

    private SourceSettingsText() {
    }

    /**
     * @param saved     whether they were just saved (else only shown)
     * @param localZone the zone used when none is set, to say which it is today
     */
    public static String render(String name, SourceSettings s, boolean saved, ZoneId localZone, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get(saved ? "sources.settings.saved" : "sources.settings.shown", name)).append('\n');
        line(out, m.get("sources.settings.schedule", s.schedule()
                .map(schedule -> m.get("sources.settings.schedule.given", schedule))
                .orElse(m.get("sources.settings.schedule.auto"))));
        line(out, m.get("sources.settings.zone", s.zone().map(ZoneId::getId)
                .orElse(m.get("sources.settings.zone.auto", localZone.getId()))));
        line(out, m.get("sources.settings.grace", s.grace().map(g -> ExactDurations.text(g, m))
                .orElse(m.get("sources.settings.grace.auto"))));
        line(out, m.get("sources.settings.media", s.media().map(MediaKind::id)
                .orElse(m.get("sources.settings.auto"))));
        line(out, m.get("sources.settings.offsite",
                m.get(s.offsite() ? "sources.settings.yes" : "sources.settings.no")));
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(INDENT).append(text).append('\n');
    }
}
