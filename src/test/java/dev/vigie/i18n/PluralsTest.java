package dev.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts are worded with a choice format, so "1 missed run" and "1 exécution manquée" read right. */
class PluralsTest {

    /** A number placeholder as text, outside any choice: {@code {2}} or {@code {2,number,integer}}. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d+(?:,number[^}]*)?\\}\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");
    /** The nouns Vigie counts, in both languages: one of them right after a bare number is a plural left to chance. */
    private static final Set<String> COUNTED = Set.of("backups", "runs", "entries", "files", "sources", "messages",
            "steps", "seconds", "bytes", "pages", "attempts", "events", "contacts", "consents", "warnings",
            "findings", "gaps", "snapshots", "copies", "days", "hours", "minutes", "sauvegardes", "exécutions",
            "étapes", "fichiers", "entrées", "éléments", "secondes", "tentatives", "événements", "constats",
            "avertissements", "trous", "jours", "heures", "octets", "consentements", "instantanés",
            "gardées", "supprimées", "supprimés", "manquées", "récupérables", "perdus", "vus", "lues", "listés");

    /** Words after a number that start something else: "{1} of messages" is a duration of messages, not a count. */
    private static final Set<String> LINKS = Set.of("of", "de", "have", "has", "are", "is", "ont", "sont");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PluralsTest.class.getResourceAsStream("/dev/vigie/i18n/" + name + ".properties");
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The text of a pattern with its choice blocks ({@code {0,choice,...}}, nested braces and all) taken out. */
    static String withoutChoices(String pattern) {
        StringBuilder out = new StringBuilder();
        Matcher choice = Pattern.compile("\\{\\d+,choice,").matcher(pattern);
        int i = 0;
        while (choice.find(i)) {
            out.append(pattern, i, choice.start());
            int depth = 0;
            int j = choice.start();
            for (; j < pattern.length(); j++) {
                char c = pattern.charAt(j);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            out.append(" CHOICE ");
            i = j + 1;
        }
        return out.append(pattern.substring(Math.min(i, pattern.length()))).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_fr", "cli", "cli_fr"})
    void everyCountIsWordedWithAChoiceFormat(String bundle) throws IOException {
        Properties texts = load(bundle);
        List<String> bare = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            Matcher m = BARE_COUNT.matcher(withoutChoices(texts.getProperty(key)));
            while (m.find()) {
                if (COUNTED.contains(m.group(1).toLowerCase(Locale.ROOT))
                        || m.group(2) != null && !LINKS.contains(m.group(1).toLowerCase(Locale.ROOT))
                        && COUNTED.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                    bare.add(key + ": " + m.group());
                }
            }
        }
        assertThat(bare).as("counts without a choice format in " + bundle).isEmpty();
    }

    @Test
    void theScanSeesABareCountAndLeavesAChoiceAlone() {
        Matcher bare = BARE_COUNT.matcher(withoutChoices("{0} missed runs in 30 days"));
        assertThat(bare.find()).isTrue();
        assertThat(bare.group(2)).isEqualTo("runs");
        assertThat(BARE_COUNT.matcher(withoutChoices("{0,choice,1#1 missed run|1<{0} missed runs} in 30 days"))
                .find()).isFalse();
    }

    @Test
    void missedRunsInBothLanguages() {
        Messages en = Messages.of(Locale.ENGLISH);
        Messages fr = Messages.of(Locale.FRENCH);
        assertThat(List.of(0, 1, 2).stream().map(n -> en.get("check.summary.missed", n)).toList())
                .containsExactly("0 missed runs in 30 days", "1 missed run in 30 days", "2 missed runs in 30 days");
        assertThat(List.of(0, 1, 2).stream().map(n -> en.get("timeline.summary", 1, 0, n, "every day at 02:00"))
                .toList()).containsExactly(
                        "1 backup, no gap, 0 missed runs in 30 days. Schedule: every day at 02:00.",
                        "1 backup, no gap, 1 missed run in 30 days. Schedule: every day at 02:00.",
                        "1 backup, no gap, 2 missed runs in 30 days. Schedule: every day at 02:00.");
        assertThat(List.of(0, 1, 2).stream().map(n -> fr.get("timeline.summary", 2, 1, n, "x")).toList())
                .containsExactly("2 sauvegardes, 1 trou, 0 exécution manquée en 30 jours. Planning : x.",
                        "2 sauvegardes, 1 trou, 1 exécution manquée en 30 jours. Planning : x.",
                        "2 sauvegardes, 1 trou, 2 exécutions manquées en 30 jours. Planning : x.");
        assertThat(List.of(0, 1, 2).stream().map(n -> fr.get("dashboard.missed", n)).toList())
                .containsExactly("Aucune exécution manquée en 30 jours", "1 exécution manquée en 30 jours",
                        "2 exécutions manquées en 30 jours");
    }

    @Test
    void checklistStepsInBothLanguages() {
        Messages en = Messages.of(Locale.ENGLISH);
        Messages fr = Messages.of(Locale.FRENCH);
        assertThat(en.get("checklist.ui.progress", 0, 1)).isEqualTo("0 of 1 step done.");
        assertThat(en.get("checklist.ui.progress", 1, 2)).isEqualTo("1 of 2 steps done.");
        assertThat(fr.get("checklist.ui.progress", 0, 2)).isEqualTo("0 étape faite sur 2.");
        assertThat(fr.get("checklist.ui.progress", 1, 2)).isEqualTo("1 étape faite sur 2.");
        assertThat(fr.get("checklist.ui.progress", 2, 2)).isEqualTo("2 étapes faites sur 2.");
    }

    @Test
    void anApostropheInsideAPluralSurvives() {
        Messages fr = Messages.of(Locale.FRENCH);
        assertThat(fr.get("warning.unmatched", "Media", 1)).contains("1 élément sans date dans son nom n'appartient");
        assertThat(fr.get("warning.unmatched", "Media", 2))
                .contains("2 éléments sans date dans leur nom n'appartiennent à aucune sauvegarde");
    }
}
