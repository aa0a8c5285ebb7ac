package dev.vigie.report;

import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.simulation.ChatDeletions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Which deleted messages of a conversation the backups hold, in one sentence per case, as the Simulator view and
 * {@code vigie chat simulate} both say it: "3 of the 5 deleted messages in this conversation are in the backup of
 * 18 Nov 02:00; 2 were deleted before any run captured them."
 */
public final class ChatText {

    private ChatText() {
    }

    /** One line per case: the time given, or both ends when the deletion time is unknown. */
    public static List<String> lines(ChatDeletions.Result result, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        if (result.late().total() == 0) {
            return List.of(m.get("chat.recovery.noDeleted"));
        }
        List<String> lines = new ArrayList<>();
        if (result.early().isEmpty()) {
            lines.add(sentence(result.late(), zone, formats));
        } else {
            lines.add(m.get("chat.recovery.ifLate") + " " + sentence(result.late(), zone, formats));
            lines.add(m.get("chat.recovery.ifEarly") + " " + sentence(result.early().get(), zone, formats));
        }
        return lines;
    }

    /** The summary of one case as a sentence. */
    public static String sentence(ChatDeletions.Summary s, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        List<String> parts = new ArrayList<>();
        if (s.backup().isPresent()) {
            parts.add(m.get("chat.recovery.inBackup", s.inBackup(), s.total(),
                    formats.dateTime(s.backup().get().created(), zone)));
        } else {
            parts.add(m.get("chat.recovery.none", s.total()));
        }
        if (s.elsewhere() > 0) {
            parts.add(m.get("chat.recovery.elsewhere", s.elsewhere()));
        }
        if (s.neverCaptured() > 0) {
            parts.add(m.get("chat.recovery.never", s.neverCaptured()));
        }
        if (s.removed() > 0) {
            parts.add(m.get("chat.recovery.removed", s.removed()));
        }
        return String.join("; ", parts) + ".";
    }
}
