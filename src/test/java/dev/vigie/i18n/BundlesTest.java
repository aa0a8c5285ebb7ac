package dev.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** English and French say the same things: same keys, every FXML key present, quotes that survive formatting. */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9._-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/vigie/i18n/" + name + ".properties");
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void frenchAndEnglishHaveExactlyTheSameKeys(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(load(bundle).stringPropertyNames());
        Set<String> french = new TreeSet<>(load(bundle + "_fr").stringPropertyNames());
        assertThat(french).as("keys only in English: left; only in French: right")
                .containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyNamedInFxmlExists() throws IOException {
        Properties messages = load("messages");
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(fxml));
                while (m.find()) {
                    seen++;
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(fxml.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(seen).as("FXML keys found").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_fr"})
    void apostrophesAreWrittenForHowEachTextIsShown(String bundle) throws IOException {
        Properties p = load(bundle);
        Set<String> wrong = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            boolean formatted = PLACEHOLDER.matcher(text).find();
            // With placeholders MessageFormat reads the text, and a lone ' would swallow what follows; without,
            // FXML shows it as is, and '' would show twice.
            // A brace meant as text is quoted, '{' and '}', the only lone quotes a formatted text may hold.
            String unquoted = text.replace("''", "").replace("'{'", "").replace("'}'", "");
            if (formatted ? unquoted.contains("'") : text.contains("''")) {
                wrong.add(key);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Every text of Vigie's bundles formats with arguments of the types its placeholders name: a stray brace or
     * a placeholder left unreplaced would otherwise surface as a crash in front of the user.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_fr"})
    void everyMessageFormatsWithArgumentsAndLeavesNoPlaceholder(String bundle) throws IOException {
        Properties p = load(bundle);
        Set<String> wrong = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            try {
                java.text.MessageFormat format = new java.text.MessageFormat(text, java.util.Locale.ROOT);
                java.text.Format[] formats = format.getFormatsByArgumentIndex();
                Object[] args = new Object[Math.max(formats.length, 6)];
                for (int i = 0; i < args.length; i++) {
                    java.text.Format f = i < formats.length ? formats[i] : null;
                    args[i] = f instanceof java.text.NumberFormat ? (Object) 2L
                            : f instanceof java.text.DateFormat ? new java.util.Date(0) : "ARG" + i;
                }
                String out = format.format(args);
                if (PLACEHOLDER.matcher(text).find() && PLACEHOLDER.matcher(out).find()) {
                    wrong.add(key + ": a placeholder is left in \"" + out + "\"");
                }
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
        }
        assertThat(p.size()).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }
}
