package dev.vigie.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.testing.Paris;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GDPR Art. 12(3): an answer within one month of receipt. */
class ErasureRequestTest {

    private static ErasureRequest received(String local) {
        return ErasureRequest.received("anna", Paris.at(local), Paris.ZONE, Optional.empty(), Optional.empty());
    }

    @Test
    void isDueOnTheSameDayOfTheNextMonth() {
        assertThat(received("2026-03-10T14:00").dueAt()).isEqualTo(Paris.at("2026-04-10T14:00"));
    }

    @Test
    void aRequestOfThe31stOfJanuaryIsDueOnTheLastDayOfFebruary() {
        assertThat(received("2026-01-31T00:00").dueAt()).isEqualTo(Paris.at("2026-02-28T00:00"));
        assertThat(received("2028-01-31T00:00").dueAt()).as("leap year").isEqualTo(Paris.at("2028-02-29T00:00"));
    }

    @Test
    void keepsTheLocalTimeAcrossAChangeOfClock() {
        // Paris moves to summer time on 29 March 2026: a month after 10:00 in winter is 10:00 in summer.
        assertThat(received("2026-03-10T10:00").dueAt()).isEqualTo(Paris.at("2026-04-10T10:00"));
    }

    @Test
    void isDueSoonInTheSevenDaysBeforeItsDueTimeAndOverdueAfter() {
        ErasureRequest r = received("2026-03-10T14:00");
        Instant due = r.dueAt();

        assertThat(r.isDueSoonAt(due.minusSeconds(7 * 86_400 + 1))).isFalse();
        assertThat(r.isDueSoonAt(due.minusSeconds(7 * 86_400))).isTrue();
        assertThat(r.isDueSoonAt(due)).isTrue();
        assertThat(r.isOverdueAt(due)).isFalse();
        assertThat(r.isOverdueAt(due.plusSeconds(1))).isTrue();
        assertThat(r.isDueSoonAt(due.plusSeconds(1))).isFalse();
    }

    @Test
    void aCompletedRequestIsNeitherDueSoonNorOverdue() {
        ErasureRequest done = received("2026-03-10T14:00").completed(Paris.at("2026-05-01T00:00"));

        assertThat(done.isOpen()).isFalse();
        assertThat(done.isOverdueAt(Paris.at("2026-06-01T00:00"))).isFalse();
        assertThat(done.isDueSoonAt(Paris.at("2026-04-09T00:00"))).isFalse();
    }
}
