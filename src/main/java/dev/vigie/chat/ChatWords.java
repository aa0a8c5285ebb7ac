package dev.vigie.chat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words WhatsApp writes in an export instead of a message, in the languages Vigie knows: the deleted markers,
 * the media placeholders and the system lines. The one list; add a language here.
 *
 * <p>Every text is compared after {@link #normalise}: direction marks removed, trimmed, a final period dropped,
 * lower case.
 */
final class ChatWords {

    /** Deleted markers; the value says whether the exporting user deleted it ("You deleted this message"). */
    private static final Map<String, Boolean> DELETED = Map.ofEntries(
            // English
            Map.entry("this message was deleted", false),
            Map.entry("you deleted this message", true),
            // French
            Map.entry("ce message a été supprimé", false),
            Map.entry("vous avez supprimé ce message", true),
            // German
            Map.entry("diese nachricht wurde gelöscht", false),
            Map.entry("du hast diese nachricht gelöscht", true),
            Map.entry("sie haben diese nachricht gelöscht", true),
            // Spanish
            Map.entry("se eliminó este mensaje", false),
            Map.entry("este mensaje fue eliminado", false),
            Map.entry("eliminaste este mensaje", true),
            Map.entry("has eliminado este mensaje", true),
            // Italian
            Map.entry("questo messaggio è stato eliminato", false),
            Map.entry("hai eliminato questo messaggio", true),
            // Portuguese (Brazil, Portugal)
            Map.entry("esta mensagem foi apagada", false),
            Map.entry("esta mensagem foi eliminada", false),
            Map.entry("você apagou esta mensagem", true),
            Map.entry("apagou esta mensagem", true),
            Map.entry("eliminou esta mensagem", true),
            // Dutch
            Map.entry("dit bericht is verwijderd", false),
            Map.entry("je hebt dit bericht verwijderd", true),
            Map.entry("u hebt dit bericht verwijderd", true),
            // Russian
            Map.entry("данное сообщение удалено", false),
            Map.entry("это сообщение удалено", false),
            Map.entry("вы удалили данное сообщение", true),
            Map.entry("вы удалили это сообщение", true),
            // Czech
            Map.entry("tato zpráva byla smazána", false),
            Map.entry("tato zpráva byla odstraněna", false),
            Map.entry("smazali jste tuto zprávu", true),
            Map.entry("tuto zprávu jste smazal(a)", true),
            Map.entry("odstranili jste tuto zprávu", true));

    /** Android's placeholders for media left out of the export. */
    private static final Set<String> MEDIA_OMITTED = Set.of("<media omitted>", "<médias omis>", "<fichier omis>",
            "<medien ausgeschlossen>", "<medien weggelassen>", "<multimedia omitido>", "<archivo omitido>",
            "<media omessi>", "<mídia oculta>", "<arquivo de mídia oculto>", "<ficheiro omitido>",
            "<media weggelaten>", "<без медиафайлов>", "<média vynechána>", "<média vynecháno>");

    /** iOS writes "image omitted", "video omitted"...: the last word, per language. */
    private static final List<String> OMITTED_SUFFIXES = List.of(" omitted", " omis", " omise", " absente",
            " absent", " weggelassen", " ausgeschlossen", " omitido", " omitida", " omesso", " omessa", " oculto",
            " oculta", " weggelaten", " отсутствует", " опущено", " vynecháno", " vynechán", " vynechána");

    /** Android names an attached file and adds "(file attached)" when media are included. */
    private static final List<String> ATTACHED_SUFFIXES = List.of("(file attached)", "(fichier joint)",
            "(datei angehängt)", "(archivo adjunto)", "(file allegato)", "(arquivo anexado)", "(ficheiro anexado)",
            "(bestand bijgevoegd)", "(файл добавлен)", "(soubor připojen)", "(příloha)");

    /** iOS: {@code <attached: 00000012-PHOTO-2026-11-20.jpg>}, whatever the language's word for attached. */
    private static final Pattern ATTACHMENT = Pattern.compile("^<[\\p{L}\\p{M} ]{3,20} ?: .+>$");

    /**
     * What iOS attributes to the chat's own name, and Android writes without an author: encryption notices, security
     * codes, groups created. Matched anywhere in the line.
     */
    private static final List<String> SYSTEM = List.of("end-to-end encrypted", "security code", "created group",
            "chiffrés de bout en bout", "code de sécurité", "a créé le groupe", "ende-zu-ende-verschlüsselt",
            "sicherheitsnummer", "cifrados de extremo a extremo", "código de seguridad",
            "crittografia end-to-end", "codice di sicurezza", "criptografia de ponta a ponta",
            "código de segurança", "end-to-end versleuteld", "beveiligingscode", "сквозным шифрованием",
            "код безопасности", "koncovým šifrováním", "bezpečnostní kód");

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
        if (normalised.length() <= 40) {
            for (String suffix : OMITTED_SUFFIXES) {
                if (normalised.endsWith(suffix) && normalised.chars().filter(c -> c == ' ').count() <= 2) {
                    return true;
                }
            }
        }
        for (String suffix : ATTACHED_SUFFIXES) {
            if (normalised.endsWith(suffix)) {
                return true;
            }
        }
        return false;
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
