package dev.vigie.ui.drill;

import dev.vigie.drill.Drill;
import dev.vigie.ui.common.I18n;
import java.time.Instant;
import java.util.Optional;

/** The dashboard card's line about restore tests: "last restore test: 94 days ago, 3 min 12 s". */
public final class DrillCardLine {

    private DrillCardLine() {
    }

    /** @param last the source's newest drill, practice included (then said so) */
    public static String text(Optional<Drill> last, Instant now, I18n i18n) {
        return last.map(d -> i18n.get(d.practice() ? "drill.card.practice" : "drill.card.last",
                i18n.formats().age(d.endedAt(), now), i18n.formats().elapsed(d.duration())))
                .orElse(i18n.get("drill.card.none"));
    }
}
