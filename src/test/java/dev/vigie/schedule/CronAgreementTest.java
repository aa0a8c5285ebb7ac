package dev.vigie.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where no clock changes (UTC), Vigie's cron slots are exactly the runs cron-utils computes. */
class CronAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"0 2 * * *", "30 2 * * 1-5", "*/15 1-3 * * *", "0 0 1,15 * *", "0 2 14 * 5",
        "0 0 */2 * 1", "0 0 1-31 * 1", "5 4 * jan,jul sun", "0 */6 * * *", "59 23 31 * *", "0 0 * * 7",
        "0 12 1 */3 *", "10-20/5 8 * * sat,sun", "0 2 29 2 *", "0 0 1 * 0-7"})
    void agreesWithCronUtilsOverTwoYears(String fields) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2028-12-31T23:59:00Z");
        Schedule schedule = Schedules.parse("cron:" + fields, ZoneOffset.UTC, Duration.ZERO);

        ExecutionTime cronUtils = ExecutionTime.forCron(
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX)).parse(fields));
        List<Instant> expected = new ArrayList<>();
        ZonedDateTime t = from.minusSeconds(1).atZone(ZoneOffset.UTC);
        while (true) {
            ZonedDateTime next = cronUtils.nextExecution(t).orElseThrow();
            if (next.toInstant().isAfter(to)) {
                break;
            }
            expected.add(next.toInstant());
            t = next;
        }

        assertThat(schedule.slots(from, to)).isNotEmpty().isEqualTo(expected);
    }
}
