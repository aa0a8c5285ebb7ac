package dev.vigie.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 20 Nov 2026 14:05 in Paris. */
    private static final Instant AT_1405 = Instant.parse("2026-11-20T13:05:00Z");

    private static ChatExport parse(String text) {
        return ChatParser.parse(text, PARIS, Optional.empty(), "chat.txt");
    }

    private static ChatExport parse(String text, DateOrder order) {
        return ChatParser.parse(text, PARIS, Optional.of(order), "chat.txt");
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void readsAndroidHeadersWithAuthorsAndKinds() {
        ChatExport chat = parse(lines(
                "20/11/2026, 14:05 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
                "20/11/2026, 14:05 - Alice: Hello: are you there?",
                "20/11/2026, 14:06 - Bob: <Media omitted>",
                "20/11/2026, 14:07 - Alice: This message was deleted",
                "20/11/2026, 14:08 - Bob: You deleted this message",
                "21/11/2026, 09:00 - Alice: a message",
                "on two lines",
                "",
                "and three"));
        assertEquals(6, chat.messages().size());
        assertEquals(DateOrder.DMY, chat.dateOrder());
        assertEquals(AT_1405, chat.first());
        assertEquals(Instant.parse("2026-11-21T08:00:00Z"), chat.last());
        assertEquals(Map.of("Alice", 3, "Bob", 2), chat.authors());
        assertEquals(Map.of(MessageKind.TEXT, 2, MessageKind.MEDIA, 1, MessageKind.SYSTEM, 1, MessageKind.DELETED, 2),
                chat.kinds());
        List<ChatMessage> deleted = chat.deleted();
        assertEquals(List.of(false, true), deleted.stream().map(ChatMessage::byYou).toList());
        assertEquals(Optional.of("Alice"), deleted.get(0).author());
    }

    @Test
    void readsIosHeadersWithSecondsBracketsAndMarkedNotices() {
        ChatExport chat = parse(lines(
                "\u200E[20/11/2026, 14:05:33] Shop: \u200EMessages and calls are end-to-end encrypted.",
                "[20/11/2026, 14:05:40] Émile \uD83D\uDE00: \u200Eimage omitted",
                "[20/11/2026, 14:06:00] Émile \uD83D\uDE00: \u200EThis message was deleted.",
                "[20/11/2026, 14:07:00] Me: \u200E<attached: 00000012-PHOTO-2026-11-20-14-07-00.jpg>",
                "[20/11/2026, 14:08:00] Me: what is the security code?"));
        assertEquals(List.of(MessageKind.SYSTEM, MessageKind.MEDIA, MessageKind.DELETED, MessageKind.MEDIA,
                MessageKind.TEXT), chat.messages().stream().map(ChatMessage::kind).toList());
        assertEquals(Instant.parse("2026-11-20T13:05:33Z"), chat.first());
        assertEquals(Optional.of("Émile \uD83D\uDE00"), chat.messages().get(2).author());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "20/11/2026, 14:05 - Alice: hi",
        "20/11/26, 14:05 - Alice: hi",
        "20.11.26, 14:05 - Alice: hi",
        "20.11.2026, 14.05 - Alice: hi",
        "20-11-2026 14:05 - Alice: hi",
        "20/11/2026 14:05 - Alice: hi",
        "[20/11/2026, 14:05:00] Alice: hi",
        "[20.11.26, 14:05:00] Alice: hi",
        "2026-11-20, 14:05 - Alice: hi",
        "[2026/11/20 14:05:00] Alice: hi",
        "11/20/26, 2:05 PM - Alice: hi",
        "11/20/26, 2:05\u202FPM - Alice: hi",
        "11/20/26, 2:05\u00A0pm - Alice: hi",
        "[11/20/26, 2:05:00\u202FPM] Alice: hi",
        "20/11/2026, 2:05 p. m. - Alice: hi",
        "20/11/2026, 2:05\u00A0p.\u00A0m. - Alice: hi",
        "20/11/2026, 2:05 nachm. - Alice: hi",
        "\u200E20/11/2026, \u200E14:05\u202C - \u202AAlice\u202C: hi",
        "[\u200E20/11/2026, 14:05:00\u200F] Alice: hi",
        "20. 11. 2026 14:05 - Alice: hi",
    })
    void readsEveryHeaderFamily(String header) {
        ChatExport chat = parse("\uFEFF" + header + "\r\nmore\r\n");
        assertEquals(1, chat.messages().size(), header);
        assertEquals(AT_1405, chat.first(), header);
        assertEquals(Optional.of("Alice"), chat.messages().get(0).author(), header);
    }

    /** Headers as phones set to other scripts, separators, clocks and calendars write them: all 20 Nov 2026 14:05. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        // Arabic: Arabic-Indic digits, right-to-left marks, the Arabic comma, م for the afternoon
        "\u0662\u0660\u200F/\u0661\u0661\u200F/\u0662\u0660\u0662\u0666\u060C \u0662:\u0660\u0665 \u0645 - A: x",
        // Persian digits, 24-hour clock
        "\u06F2\u06F0/\u06F1\u06F1/\u06F2\u06F0\u06F2\u06F6, \u06F1\u06F4:\u06F0\u06F5 - A: x",
        // Devanagari digits (Hindi, Marathi)
        "\u0968\u0966/\u0967\u0967/\u0968\u0966\u0968\u096C, \u0968:\u0966\u096B PM - A: x",
        // Thai: Buddhist era 2569, iOS brackets
        "[20/11/2569 14:05:00] A: x",
        // Thai digits and Buddhist era
        "\u0E52\u0E50/\u0E51\u0E51/\u0E52\u0E55\u0E56\u0E59 \u0E51\u0E54:\u0E50\u0E55 - A: x",
        // Spanish a. m./p. m. with no-break spaces
        "20/11/2026, 2:05\u00A0p.\u00A0m. - A: x",
        // Japanese: year first, 午後 before the time
        "[2026/11/20 午後2:05:00] A: x",
        // a bidi mark in the middle of the time
        "20/11/2026, 14:\u200E05 - A: x"})
    void readsHeadersInEveryScriptSeparatorClockAndCalendar(String header) {
        ChatExport chat = parse(header + "\n", header.contains("2026/11") ? DateOrder.YMD : DateOrder.DMY);
        assertEquals(1, chat.messages().size());
        assertEquals(AT_1405, chat.first());
    }

    @Test
    void theHourZeroOrTwelveWithAMorningMarkerIsJustAfterMidnight() {
        ChatExport chat = parse(lines("20/11/2026, 00:05 a. m. - A: x", "20/11/2026, 12:05 \u0635 - A: y",
                "20/11/2026, 00:05 p. m. - A: z"), DateOrder.DMY);
        assertEquals(Instant.parse("2026-11-19T23:05:00Z"), chat.messages().get(0).time());
        assertEquals(Instant.parse("2026-11-19T23:05:00Z"), chat.messages().get(1).time());
        assertEquals(Instant.parse("2026-11-20T11:05:00Z"), chat.messages().get(2).time());
    }

    @Test
    void twelveHourMidnightAndNoon() {
        ChatExport chat = parse(lines("11/20/26, 12:05 AM - A: x", "11/20/26, 12:05 PM - A: y"));
        assertEquals(Instant.parse("2026-11-19T23:05:00Z"), chat.first());
        assertEquals(Instant.parse("2026-11-20T11:05:00Z"), chat.last());
    }

    @Test
    void anAmbiguousOrderAsksForDateOrder() {
        String text = lines("01/02/2026, 10:00 - A: x", "03/04/2026, 10:00 - A: y");
        InputProblem problem = assertThrows(InputProblem.class, () -> parse(text));
        assertEquals("error.chat.dateOrder", problem.messageKey());
        assertEquals(Instant.parse("2026-02-01T09:00:00Z"), parse(text, DateOrder.DMY).first());
        assertEquals(Instant.parse("2026-01-02T09:00:00Z"), parse(text, DateOrder.MDY).first());
    }

    @Test
    void aSecondFieldOverTwelveMeansMonthFirst() {
        ChatExport chat = parse(lines("01/02/2026, 10:00 - A: x", "01/13/2026, 10:00 - A: y"));
        assertEquals(DateOrder.MDY, chat.dateOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"This message was deleted", "This message was deleted.", "\u200EYou deleted this message.",
        "Ce message a été supprimé", "Vous avez supprimé ce message.", "Diese Nachricht wurde gelöscht.",
        "Du hast diese Nachricht gelöscht.", "Se eliminó este mensaje.", "Eliminaste este mensaje.",
        "Questo messaggio è stato eliminato", "Hai eliminato questo messaggio", "Esta mensagem foi apagada",
        "Você apagou esta mensagem", "Dit bericht is verwijderd", "Je hebt dit bericht verwijderd",
        "Данное сообщение удалено", "Вы удалили данное сообщение", "Tato zpráva byla smazána",
        "Smazali jste tuto zprávu"})
    void recognisesDeletedMarkersInEveryLanguage(String marker) {
        ChatExport chat = parse("20/11/2026, 14:05 - Alice: " + marker + "\n");
        assertEquals(MessageKind.DELETED, chat.messages().get(0).kind(), marker);
    }

    @Test
    void aDeletedMarkerWithMoreLinesIsText() {
        ChatExport chat = parse(lines("20/11/2026, 14:05 - Alice: This message was deleted", "really"));
        assertEquals(MessageKind.TEXT, chat.messages().get(0).kind());
    }

    @Test
    void aFileWithoutMessagesIsRefused() {
        InputProblem problem = assertThrows(InputProblem.class, () -> parse("hello\nworld\n"));
        assertEquals("error.chat.noMessages", problem.messageKey());
    }

    @Test
    void aDayThatDoesNotExistNamesItsLine() {
        InputProblem problem = assertThrows(InputProblem.class,
                () -> parse(lines("20/11/2026, 10:00 - A: x", "31/02/2026, 10:00 - A: y")));
        assertEquals("error.chat.badDate", problem.messageKey());
        assertEquals(2, problem.args().get(1));
    }

    @Test
    void mediaPlaceholdersInOtherLanguages() {
        ChatExport chat = parse(lines("20/11/2026, 14:05 - A: <Médias omis>", "20/11/2026, 14:05 - A: <Medien ausgeschlossen>",
                "20/11/2026, 14:05 - A: IMG-20261120-WA0001.jpg (file attached)", "20/11/2026, 14:05 - A: Contact card omitted",
                "20/11/2026, 14:05 - A: <joint : photo.jpg>"));
        assertTrue(chat.messages().stream().allMatch(m -> m.kind() == MessageKind.MEDIA), chat.messages().toString());
    }

    @Test
    void anIosNoticeInALanguageWithoutWordsIsSystemUnknownWithTheLanguageGuessed() {
        ChatExport chat = parse(lines(
                "[20/11/2026, 14:05:00] Family: \u200Eშეტყობინებები და ზარები დაშიფრულია.",
                "[20/11/2026, 14:06:00] Anna: Hello",
                "[20/11/2026, 14:07:00] Family: \u200Eანამ დატოვა ჯგუფი",
                "[20/11/2026, 14:08:00] Family: \u200EWaiting for this message. Check your phone."));

        assertEquals(List.of(MessageKind.SYSTEM, MessageKind.TEXT, MessageKind.SYSTEM, MessageKind.SYSTEM),
                chat.messages().stream().map(ChatMessage::kind).toList());
        assertEquals(Map.of("Anna", 1), chat.authors(), "not a text from the chat's name");
        assertEquals(List.of(new ChatWarning(ChatWarning.UNKNOWN_NOTICE, 1, "georgian", 2),
                new ChatWarning(ChatWarning.UNKNOWN_NOTICE, 4, "latin", 1)), chat.warnings());
    }

    @Test
    void aKnownNoticeGivesNoWarning() {
        ChatExport chat = parse(lines(
                "[20/11/2026, 14:05:00] Семья: \u200EСообщения и звонки защищены сквозным шифрованием.",
                "[20/11/2026, 14:06:00] Аня: \u200EЭто сообщение удалено"));

        assertEquals(List.of(MessageKind.SYSTEM, MessageKind.DELETED),
                chat.messages().stream().map(ChatMessage::kind).toList());
        assertEquals(List.of(), chat.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"شيء ما غير معروف:arabic", "что-то неизвестное:cyrillic", "何かの通知です:japanese",
            "未知的通知:cjk", "कुछ अज्ञात सूचना:devanagari", "알 수 없는 알림:korean", "การแจ้งเตือน:thai",
            "הודעה לא ידועה:hebrew"})
    void theLanguageIsGuessedFromTheScript(String textAndId) {
        int colon = textAndId.lastIndexOf(':');
        assertEquals(textAndId.substring(colon + 1), ScriptGuess.language(textAndId.substring(0, colon)));
    }

    @Test
    void readsTheTimeBeforeTheDate() {
        ChatExport chat = parse(lines(
                "[14:05:00, 20/11/2026] Anna: Hello",
                "[2:06:00\u202FPM, 20/11/2026] Bob: Hi",
                "14:07, 20.11.2026 - Anna: Android too"));

        assertEquals(List.of(AT_1405, AT_1405.plusSeconds(60), AT_1405.plusSeconds(120)),
                chat.messages().stream().map(ChatMessage::time).toList());
        assertEquals(DateOrder.DMY, chat.dateOrder());
        assertEquals(List.of(), chat.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"R8/11/20 14:05 - Anna: こんにちは", "[令和8年11月20日 14:05:00] Anna: こんにちは",
            "令和8/11/20 14:05 - Anna: こんにちは", "2026年11月20日 14:05 - Anna: 你好",
            "[\u200E令和8年11月20日 午後2:05:00] Anna: こんにちは"})
    void readsJapaneseEraYearsAndKanjiDatesAsTheRealDate(String line) {
        ChatExport chat = parse(lines(line));

        assertEquals(AT_1405, chat.first(), line);
        assertEquals(DateOrder.YMD, chat.dateOrder());
    }

    @Test
    void theFirstYearOfAnEraAndOlderErasAreConverted() {
        assertEquals("2019/5/1 10:00 - A: x", ChatParser.gregorian("令和元年5月1日 10:00 - A: x"));
        assertEquals("[1989/01/08 10:00] A: x", ChatParser.gregorian("[H1/01/08 10:00] A: x"));
        assertEquals("1988/12/31 10:00 - A: x", ChatParser.gregorian("S63/12/31 10:00 - A: x"));
        assertEquals("Sure, see you", ChatParser.gregorian("Sure, see you"));
    }

    @Test
    void aHeaderInAFormNotReadIsAWarningNamingTheLineNotAContinuation() {
        ChatExport chat = parse(lines(
                "20/11/2026, 14:05 - Alice: This message was deleted",
                "20/11/2026 um 14:06 - Bob: a form Vigie does not read",
                "20/11/2026, 14:07 - Alice: a message",
                "10:30 - on a second line, still Alice's"));

        assertEquals(List.of(MessageKind.DELETED, MessageKind.TEXT),
                chat.messages().stream().map(ChatMessage::kind).toList(), "the deleted marker is not continued");
        assertEquals(List.of(new ChatWarning(ChatWarning.UNREADABLE_HEADER, 2, "20/11/2026 um 14:06 -", 1)),
                chat.warnings());
    }

    @Test
    void aFileWhoseHeadersAreAllInAFormNotReadSaysSoWithTheFirstLine() {
        InputProblem problem = assertThrows(InputProblem.class, () -> parse(lines(
                "Chat with Anna", "20/11/2026 um 14:06 - Bob: hi", "20/11/2026 um 14:07 - Anna: hello")));

        assertEquals("error.chat.onlyUnreadableHeaders", problem.messageKey());
        assertEquals(List.of("chat.txt", 2, "20/11/2026 um 14:06 -"), problem.args());
    }

    @Test
    void aLineLongerThanTheLimitIsCutButStillContinuesItsMessageAndTheNextHeaderIsRead() {
        String longLine = "x".repeat(ChatParser.MAX_LINE * 2 + 5);
        ChatExport chat = parse(lines("20/11/2026, 14:05 - Alice: This message was deleted", longLine,
                "20/11/2026, 14:06 - Bob: <Media omitted>"));
        assertEquals(List.of(MessageKind.TEXT, MessageKind.MEDIA),
                chat.messages().stream().map(ChatMessage::kind).toList());
        assertEquals(Optional.of("Bob"), chat.messages().get(1).author());
    }

    @Test
    void theStreamedPassesGiveTheMessagesAndCountsOfTheWholeText() {
        // CRLF line ends, a continued line, and a last line without a line end.
        String text = "20/11/2026, 14:05 - Alice: This message was deleted\r\nstill one\r\n"
                + "20/11/2026, 14:06 - Bob: two\r\n31/12/2026, 23:59 - Alice: three";
        ChatParser.Survey survey = ChatParser.survey(() -> new java.io.StringReader(text), Optional.empty(), "c.txt");
        List<ChatMessage> streamed = new java.util.ArrayList<>();
        ChatSummary summary = survey.read(PARIS, streamed::add);
        assertEquals(DateOrder.DMY, survey.dateOrder());
        assertEquals(3, summary.messages());
        assertEquals(parse(text).messages(), streamed);
        assertEquals(MessageKind.TEXT, streamed.get(0).kind(), "the continued deleted marker is text");
        assertEquals(Instant.parse("2026-12-31T22:59:00Z"), summary.last());
        assertEquals(java.util.Map.of("Alice", 2, "Bob", 1), summary.authors());
    }
}
