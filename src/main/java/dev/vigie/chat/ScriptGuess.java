package dev.vigie.chat;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language a text is probably in, guessed from the script of its letters alone (Unicode blocks): enough to tell
 * the user which word table is missing, never more. Each id is named by {@code chat.language.ID} in the messages.
 */
final class ScriptGuess {

    private static final Map<UnicodeScript, String> LANGUAGES = Map.ofEntries(
            Map.entry(UnicodeScript.ARABIC, "arabic"),
            Map.entry(UnicodeScript.HEBREW, "hebrew"),
            Map.entry(UnicodeScript.CYRILLIC, "cyrillic"),
            Map.entry(UnicodeScript.GREEK, "greek"),
            Map.entry(UnicodeScript.HAN, "cjk"),
            Map.entry(UnicodeScript.HIRAGANA, "japanese"),
            Map.entry(UnicodeScript.KATAKANA, "japanese"),
            Map.entry(UnicodeScript.HANGUL, "korean"),
            Map.entry(UnicodeScript.DEVANAGARI, "devanagari"),
            Map.entry(UnicodeScript.BENGALI, "bengali"),
            Map.entry(UnicodeScript.GURMUKHI, "gurmukhi"),
            Map.entry(UnicodeScript.GUJARATI, "gujarati"),
            Map.entry(UnicodeScript.TAMIL, "tamil"),
            Map.entry(UnicodeScript.TELUGU, "telugu"),
            Map.entry(UnicodeScript.KANNADA, "kannada"),
            Map.entry(UnicodeScript.MALAYALAM, "malayalam"),
            Map.entry(UnicodeScript.THAI, "thai"),
            Map.entry(UnicodeScript.ARMENIAN, "armenian"),
            Map.entry(UnicodeScript.GEORGIAN, "georgian"),
            Map.entry(UnicodeScript.ETHIOPIC, "ethiopic"),
            Map.entry(UnicodeScript.SINHALA, "sinhala"),
            Map.entry(UnicodeScript.KHMER, "khmer"),
            Map.entry(UnicodeScript.LAO, "lao"),
            Map.entry(UnicodeScript.MYANMAR, "myanmar"),
            Map.entry(UnicodeScript.LATIN, "latin"));

    private ScriptGuess() {
    }

    /** Every id {@link #language} answers. */
    static Set<String> ids() {
        Set<String> ids = new TreeSet<>(LANGUAGES.values());
        ids.add("other");
        return ids;
    }

    /**
     * The language guessed from the script most of the text's letters are in, as an id ({@code arabic},
     * {@code cyrillic}, {@code cjk}, {@code japanese}, {@code devanagari}, {@code latin}... {@code other}) that
     * {@code chat.language.ID} names in the user's language.
     */
    static String language(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).limit(200)
                .forEach(c -> counts.merge(UnicodeScript.of(c), 1, Integer::sum));
        // Kana among Han is Japanese, whatever the count.
        if (counts.containsKey(UnicodeScript.HIRAGANA) || counts.containsKey(UnicodeScript.KATAKANA)) {
            return LANGUAGES.get(UnicodeScript.HIRAGANA);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> LANGUAGES.getOrDefault(e.getKey(), "other")).orElse("other");
    }
}
