package dev.vigie.workspace;

import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.chat.ChatFiles;
import dev.vigie.chat.ChatImportCancelled;
import dev.vigie.chat.ChatImportRefused;
import dev.vigie.chat.ChatMessage;
import dev.vigie.chat.ChatParser;
import dev.vigie.chat.ChatProgress;
import dev.vigie.chat.ChatSummary;
import dev.vigie.chat.DateOrder;
import dev.vigie.chat.ImportedChat;
import dev.vigie.chat.MessageKind;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.simulation.ChatDeletions;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.Timeline;
import dev.vigie.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * WhatsApp chat exports as both faces use them: import one as evidence (behind the consent gate, audited), list,
 * remove, and ask which of its deleted messages a source's backups still hold. Obtained from
 * {@link Workspace#chats()}. Only times, authors' names and kinds are kept, never message text.
 */
public final class ChatExports {

    /**
     * An import's result: what was stored, and the export as read (its counts and deleted markers).
     */
    public record Imported(ImportedChat chat, ChatSummary export) {

        public Imported {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(export, "export");
        }
    }

    /**
     * Which of a chat's deleted messages a source's backups hold.
     *
     * @param zone   the source's zone, the one its backups' times are shown in
     * @param policy the retention policy simulated, as restic's rules
     */
    public record Recovery(ImportedChat chat, String source, ZoneId zone, String policy,
                           ChatDeletions.Result result) {

        public Recovery {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(result, "result");
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final String actor;

    ChatExports(Workspace workspace, Clock clock, String actor) {
        this.workspace = workspace;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Reads an export file ({@code .txt} or WhatsApp's {@code .zip}) and stores it for a contact, when that contact's
     * consent for restore-access is valid now, by this workspace's clock: the decision is recorded, so it is never
     * taken at another time. The gate is passed before the file is opened: a refused export is never read. Audited with the data, in one transaction; a refusal is
     * audited too ({@code chat.refused}, with the reasons' codes but not the file's name, which holds the
     * contact's), in a transaction of its own.
     *
     * @param source the registered source whose backups hold the conversation, if the user says which
     * @param zone   the zone the phone showed the export's times in
     * @throws ChatImportRefused when the consent is not valid; nothing is stored but the refusal's audit entry
     * @throws InputProblem      for an unknown contact or source, an unreadable file, or dates that cannot be told
     */
    public Imported importFile(Path file, String contactId, Optional<String> source, Optional<DateOrder> order,
                               ZoneId zone) {
        return importFile(file, contactId, source, order, zone, ChatProgress.NONE);
    }

    /**
     * {@link #importFile(Path, String, Optional, Optional, ZoneId)}, telling {@code progress} how far it has read;
     * cancelled, it stores nothing and throws {@link ChatImportCancelled}.
     */
    public Imported importFile(Path file, String contactId, Optional<String> source, Optional<DateOrder> order,
                               ZoneId zone, ChatProgress progress) {
        Optional<String> sourceName = source.map(s -> workspace.find(s)
                .orElseThrow(() -> new InputProblem("error.source.unknown", s)).name());
        try {
            try (Store store = open()) {
                store.chats().gate(contactId, clock.instant(), actor);
            }
            // Two streaming passes: the first (which lines are messages, the date order, the participants) before
            // the write transaction, the second inside it, each message written as it is read.
            ChatParser.Survey survey = ChatFiles.survey(file, order, progress);
            String fileName = file.getFileName().toString();
            try (Store store = open()) {
                AuditStamp stamp = stamp();
                ChatSummary[] export = new ChatSummary[1];
                ImportedChat chat = store.chats().importChat(contactId, sourceName, fileName, zone,
                        sink -> export[0] = ChatFiles.read(survey, file, zone, sink), stamp.time(), stamp);
                return new Imported(chat, export[0]);
            }
        } catch (ChatImportRefused refused) {
            try (Store store = open()) {
                store.chats().refused(sourceName, refused, stamp());
            }
            throw refused;
        }
    }

    /** Every imported chat, newest import first. */
    public List<ImportedChat> list() {
        try (Store store = open()) {
            return store.chats().list();
        }
    }

    public Optional<ImportedChat> find(long id) {
        try (Store store = open()) {
            return store.chats().find(id);
        }
    }

    /** A chat's messages as stored: times, authors, kinds. */
    public List<ChatMessage> messages(long id) {
        try (Store store = open()) {
            return store.chats().messages(id);
        }
    }

    /**
     * Removes an imported chat, audited.
     *
     * @throws InputProblem when no chat has that number
     */
    public ImportedChat remove(long id) {
        try (Store store = open()) {
            return store.chats().remove(id, stamp());
        }
    }

    /**
     * Which of a chat's deleted messages the source's backups hold now.
     *
     * @param source  a registered source; empty for the one the chat was imported with
     * @param deleted when the messages were deleted, if known; else between each one's sending and the export
     * @param rules   the retention policy; empty for the source's usual one (WhatsApp's own for a phone)
     * @throws InputProblem for an unknown chat or source, or a chat imported without a source and none given
     */
    public Recovery recovery(long id, Optional<String> source, Optional<Instant> deleted,
                             Optional<RetentionRules> rules, Instant now, ZoneId userZone) {
        ImportedChat chat = find(id).orElseThrow(() -> new InputProblem("error.chat.unknown", id));
        String name = source.or(chat::source).orElseThrow(() -> new InputProblem("error.chat.noSource", id));
        SimulationSource simulated = workspace.simulationSource(name);
        boolean cloud = simulated.settings().media().filter(m -> m == MediaKind.CLOUD).isPresent();
        ZoneId zone = simulated.zone(Optional.empty(), userZone);
        Schedule schedule = simulated.schedule(Optional.empty(), zone);
        RetentionPolicy policy = RetentionPolicies.atEveryRun(simulated.rules(rules));
        Timeline timeline = simulated.timeline(schedule, policy, now);
        Simulator simulator = new Simulator(timeline, now, simulated.place());
        List<ChatMessage> deletedMarkers;
        try (Store store = open()) {
            deletedMarkers = store.chats().messages(id, MessageKind.DELETED);
        }
        List<ChatDeletions.Deleted> markers = deletedMarkers.stream()
                .map(m -> new ChatDeletions.Deleted(m.author().orElse(""), m.time())).toList();
        // A message cannot be deleted before it was sent: such a time is a mistake, not a what-if.
        Optional<Instant> lastSent = markers.stream().map(ChatDeletions.Deleted::sent).max(Instant::compareTo);
        if (deleted.isPresent() && lastSent.filter(sent -> deleted.get().isBefore(sent)).isPresent()) {
            java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(zone);
            throw new InputProblem("error.chat.deletedBeforeSent", local.format(deleted.get()),
                    local.format(lastSent.get()));
        }
        return new Recovery(chat, name, zone, policy.describe(),
                ChatDeletions.answer(markers, chat.last(), deleted, simulator));
    }

    /**
     * For a restore checklist: how many messages of the chats this source holds were sent after {@code backupTime},
     * which restoring that backup loses. The chats counted are those imported with this source and, for a WhatsApp
     * phone (which holds every conversation on it), those imported without one. Empty when no chat counts.
     */
    public Optional<Integer> messagesAfter(String source, Layout layout, Instant backupTime) {
        boolean phone = layout == Layout.WHATSAPP_ANDROID || layout == Layout.WHATSAPP_BUSINESS_ANDROID
                || layout == Layout.IOS_DEVICE_BACKUP;
        try (Store store = open()) {
            List<ImportedChat> chats = store.chats().list().stream()
                    .filter(c -> c.source().map(source::equals).orElse(phone)).toList();
            if (chats.isEmpty()) {
                return Optional.empty();
            }
            int after = 0;
            for (ImportedChat chat : chats) {
                if (chat.last().isAfter(backupTime)) {
                    after += store.chats().messagesAfter(chat.id(), backupTime);
                }
            }
            return Optional.of(after);
        }
    }

    private Store open() {
        return Store.open(workspace.dataDir());
    }

    private AuditStamp stamp() {
        return new AuditStamp(actor, clock.instant());
    }
}
