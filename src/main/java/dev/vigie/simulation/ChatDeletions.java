package dev.vigie.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of the messages deleted in a conversation a source's backups still hold, from a chat export: each deleted
 * marker is a message sent at its time and deleted at a time the user gives, or, when nobody knows, somewhere between
 * its sending and the export. Then both ends are answered: deleted just before the export (the best case: every
 * run in between captured it) and right after it was sent (the worst: no run did).
 */
public final class ChatDeletions {

    /**
     * A deleted message of the conversation.
     *
     * @param label who sent it, for the answer
     * @param sent  when it was sent (the marker's time)
     */
    public record Deleted(String label, Instant sent) {

        public Deleted {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(sent, "sent");
        }
    }

    /**
     * One deleted message's answer.
     *
     * @param late  deleted at the time given, or just before the export when none was given
     * @param early deleted right after it was sent; only when no time was given
     */
    public record Answer(Deleted message, MessageOutcome late, Optional<MessageOutcome> early) {

        public Answer {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(late, "late");
            Objects.requireNonNull(early, "early");
        }
    }

    /**
     * How the deleted messages fare in one case.
     *
     * @param total          the deleted messages
     * @param inBackup       how many the backup to restore holds
     * @param backup         the backup to restore: of those that exist now, the one that holds most of them (the
     *                       newest on a tie); empty when none holds any
     * @param elsewhere      held now by other backups only
     * @param neverCaptured  deleted before any run captured them
     * @param removed        captured, but by backups retention has removed since
     */
    public record Summary(int total, int inBackup, Optional<BackupLifetime> backup, int elsewhere, int neverCaptured,
                          int removed) {

        public Summary {
            Objects.requireNonNull(backup, "backup");
        }
    }

    /**
     * @param answers        per deleted message, in the conversation's order
     * @param late           the summary with the time given, or with each deleted just before the export
     * @param early          the summary with each deleted right after it was sent, when no time was given
     * @param deletionKnown  whether the user gave the deletion time
     */
    public record Result(List<Answer> answers, Summary late, Optional<Summary> early, boolean deletionKnown) {

        public Result {
            answers = List.copyOf(answers);
            Objects.requireNonNull(late, "late");
            Objects.requireNonNull(early, "early");
        }
    }

    private ChatDeletions() {
    }

    /**
     * @param exported when the export was made (at the latest, its last message's time)
     * @param deleted  when the messages were deleted, if known; a time before a message was sent counts as its
     *                 sending
     */
    public static Result answer(List<Deleted> messages, Instant exported, Optional<Instant> deleted,
                                Simulator simulator) {
        List<Answer> answers = new ArrayList<>(messages.size());
        for (Deleted message : messages) {
            Instant lateEnd = deleted.orElse(exported);
            if (lateEnd.isBefore(message.sent())) {
                lateEnd = message.sent();
            }
            MessageOutcome late = simulator.message(new MessageEvent(message.label(), Optional.of(message.sent()),
                    lateEnd));
            Optional<MessageOutcome> early = deleted.isPresent() ? Optional.empty()
                    : Optional.of(simulator.message(new MessageEvent(message.label(), Optional.of(message.sent()),
                            message.sent())));
            answers.add(new Answer(message, late, early));
        }
        Summary late = summary(answers.stream().map(Answer::late).toList());
        Optional<Summary> early = deleted.isPresent() ? Optional.empty()
                : Optional.of(summary(answers.stream().map(a -> a.early().orElseThrow()).toList()));
        return new Result(answers, late, early, deleted.isPresent());
    }

    static Summary summary(List<MessageOutcome> outcomes) {
        Map<Instant, BackupLifetime> candidates = new LinkedHashMap<>();
        for (MessageOutcome outcome : outcomes) {
            outcome.bestBackup().ifPresent(b -> candidates.putIfAbsent(b.created(), b));
        }
        Optional<BackupLifetime> chosen = Optional.empty();
        int most = 0;
        List<BackupLifetime> newestFirst = candidates.values().stream()
                .sorted(Comparator.comparing(BackupLifetime::created).reversed()).toList();
        for (BackupLifetime candidate : newestFirst) {
            int held = (int) outcomes.stream().filter(o -> o.capturedBy().contains(candidate.created())).count();
            if (held > most) {
                most = held;
                chosen = Optional.of(candidate);
            }
        }
        int heldNow = (int) outcomes.stream().filter(MessageOutcome::recoverableNow).count();
        int never = (int) outcomes.stream().filter(MessageOutcome::neverCaptured).count();
        int removed = (int) outcomes.stream().filter(o -> o.captured() && !o.recoverableNow()).count();
        return new Summary(outcomes.size(), most, chosen, heldNow - most, never, removed);
    }
}
