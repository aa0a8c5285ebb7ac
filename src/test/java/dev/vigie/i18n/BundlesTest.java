package dev.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English and French are complete: each translation has exactly the keys of its base bundle. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void theFrenchBundleHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties french = load(bundle + "_fr.properties");

        assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/vigie/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
