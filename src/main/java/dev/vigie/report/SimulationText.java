package dev.vigie.report;

import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.simulation.Advice;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.LossOutcome;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.simulation.NotCaptured;
import dev.vigie.simulation.SimulationResult;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A simulation as a table for a terminal, then one verdict sentence per event and the summary. */
public final class SimulationText {

    private SimulationText() {
    }

    public static String render(SimulationResult result, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        TextTable table = new TextTable(m.get("simulate.column.event"), m.get("simulate.column.kind"),
                m.get("simulate.column.captured"), m.get("simulate.column.recoverableNow"),
                m.get("simulate.column.until"), m.get("simulate.column.timeLeft"));
        for (EventOutcome outcome : result.outcomes()) {
            if (outcome instanceof MessageOutcome message) {
                table.row(message.event().label(), m.get("simulate.kind.message"),
                        String.valueOf(message.capturedBy().size()), yesNo(m, message.recoverableNow()),
                        message.keptBeyondHorizon() ? m.get("simulate.beyondHorizon")
                                : time(message.recoverableUntil(), zone, formats),
                        message.timeLeft().map(formats::duration).orElse("-"));
            } else {
                LossOutcome loss = (LossOutcome) outcome;
                table.row(loss.event().label(), m.get("simulate.kind.loss"), time(loss.lastBackupBefore(), zone,
                        formats), yesNo(m, loss.backupExistsNow()), "-", "-");
            }
        }
        StringBuilder out = new StringBuilder(table.render());
        for (EventOutcome outcome : result.outcomes()) {
            out.append(outcome.event().label()).append(": ").append(verdict(outcome, zone, formats)).append('\n');
        }
        SimulationResult.Summary s = result.summary();
        out.append(m.get("simulate.summary", s.events(), s.recoverableNow(), s.neverCaptured(), s.lost()));
        s.medianTimeLeft().ifPresent(d -> out.append(' ').append(m.get("simulate.summary.median",
                formats.duration(d))));
        return out.append('\n').toString();
    }

    /** The sentences that answer for one event: what happened to it, then what to do. */
    public static String verdict(EventOutcome outcome, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        if (outcome instanceof LossOutcome loss) {
            if (loss.lastBackupBefore().isEmpty()) {
                return m.get("simulate.loss.none");
            }
            return m.get(loss.backupExistsNow() ? "simulate.loss.exists" : "simulate.loss.gone",
                    formats.dateTime(loss.lastBackupBefore().get(), zone),
                    formats.duration(loss.exposure().orElseThrow()));
        }
        MessageOutcome message = (MessageOutcome) outcome;
        if (message.whyNotCaptured().isPresent()) {
            NotCaptured why = message.whyNotCaptured().get();
            return m.get("simulate.never") + " " + m.get(why.reason().messageKey(),
                    formats.dateTime(why.at(), zone));
        }
        String captured = m.get("simulate.captured", message.capturedBy().size(),
                formats.dateTime(message.capturedBy().get(0), zone));
        if (message.keptBeyondHorizon()) {
            return captured + " " + m.get("simulate.kept");
        }
        Instant until = message.recoverableUntil().orElseThrow();
        if (!message.recoverableNow()) {
            return captured + " " + m.get("simulate.pruned", formats.dateTime(until, zone));
        }
        String verdict = captured + " " + m.get("simulate.until", formats.dateTime(until, zone),
                formats.duration(message.timeLeft().orElseThrow()));
        return message.advice().map(a -> verdict + " " + advice(a, zone, formats)).orElse(verdict);
    }

    /** The advice as one sentence. */
    public static String advice(Advice advice, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        String before = formats.dateTime(advice.before(), zone);
        if (advice.action() == Advice.Action.TURN_OFF_AUTOMATIC_BACKUP) {
            return m.get("simulate.advice.turnOff", before);
        }
        // An iPhone backup's folder is named by the phone's id: the advice names the backup by its date instead.
        return advice.file().map(f -> Formats.isDeviceFolder(f)
                        ? m.get("simulate.advice.copyIphone", formats.dateTime(advice.backup(), zone), before)
                        : m.get("simulate.advice.copyFile", f, before))
                .orElseGet(() -> m.get("simulate.advice.copyBackup", formats.dateTime(advice.backup(), zone),
                        before));
    }

    private static String yesNo(Messages m, boolean yes) {
        return m.get(yes ? "simulate.yes" : "simulate.no");
    }

    private static String time(Optional<Instant> t, ZoneId zone, Formats formats) {
        return t.map(i -> formats.dateTime(i, zone)).orElse("-");
    }
}
