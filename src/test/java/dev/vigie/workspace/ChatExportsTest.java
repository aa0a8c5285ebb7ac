package dev.vigie.workspace;

import static dev.vigie.consent.Purpose.ARCHIVE;
import static dev.vigie.consent.Purpose.RESTORE_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.audit.AuditEntry;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.chat.ChatImportCancelled;
import dev.vigie.chat.ChatImportRefused;
import dev.vigie.chat.ChatProgress;
import dev.vigie.chat.ChatSamples;
import dev.vigie.chat.ImportedChat;
import dev.vigie.chat.MessageKind;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.DenialReason;
import dev.vigie.simulation.ChatDeletions;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.store.Store;
import dev.vigie.testing.Paris;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chat exports behind the consent gate, audited with their data, and never their text. */
class ChatExportsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Paris.at("2026-11-21T09:00");
    private static final String SECRET = "Pineapple-delivery-code-7731";

    @TempDir
    Path tmp;

    private Workspace workspace;
    private Ledger ledger;
    private ChatExports chats;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(tmp.resolve("data"), new LocalScanner(), Clock.fixed(NOW, ZoneOffset.UTC), "marie");
        ledger = workspace.ledger();
        chats = workspace.chats();
        ledger.addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "+33 6 12 34 56 78", Optional.empty(),
                Optional.empty()), Optional.empty());
    }

    private static String conversation(Instant start) {
        return ChatSamples.android(start, PARIS, "Anna Martin", "Hello, my order: " + SECRET)
                + "and a second line of it\n"
                + ChatSamples.android(start.plus(Duration.ofMinutes(5)), PARIS, "Anna Martin", "This message was deleted")
                + ChatSamples.android(start.plus(Duration.ofMinutes(6)), PARIS, "Shop \uD83D\uDED2", "<Media omitted>")
                + ChatSamples.android(start.plus(Duration.ofMinutes(7)), PARIS, "Shop \uD83D\uDED2",
                        "You deleted this message");
    }

    private List<String> actions() {
        return ledger.auditLog().stream().map(AuditEntry::action).toList();
    }

    @Test
    void withoutConsentForRestoreAccessTheImportIsRefusedWithTheReasons() throws Exception {
        ledger.grant("anna", ARCHIVE, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), conversation(Paris.at("2026-11-20T14:00")));

        assertThatThrownBy(() -> chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS))
                .isInstanceOfSatisfying(ChatImportRefused.class, refused -> assertThat(refused.decision().reasons())
                        .extracting(DenialReason::code).containsExactly(DenialReason.Code.OTHER_PURPOSE_ONLY));
        assertThat(chats.list()).isEmpty();
        assertThat(actions()).doesNotContain("chat.import");
    }

    @Test
    void aRefusedImportIsAuditedOnceWithTheReasonsButNothingOfTheFileAndStoresNothing() throws Exception {
        ledger.grant("anna", ARCHIVE, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path file = ChatSamples.write(tmp.resolve("WhatsApp Chat with Anna Martin.txt"),
                conversation(Paris.at("2026-11-20T14:00")));
        List<AuditEntry> before = ledger.auditLog();

        assertThatThrownBy(() -> chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS))
                .isInstanceOf(ChatImportRefused.class);

        assertThat(chats.list()).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Store.databaseFile(workspace.dataDir()));
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT (SELECT count(*) FROM chat_exports) "
                     + "+ (SELECT count(*) FROM chat_messages)")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("chat rows").isZero();
        }
        List<AuditEntry> after = ledger.auditLog();
        assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(AuditEntry[]::new));
        AuditEntry refused = after.get(after.size() - 1);
        assertThat(refused.action()).isEqualTo("chat.refused");
        assertThat(refused.subject()).isEqualTo("anna");
        assertThat(refused.details()).isEqualTo("{\"at\":\"2026-11-21T08:00:00.000Z\","
                + "\"purpose\":\"restore-access\",\"reasons\":[\"other-purpose-only\"],\"source\":\"\"}");
        assertThat(refused.details()).doesNotContain("Anna", "Martin", "WhatsApp Chat", SECRET, "Shop");
        assertThat(ledger.verifyAudit().intact()).isTrue();
    }

    @Test
    void anImportTellsHowFarItHasReadAndCancelledPartWayStoresNothing() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        StringBuilder text = new StringBuilder();
        Instant t = Paris.at("2026-01-01T08:00");
        while (text.length() < 3_000_000) {
            text.append(ChatSamples.android(t, PARIS, "Anna Martin", "A message long enough to fill megabytes"));
            t = t.plusSeconds(60);
        }
        Path file = ChatSamples.write(tmp.resolve("big.txt"), text.toString());
        long size = Files.size(file);

        List<long[]> seen = new ArrayList<>();
        chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS, progress(seen, Long.MAX_VALUE));
        assertThat(seen).isNotEmpty().allSatisfy(r -> assertThat(r[1]).isEqualTo(2 * size));
        assertThat(seen.get(seen.size() - 1)[0]).isGreaterThan(size); // both passes counted
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThan(seen.get(i - 1)[0]);
        }
        assertThat(chats.list()).hasSize(1);

        // Cancelled in the second pass, inside the write: the import is rolled back whole.
        List<AuditEntry> before = ledger.auditLog();
        assertThatThrownBy(() -> chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS,
                progress(new ArrayList<>(), size + 1_000_000))).isInstanceOf(ChatImportCancelled.class);
        assertThat(chats.list()).hasSize(1);
        assertThat(ledger.auditLog()).hasSize(before.size());
        assertThat(ledger.verifyAudit().intact()).isTrue();
    }

    /** Records what an import says of its reading; cancels once it has read {@code stopAfter} bytes. */
    private static ChatProgress progress(List<long[]> seen, long stopAfter) {
        return new ChatProgress() {
            @Override
            public void read(long done, long total) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return !seen.isEmpty() && seen.get(seen.size() - 1)[0] >= stopAfter;
            }
        };
    }

    @Test
    void aDateThatDoesNotExistAfterSeveralBatchesStoresNothingOfTheImport() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        StringBuilder text = new StringBuilder();
        Instant start = Paris.at("2026-11-01T08:00");
        for (int i = 0; i < 3500; i++) {
            text.append(ChatSamples.android(start.plus(Duration.ofMinutes(i)), PARIS, "Anna Martin", "line " + i));
        }
        // Its 31 settles day first, and 31 February does not exist: found after the first batches are written.
        text.append("31/02/2026, 10:00 - Anna Martin: the end\n");
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), text.toString());
        List<AuditEntry> before = ledger.auditLog();

        assertThatThrownBy(() -> chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.chat.badDate"));

        assertThat(chats.list()).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Store.databaseFile(workspace.dataDir()));
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT (SELECT count(*) FROM chat_exports) "
                     + "+ (SELECT count(*) FROM chat_messages)")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("chat rows").isZero();
        }
        assertThat(ledger.auditLog()).isEqualTo(before);
    }

    @Test
    void aLargeImportStreamedInBatchesKeepsEveryMessageInOrderWithItsCounts() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        StringBuilder text = new StringBuilder();
        Instant start = Paris.at("2026-11-20T08:00");
        int n = 2 * 1000 + 345;
        for (int i = 0; i < n; i++) {
            String author = i % 2 == 0 ? "Anna Martin" : "Shop";
            String said = i % 100 == 7 ? "This message was deleted" : "line " + i;
            text.append(ChatSamples.android(start.plus(Duration.ofMinutes(i)), PARIS, author, said));
        }
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), text.toString());

        ChatExports.Imported imported = chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS);

        assertThat(imported.chat().messages()).isEqualTo(n);
        assertThat(imported.export().messages()).isEqualTo(n);
        assertThat(imported.chat().deleted()).isEqualTo(n / 100 + 1);
        assertThat(imported.export().authors()).containsEntry("Anna Martin", (n + 1) / 2).containsEntry("Shop", n / 2);
        assertThat(imported.chat().first()).isEqualTo(start);
        assertThat(imported.chat().last()).isEqualTo(start.plus(Duration.ofMinutes(n - 1)));
        List<Instant> times = chats.messages(imported.chat().id()).stream().map(m -> m.time()).toList();
        assertThat(times).hasSize(n).isSorted().first().isEqualTo(start);
        // A phone's checklist counts, in the database, the messages sent after the backup restored.
        assertThat(chats.messagesAfter("phone", Layout.WHATSAPP_ANDROID, start.plus(Duration.ofMinutes(1000))))
                .contains(n - 1001);
    }

    @Test
    void aZipWhoseChatInflatesPastTheCapIsRefusedWhileStreamingAndStoresNothing() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path zip = tmp.resolve("bomb.zip");
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) 'a');
        for (int i = 99; i < block.length; i += 100) {
            block[i] = '\n';
        }
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(1);
            out.putNextEntry(new java.util.zip.ZipEntry("_chat.txt"));
            out.write(ChatSamples.android(Paris.at("2026-11-20T14:00"), PARIS, "Anna Martin", "hi")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 513; i++) {
                out.write(block);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).as("a small file").isLessThan(10L * 1024 * 1024);

        assertThatThrownBy(() -> chats.importFile(zip, "anna", Optional.empty(), Optional.empty(), PARIS))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.chat.tooLarge"));
        assertThat(chats.list()).isEmpty();
    }

    @Test
    void aWithdrawnConsentRefusesTooAndAnUnknownContactIsBadInput() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        ledger.withdraw("anna", RESTORE_ACCESS, Paris.at("2026-06-01T10:00"));
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), conversation(Paris.at("2026-11-20T14:00")));

        assertThatThrownBy(() -> chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS))
                .isInstanceOfSatisfying(ChatImportRefused.class, refused -> assertThat(refused.decision().reasons())
                        .extracting(DenialReason::code).containsExactly(DenialReason.Code.WITHDRAWN));
        assertThatThrownBy(() -> chats.importFile(file, "nobody", Optional.empty(), Optional.empty(), PARIS))
                .hasMessageContaining("error.contact.unknown");
    }

    @Test
    void removingAContactAuditsEachOfItsChatsAndNoChatNumberIsEverGivenTwice() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), conversation(Paris.at("2026-11-20T14:00")));
        long first = chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS).chat().id();
        long second = chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS).chat().id();
        chats.remove(second);

        long third = chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS).chat().id();
        ledger.removeContact("anna");

        assertThat(third).as("the removed chat's number is not given again").isGreaterThan(second);
        List<String> removals = ledger.auditLog().stream().filter(e -> e.action().equals("chat.remove"))
                .map(AuditEntry::details).toList();
        assertThat(removals).hasSize(3);
        assertThat(removals.get(1)).contains("\"chat\":" + first);
        assertThat(removals.get(2)).contains("\"chat\":" + third);
        assertThat(actions().get(actions().size() - 1)).isEqualTo("contact.remove");
        ledger.addContact(new ContactDraft(Optional.of("anna"), "Anna Martin", "+33 6 12 34 56 78",
                Optional.empty(), Optional.empty()), Optional.empty());
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        assertThat(chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS).chat().id())
                .isGreaterThan(third);
    }

    @Test
    void anImportWithConsentKeepsCountsAndIsAuditedAndItsRemovalToo() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path file = ChatSamples.write(tmp.resolve("WhatsApp Chat with Anna Martin.txt"),
                "\uFEFF" + conversation(Paris.at("2026-11-20T14:00")).replace("\n", "\r\n"));

        ChatExports.Imported imported = chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS);

        ImportedChat chat = imported.chat();
        assertThat(chat.messages()).isEqualTo(4);
        assertThat(chat.deleted()).isEqualTo(2);
        assertThat(chat.first()).isEqualTo(Paris.at("2026-11-20T14:00"));
        assertThat(chat.last()).isEqualTo(Paris.at("2026-11-20T14:07"));
        assertThat(chats.messages(chat.id())).extracting(m -> m.kind()).containsExactly(MessageKind.TEXT,
                MessageKind.DELETED, MessageKind.MEDIA, MessageKind.DELETED);
        AuditEntry entry = ledger.auditLog().get(ledger.auditLog().size() - 1);
        assertThat(entry.action()).isEqualTo("chat.import");
        assertThat(entry.subject()).isEqualTo("anna");
        assertThat(entry.details()).contains("\"messages\":4").contains("\"deleted\":2")
                .doesNotContain(file.getFileName().toString());

        chats.remove(chat.id());
        assertThat(chats.list()).isEmpty();
        assertThat(actions()).endsWith("chat.import", "chat.remove");
        assertThat(ledger.auditLog()).allSatisfy(e -> assertThat(e.details()).doesNotContain("WhatsApp Chat"));
        assertThat(ledger.verifyAudit().firstBreak()).isEmpty();
    }

    @Test
    void aZipFromExportChatIsRead() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path zip = ChatSamples.zip(tmp.resolve("WhatsApp Chat with Anna Martin.zip"),
                "WhatsApp Chat with Anna Martin.txt", conversation(Paris.at("2026-11-20T14:00")));

        ImportedChat chat = chats.importFile(zip, "anna", Optional.empty(), Optional.empty(), PARIS).chat();

        assertThat(chat.messages()).isEqualTo(4);
        assertThat(chat.fileName()).isEqualTo("WhatsApp Chat with Anna Martin.zip");
    }

    @Test
    void noMessageTextReachesTheDatabase() throws Exception {
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), conversation(Paris.at("2026-11-20T14:00")));
        chats.importFile(file, "anna", Optional.empty(), Optional.empty(), PARIS);

        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        byte[] otherLine = "a second line".getBytes(StandardCharsets.UTF_8);
        byte[] author = "Anna Martin".getBytes(StandardCharsets.UTF_8);
        boolean authorFound = false;
        try (var files = Files.list(tmp.resolve("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertThat(indexOf(bytes, secret)).as(f.toString()).isEqualTo(-1);
                assertThat(indexOf(bytes, otherLine)).as(f.toString()).isEqualTo(-1);
                authorFound |= indexOf(bytes, author) >= 0;
            }
        }
        // The scan would prove nothing if what is stored could not be found by it.
        assertThat(authorFound).isTrue();
        assertThat(Store.FILE_NAME).isEqualTo("vigie.db");
    }

    @Test
    void theDeletedMessagesAreFoundInTheDemoPhonesBackupsOrNot() throws Exception {
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        ledger.grant("anna", RESTORE_ACCESS, Paris.at("2026-01-10T10:00"), ConsentMethod.FORM, Optional.empty());
        // Sent three days ago, the export made this morning.
        String text = conversation(NOW.minus(Duration.ofDays(3)))
                + ChatSamples.android(NOW.minus(Duration.ofHours(1)), PARIS, "Anna Martin", "thanks");
        Path file = ChatSamples.write(tmp.resolve("chat.txt"), text);
        ImportedChat chat = chats.importFile(file, "anna", Optional.of("whatsapp-business"), Optional.empty(), PARIS).chat();

        ChatExports.Recovery recovery = chats.recovery(chat.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), NOW, PARIS);

        ChatDeletions.Summary late = recovery.result().late();
        assertThat(late.total()).isEqualTo(2);
        assertThat(late.inBackup()).isEqualTo(2);
        assertThat(late.backup()).isPresent();
        ChatDeletions.Summary early = recovery.result().early().orElseThrow();
        assertThat(early.neverCaptured()).isEqualTo(2);
        assertThat(early.backup()).isEmpty();

        ChatExports.Recovery sameDay = chats.recovery(chat.id(), Optional.empty(),
                Optional.of(NOW.minus(Duration.ofDays(3)).plus(Duration.ofHours(1))), Optional.empty(), NOW, PARIS);
        assertThat(sameDay.result().early()).isEmpty();
        assertThat(sameDay.result().late().inBackup()).isZero();

        // Deleted before the messages were sent: a mistake in the time, bad input rather than an answer.
        assertThatThrownBy(() -> chats.recovery(chat.id(), Optional.empty(),
                Optional.of(NOW.minus(Duration.ofDays(4))), Optional.empty(), NOW, PARIS))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.messageKey())
                        .isEqualTo("error.chat.deletedBeforeSent"));

        // What a checklist's restore of a backup made two days ago loses: the one message sent since.
        assertThat(chats.messagesAfter("whatsapp-business", Layout.WHATSAPP_BUSINESS_ANDROID,
                NOW.minus(Duration.ofDays(2)))).contains(1);
        assertThat(chats.messagesAfter("nas", Layout.DATED_SNAPSHOTS, NOW.minus(Duration.ofDays(2)))).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
