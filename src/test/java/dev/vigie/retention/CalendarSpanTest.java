package dev.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Restic's {@code NyNmNdNh} spans, and counting them back as Go's {@code AddDate} does. */
class CalendarSpanTest {

    @Test
    void unitsComeInAnyOrderAndPrintInResticsOrder() {
        assertThat(CalendarSpan.parse("1d1y1m")).isEqualTo(new CalendarSpan(1, 1, 1, 0));
        assertThat(CalendarSpan.parse("3h2m1y3d")).hasToString("1y2m3d3h");
        assertThat(CalendarSpan.parse("13d23h")).hasToString("13d23h");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "7w", "1d2d", "-1d", "d", "1 d"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> CalendarSpan.parse(text)).isInstanceOfSatisfying(InputProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("error.retention.span"));
    }

    @Test
    void aMonthBeforeTheThirtyFirstOfMarchIsTheThirdOfMarchAsInGo() {
        assertThat(CalendarSpan.parse("1m").before(OffsetDateTime.parse("2026-03-31T10:00+02:00")))
                .isEqualTo(OffsetDateTime.parse("2026-03-03T10:00+02:00"));
    }

    @Test
    void hoursComeOffAfterTheCalendarPart() {
        assertThat(CalendarSpan.parse("1y2h").before(OffsetDateTime.parse("2026-01-01T01:00Z")))
                .isEqualTo(OffsetDateTime.parse("2024-12-31T23:00Z"));
    }
}
