package dev.vigie.report;

import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.simulation.ScenarioOutcome;
import dev.vigie.simulation.WhatIfResult;
import java.time.ZoneId;

/** A what-if comparison as a table for a terminal: one row per scenario, under the period it covers. */
public final class WhatIfText {

    private WhatIfText() {
    }

    /** @param observedSchedule how the observed backups continue after now, for the first rows' schedule column */
    public static String render(WhatIfResult result, String observedSchedule, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        StringBuilder out = new StringBuilder(m.get("whatif.period", formats.dateTime(result.from(), zone),
                formats.dateTime(result.to(), zone), formats.duration(result.delay()))).append("\n\n");
        TextTable table = new TextTable(m.get("whatif.column.scenario"), m.get("whatif.column.schedule"),
                m.get("whatif.column.policy"), m.get("whatif.column.backups"), m.get("whatif.column.worst"),
                m.get("whatif.column.mean"), m.get("whatif.column.recoverable", formats.duration(result.delay())));
        for (ScenarioOutcome outcome : result.outcomes()) {
            table.row(outcome.scenario().label(),
                    outcome.scenario().schedule().map(formats::schedule)
                            .orElse(m.get("whatif.asObserved", observedSchedule)),
                    outcome.scenario().policy().describe(), String.valueOf(outcome.backups()),
                    formats.duration(outcome.worstExposure()), formats.duration(outcome.meanExposure()),
                    percent(outcome.recoverableAfterDelay(), formats));
        }
        return out.append(table.render()).toString();
    }

    /** A share as a whole percentage, never rounded up to 100 % nor down to 0 % when it is not. */
    static String percent(double share, Formats formats) {
        long whole = Math.round(share * 100);
        if (whole == 100 && share < 1) {
            whole = 99;
        } else if (whole == 0 && share > 0) {
            whole = 1;
        }
        return formats.messages().get("whatif.percent", whole);
    }
}
