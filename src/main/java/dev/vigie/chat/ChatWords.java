package dev.vigie.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words WhatsApp writes in an export instead of a message, in the languages Vigie knows: the deleted markers,
 * the media placeholders and the system lines, read from one data file per language
 * ({@code dev/vigie/chat/words/LANG.properties}, each saying where its words come from).
 *
 * <p>Every text is compared after {@link #normalise}: direction marks removed, trimmed, a final period dropped,
 * lower case.
 */
final class ChatWords {

    /**
     * The languages whose words Vigie knows, one data file each in {@code dev/vigie/chat/words/}: add a language by
     * adding its file here and there.
     */
    static final List<String> LANGUAGES = List.of("ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et",
            "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "ml", "mr", "ms",
            "nb", "nl", "pa", "pl", "pt-BR", "pt-PT", "ro", "ru", "sk", "sl", "sr", "sv", "sw", "ta", "te", "th", "tl",
            "tr", "uk", "ur", "vi", "zh-CN", "zh-TW");

    /** Deleted markers; the value says whether the exporting user deleted it ("You deleted this message"). */
    private static final Map<String, Boolean> DELETED = new HashMap<>();
    /** Android's placeholders for media left out of the export. */
    private static final Set<String> MEDIA_OMITTED = new HashSet<>();
    /** iOS writes "image omitted", "video omitted"...: the last word, per language, with its space. */
    private static final List<String> OMITTED_SUFFIXES = new ArrayList<>();
    /** Android names an attached file and adds "(file attached)" when media are included. */
    private static final List<String> ATTACHED_SUFFIXES = new ArrayList<>();
    /** A shared location: the word before the colon and the maps link, per language. */
    private static final Set<String> LOCATION = new HashSet<>();
    /**
     * What iOS attributes to the chat's own name, and Android writes without an author: encryption notices, security
     * codes, groups created. Matched anywhere in the line.
     */
    private static final List<String> SYSTEM = new ArrayList<>();

    static {
        for (String language : LANGUAGES) {
            Properties words = words(language);
            split(words, "deleted.others").forEach(w -> DELETED.put(w, false));
            split(words, "deleted.you").forEach(w -> DELETED.put(w, true));
            MEDIA_OMITTED.addAll(split(words, "media.placeholders"));
            // Japanese, Chinese and Thai write no space before the word: 画像は省略されました.
            split(words, "media.omitted").forEach(w -> OMITTED_SUFFIXES.add(spaceless(w) ? w : " " + w));
            ATTACHED_SUFFIXES.addAll(split(words, "media.attached"));
            LOCATION.addAll(split(words, "media.location"));
            SYSTEM.addAll(split(words, "system"));
        }
    }

    /** Whether a word is of a script written without spaces between words (Han, kana, Thai). */
    private static boolean spaceless(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** One language's data file, read as UTF-8. */
    static Properties words(String language) {
        String resource = "words/" + language + ".properties";
        try (InputStream in = ChatWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No chat words for " + language + ": " + resource);
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key's values, separated by {@code |}, lower case and trimmed. */
    static List<String> split(Properties words, String key) {
        String value = words.getProperty(key, "");
        List<String> all = new ArrayList<>();
        for (String part : value.split("\\|")) {
            String word = part.strip().toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                all.add(word);
            }
        }
        return all;
    }

    /** After a location's word: the colon (French puts a space before it) and a link. */
    private static final Pattern LOCATION_LINK = Pattern.compile("^ ?: ?https?://\\S+$");

    /** iOS: {@code <attached: 00000012-PHOTO-2026-11-20.jpg>}, whatever the language's word for attached. */
    private static final Pattern ATTACHMENT = Pattern.compile("^<[\\p{L}\\p{M} ]{3,20} ?: .+>$");

    private ChatWords() {
    }

    /** Direction marks WhatsApp puts around names, times and placeholders: LRM, RLM, LRE..PDF..RLO, isolates. */
    static boolean isDirectionMark(char c) {
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text without its direction marks (and without a byte-order mark). */
    static String withoutMarks(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isMark(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isMark(char c) {
        return isDirectionMark(c) || c == '\uFEFF';
    }

    static String normalise(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether the text is a deleted marker, and if so whether the exporting user deleted it. */
    static Optional<Boolean> deleted(String normalised) {
        return Optional.ofNullable(DELETED.get(normalised));
    }

    static boolean media(String normalised) {
        if (MEDIA_OMITTED.contains(normalised) || ATTACHMENT.matcher(normalised).matches()) {
            return true;
        }
        if (normalised.length() <= 60) {
            for (String suffix : OMITTED_SUFFIXES) {
                // A word or two before the closing words: "image", "contact card" (some closing words hold spaces).
                if (normalised.endsWith(suffix) && normalised.length() - suffix.length() <= 30
                        && spaces(normalised, normalised.length() - suffix.length()) <= 2) {
                    return true;
                }
            }
        }
        for (String suffix : ATTACHED_SUFFIXES) {
            if (normalised.endsWith(suffix)) {
                return true;
            }
        }
        int colon = normalised.indexOf(':');
        if (colon > 0 && colon <= 40 && normalised.indexOf("://", colon) > 0) {
            String word = normalised.substring(0, colon).strip();
            return LOCATION.contains(word) && LOCATION_LINK.matcher(normalised.substring(word.length())).matches();
        }
        return false;
    }

    private static long spaces(String text, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    static boolean system(String normalised) {
        for (String words : SYSTEM) {
            if (normalised.contains(words)) {
                return true;
            }
        }
        return false;
    }
}
