package dev.vigie.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Messages;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30m, PT30M, 30m", "2h, PT2H, 2h", "1d, PT24H, 1d", " 1H30M , PT1H30M, 1h30m", "90m, PT1H30M, 1h30m",
        "0m, PT0S, 0m", "1d12h, PT36H, 1d12h"})
    void readsAndWritesGracePeriods(String text, Duration expected, String canonical) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
        assertThat(Durations.format(expected)).isEqualTo(canonical);
        assertThat(Durations.parse(Durations.format(expected))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "m", "2 hours", "-1h", "1.5h", "2w", "1h 30m", "PT2H"})
    void refusesAnythingElseWithTheTextItCouldNotRead(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOfSatisfying(InputProblem.class, problem -> {
            assertThat(problem.messageKey()).isEqualTo("error.duration");
            assertThat(problem.args()).containsExactly(text);
            assertThat(Messages.of(Locale.ENGLISH).problem(problem)).startsWith("'" + text + "' is not a duration")
                    .contains("for example 30m");
            assertThat(Messages.of(Locale.FRENCH).problem(problem)).startsWith("'" + text + "' n'est pas une durée");
        });
    }

    @Test
    void dropsSecondsWhenWriting() {
        assertThat(Durations.format(Duration.ofSeconds(150))).isEqualTo("2m");
    }
}
