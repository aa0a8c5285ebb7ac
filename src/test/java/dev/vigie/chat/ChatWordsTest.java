package dev.vigie.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each language's data file: complete, sourced, and every word in it recognised in an export built with it. */
class ChatWordsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Stream<String> languages() {
        return ChatWords.LANGUAGES.stream();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theFileHasEveryKindOfWordAndSaysWhereTheyComeFrom(String language) throws IOException {
        Properties words = ChatWords.words(language);
        for (String key : List.of("deleted.others", "deleted.you", "media.placeholders", "media.omitted",
                "media.attached", "media.location", "system")) {
            assertThat(ChatWords.split(words, key)).as(language + " " + key).isNotEmpty();
        }
        try (InputStream in = ChatWords.class.getResourceAsStream("words/" + language + ".properties")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("# Source:", "review");
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void anExportInTheLanguageHasItsDeletedMediaAndSystemLinesRecognised(String language) {
        Properties words = ChatWords.words(language);
        List<String> lines = new ArrayList<>();
        List<MessageKind> expected = new ArrayList<>();
        List<Boolean> byYou = new ArrayList<>();
        int minute = 0;
        for (String w : ChatWords.split(words, "deleted.others")) {
            lines.add(android(minute++, "Anna", capitalise(w)));
            expected.add(MessageKind.DELETED);
            byYou.add(false);
        }
        for (String w : ChatWords.split(words, "deleted.you")) {
            lines.add(android(minute++, "Shop", capitalise(w) + "."));
            expected.add(MessageKind.DELETED);
            byYou.add(true);
        }
        for (String w : ChatWords.split(words, "media.placeholders")) {
            lines.add(android(minute++, "Anna", w));
            expected.add(MessageKind.MEDIA);
            byYou.add(false);
        }
        for (String w : ChatWords.split(words, "media.omitted")) {
            lines.add(ios(minute++, "Anna", "\u200Eimage " + w));
            lines.add(ios(minute++, "Anna", "\u200Econtact card " + w));
            expected.addAll(List.of(MessageKind.MEDIA, MessageKind.MEDIA));
            byYou.addAll(List.of(false, false));
        }
        for (String w : ChatWords.split(words, "media.attached")) {
            lines.add(android(minute++, "Anna", "IMG-20261120-WA0001.jpg " + w));
            expected.add(MessageKind.MEDIA);
            byYou.add(false);
        }
        for (String w : ChatWords.split(words, "media.location")) {
            lines.add(ios(minute++, "Anna", "\u200E" + capitalise(w) + ": https://maps.google.com/?q=48.8566,2.3522"));
            expected.add(MessageKind.MEDIA);
            byYou.add(false);
        }
        for (String w : ChatWords.split(words, "system")) {
            lines.add(ios(minute++, "Shop", "\u200E... " + w + " ..."));
            expected.add(MessageKind.SYSTEM);
            byYou.add(false);
        }
        lines.add(android(minute, "Anna", "Bonjour, hello, hola"));
        expected.add(MessageKind.TEXT);
        byYou.add(false);

        ChatExport chat = ChatParser.parse(String.join("\n", lines) + "\n", PARIS, Optional.empty(), language);

        assertThat(chat.messages()).extracting(ChatMessage::kind).as(language).containsExactlyElementsOf(expected);
        assertThat(chat.messages()).extracting(ChatMessage::byYou).containsExactlyElementsOf(byYou);
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyGuessedLanguageIsNamedInBothLanguages(String id) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            assertThat(bundle.getString("chat.language." + id)).as(locale + " " + id).isNotBlank();
        }
    }

    static Stream<String> scripts() {
        return ScriptGuess.ids().stream();
    }

    private static String android(int minute, String author, String text) {
        return String.format("20/11/2026, %02d:%02d - %s: %s", 10 + minute / 60, minute % 60, author, text);
    }

    private static String ios(int minute, String author, String text) {
        return String.format("[20/11/2026, %02d:%02d:00] %s: %s", 10 + minute / 60, minute % 60, author, text);
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
