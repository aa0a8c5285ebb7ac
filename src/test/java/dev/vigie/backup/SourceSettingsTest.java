package dev.vigie.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceSettingsTest {

    @Test
    void theDefaultsSayNothing() {
        assertThat(SourceSettings.DEFAULTS.schedule()).isEmpty();
        assertThat(SourceSettings.DEFAULTS.zone()).isEmpty();
        assertThat(SourceSettings.DEFAULTS.grace()).isEmpty();
        assertThat(SourceSettings.DEFAULTS.media()).isEmpty();
        assertThat(SourceSettings.DEFAULTS.offsite()).isFalse();
    }

    @Test
    void aScheduleIsKeptAsTypedLessTheSpacesAroundIt() {
        SourceSettings settings = SourceSettings.DEFAULTS.withSchedule(Optional.of("  daily 02:00 "));

        assertThat(settings.schedule()).contains("daily 02:00");
    }

    @Test
    void aBlankScheduleOrANegativeGraceIsRefused() {
        assertThatThrownBy(() -> SourceSettings.DEFAULTS.withSchedule(Optional.of("  ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceSettings.DEFAULTS.withGrace(Optional.of(Duration.ofMinutes(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachWitherChangesOneValue() {
        SourceSettings changed = SourceSettings.DEFAULTS
                .withZone(Optional.of(ZoneId.of("Europe/Paris")))
                .withGrace(Optional.of(Duration.ofHours(2)))
                .withMedia(Optional.of(MediaKind.REMOVABLE))
                .withOffsite(true);

        assertThat(changed).isEqualTo(new SourceSettings(Optional.empty(), Optional.of(ZoneId.of("Europe/Paris")),
                Optional.of(Duration.ofHours(2)), Optional.of(MediaKind.REMOVABLE), true));
    }
}
