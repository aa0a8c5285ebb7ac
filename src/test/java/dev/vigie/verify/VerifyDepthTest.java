package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VerifyDepthTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void readsTheThreeDepthsInAnyCase() {
        assertThat(VerifyDepth.parse("quick")).isEqualTo(VerifyDepth.QUICK);
        assertThat(VerifyDepth.parse(" FULL ")).isEqualTo(VerifyDepth.FULL);
        assertThat(VerifyDepth.parse("sample=10%")).isEqualTo(VerifyDepth.sample(10));
        assertThat(VerifyDepth.parse("Sample = 5")).isEqualTo(VerifyDepth.sample(5));
        assertThat(VerifyDepth.parse("sample=100%").id()).isEqualTo("sample=100%");
        assertThat(VerifyDepth.sample(12).id()).isEqualTo("sample=12%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fast", "sample", "sample=0%", "sample=101%", "sample=-5%", "sample=10%%",
        "sample=1.5%", "full,quick"})
    void anythingElseIsAnInputProblemThatQuotesIt(String text) {
        assertThatThrownBy(() -> VerifyDepth.parse(text)).isInstanceOf(InputProblem.class)
                .satisfies(e -> {
                    assertThat(((InputProblem) e).messageKey()).isEqualTo("error.verify.depth");
                    assertThat(((InputProblem) e).args()).containsExactly(text);
                });
    }

    @Test
    void aSampleCoversEveryFileInItsCycleFromAnyDay() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            paths.add("Databases/msgstore-" + i + ".1.db.crypt15");
        }
        for (int percent : new int[] {1, 7, 10, 25, 30, 33, 34, 50, 99}) {
            VerifyDepth depth = VerifyDepth.sample(percent);
            assertThat(depth.cycleDays()).isEqualTo((int) Math.ceil(100.0 / percent));
            for (int startDay : new int[] {0, 3, 17}) {
                Set<String> covered = new HashSet<>();
                for (int day = startDay; day < startDay + depth.cycleDays(); day++) {
                    Instant when = NOW.plusSeconds(86_400L * day);
                    long today = paths.stream().filter(p -> depth.fullyChecks(p, when)).count();
                    // Each day's share is the percent asked, give or take the hash's spread over 2,000 paths.
                    assertThat(today).as(percent + "% on day " + day)
                            .isBetween(Math.round(paths.size() * (percent / 100.0 - 0.03)),
                                    Math.round(paths.size() * (percent / 100.0 + 0.03)));
                    paths.stream().filter(p -> depth.fullyChecks(p, when)).forEach(covered::add);
                }
                assertThat(covered).as(percent + "% from day " + startDay).hasSize(paths.size());
            }
        }
    }

    @Test
    void theSameDayPicksTheSameFilesWhateverTheHour() {
        VerifyDepth depth = VerifyDepth.sample(20);
        Instant morning = Instant.parse("2026-11-21T00:00:01Z");
        Instant evening = Instant.parse("2026-11-21T23:59:59Z");
        for (int i = 0; i < 500; i++) {
            String path = "f" + i;
            assertThat(depth.fullyChecks(path, morning)).isEqualTo(depth.fullyChecks(path, evening));
        }
    }

    @Test
    void quickNeverAndFullAlwaysReadEverything() {
        assertThat(VerifyDepth.QUICK.fullyChecks("a", NOW)).isFalse();
        assertThat(VerifyDepth.FULL.fullyChecks("a", NOW)).isTrue();
        assertThat(VerifyDepth.FULL.cycleDays()).isEqualTo(1);
        assertThatThrownBy(VerifyDepth.QUICK::cycleDays).isInstanceOf(IllegalStateException.class);
    }
}
