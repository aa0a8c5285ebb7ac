package dev.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The presets say in rules what each service does with its copies. */
class RetentionPresetsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void everyServiceHasItsPresetAndCustomComesLast() {
        assertThat(RetentionPresets.all()).extracting(RetentionPreset::name).containsExactly(
                "whatsapp-google-account", "icloud", "whatsapp-local-android", "time-machine", "custom");
        assertThat(RetentionPresets.named("icloud").orElseThrow().rules().describe()).isEqualTo("keep-last 1");
        assertThat(RetentionPresets.named("time-machine").orElseThrow().rules().describe())
                .isEqualTo("keep-weekly unlimited, keep-within-hourly 1d, keep-within-daily 1m");
        assertThat(RetentionPresets.named("custom").orElseThrow().isCustom()).isTrue();
        assertThat(RetentionPresets.named("dropbox")).isEmpty();
    }

    @Test
    void everyPresetIsExplainedInEnglishAndFrench() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("dev.vigie.i18n.messages", locale);
            for (RetentionPreset preset : RetentionPresets.all()) {
                assertThat(bundle.getString(preset.explanationKey())).isNotBlank();
            }
        }
    }

    @Test
    void whatsappOnAndroidKeepsTheCurrentFileAndSevenDaysOfCopies() {
        List<Snapshot> nightly = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            OffsetDateTime t = OffsetDateTime.parse("2026-11-01T02:00+01:00").plusDays(d);
            nightly.add(new Snapshot(t.toLocalDate().toString(), t, List.of(), List.of()));
        }
        RetentionRules rules = RetentionPresets.named("whatsapp-local-android").orElseThrow().rules();

        RetentionDecision decision = RetentionPolicies.restic(rules, NOW).apply(nightly);

        assertThat(decision.keep()).extracting(Snapshot::id).containsExactly("2026-11-20", "2026-11-19",
                "2026-11-18", "2026-11-17", "2026-11-16", "2026-11-15", "2026-11-14");
    }
}
