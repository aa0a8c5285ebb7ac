package dev.vigie.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30m, PT30M", "2h, PT2H", "1d, PT24H", "0m, PT0S", "' 90M ', PT1H30M", "3 d, PT72H"})
    void aNumberAndAUnitReadAsThatDuration(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "h", "2 hours", "-1h", "1.5h", "1w", "2h30m", "PT2H", "9999999999d"})
    void anythingElseIsAnInputProblemThatQuotesIt(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.duration");
            assertThat(p.args()).containsExactly(text);
        });
    }
}
