package dev.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import org.junit.jupiter.api.Test;

class RetentionRulesParseTest {

    @Test
    void readsWhatDescribeWrites() {
        RetentionRules rules = RetentionRules.NONE.withLast(1).withDaily(7).withYearly(RetentionRules.UNLIMITED)
                .withWithinDaily(CalendarSpan.parse("1m2d")).withTag("a,b").withTag("c");

        assertThat(RetentionRules.parse(rules.describe())).isEqualTo(rules);
    }

    @Test
    void readsResticFlagsAndEqualsSigns() {
        assertThat(RetentionRules.parse("--keep-hourly 24 --keep-daily=7 keep-within 30d"))
                .isEqualTo(RetentionRules.NONE.withHourly(24).withDaily(7).withWithin(CalendarSpan.parse("30d")));
    }

    @Test
    void namesTheWordThatIsNotARule() {
        assertThatThrownBy(() -> RetentionRules.parse("keep-daily 7, keep-fortnightly 2"))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).args()).containsExactly(
                        "keep-daily 7, keep-fortnightly 2", "keep-fortnightly"));
    }

    @Test
    void aRuleWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> RetentionRules.parse("keep-daily"))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).messageKey()).isEqualTo("error.retention.rules"));
    }

    @Test
    void aCountThatIsNotANumberIsRefusedWithItsFlag() {
        assertThatThrownBy(() -> RetentionRules.parse("keep-last many"))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> assertThat(((InputProblem) e).args()).containsExactly("--keep-last", "many"));
    }
}
