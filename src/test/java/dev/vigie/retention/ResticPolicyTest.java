package dev.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each restic rule on snapshots built here, independent of restic's own vectors. */
class ResticPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private static Snapshot at(String time, String... tags) {
        return new Snapshot(time, OffsetDateTime.parse(time), List.of(tags), List.of("/home"));
    }

    /** One snapshot a day at 02:00 UTC, from {@code first} for {@code days} days, oldest first. */
    private static List<Snapshot> daily(String first, int days) {
        List<Snapshot> list = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.parse(first);
        for (int d = 0; d < days; d++) {
            list.add(at(t.plusDays(d).toString()));
        }
        return list;
    }

    private static RetentionDecision apply(RetentionRules rules, List<Snapshot> snapshots) {
        return RetentionPolicies.restic(rules, NOW).apply(snapshots);
    }

    private static List<String> kept(RetentionDecision decision) {
        return decision.keep().stream().map(Snapshot::id).toList();
    }

    @Test
    void keepLastKeepsTheNewestInAnyInputOrder() {
        List<Snapshot> input = new ArrayList<>(daily("2026-11-01T02:00Z", 5));
        Collections.reverse(input);
        input.add(0, input.remove(3));

        RetentionDecision decision = apply(RetentionRules.NONE.withLast(2), input);

        assertThat(kept(decision)).containsExactly("2026-11-05T02:00Z", "2026-11-04T02:00Z");
        assertThat(decision.remove()).extracting(Snapshot::id)
                .containsExactly("2026-11-03T02:00Z", "2026-11-02T02:00Z", "2026-11-01T02:00Z");
        assertThat(decision.reasons().get(0).matches()).containsExactly("last snapshot");
        assertThat(decision.reasons().get(0).counters()).isEqualTo(Map.of("last", 1));
        assertThat(decision.reasons().get(1).counters()).as("zero counters are left out").isEmpty();
    }

    @Test
    void dailyKeepsTheNewestOfEachDayAsWrittenNotInUtc() {
        // 00:30 at +02:00 is 22:30 UTC the day before: the UTC day of 08:00Z, yet another day on its own clock.
        RetentionDecision decision = apply(RetentionRules.NONE.withDaily(2), List.of(
                at("2026-11-20T08:00Z"), at("2026-11-21T00:30+02:00"), at("2026-11-20T07:00Z")));

        assertThat(kept(decision)).containsExactly("2026-11-21T00:30+02:00", "2026-11-20T08:00Z");
        assertThat(decision.reasons().get(0).matches()).containsExactly("daily snapshot");
        assertThat(decision.reasons().get(0).counters()).isEqualTo(Map.of("daily", 1));
    }

    @Test
    void hourlyBucketsByTheHourOfTheClock() {
        RetentionDecision decision = apply(RetentionRules.NONE.withHourly(10), List.of(
                at("2026-11-20T10:59Z"), at("2026-11-20T10:01Z"), at("2026-11-20T11:00Z")));

        assertThat(kept(decision)).containsExactly("2026-11-20T11:00Z", "2026-11-20T10:59Z", "2026-11-20T10:01Z");
        assertThat(decision.reasons().get(2).matches()).as("counts left at the oldest: it is kept too")
                .containsExactly("oldest hourly snapshot");
    }

    @Test
    void weeklyUsesIsoWeeksAcrossTheNewYear() {
        // Monday 30 December 2024 and Sunday 5 January 2025 are both in ISO week 2025-W01.
        RetentionDecision decision = apply(RetentionRules.NONE.withWeekly(2), List.of(
                at("2024-12-29T12:00Z"), at("2024-12-30T12:00Z"), at("2025-01-05T12:00Z")));

        assertThat(kept(decision)).containsExactly("2025-01-05T12:00Z", "2024-12-29T12:00Z");
        assertThat(decision.reasons().get(1).counters()).isEmpty();
    }

    @Test
    void theOldestSnapshotIsKeptOnlyWhileACountIsLeft() {
        List<Snapshot> may = daily("2026-05-01T02:00Z", 31);

        RetentionDecision two = apply(RetentionRules.NONE.withMonthly(2), may);
        RetentionDecision one = apply(RetentionRules.NONE.withMonthly(1), may);

        assertThat(kept(two)).containsExactly("2026-05-31T02:00Z", "2026-05-01T02:00Z");
        assertThat(two.reasons().get(1).matches()).containsExactly("oldest monthly snapshot");
        assertThat(kept(one)).containsExactly("2026-05-31T02:00Z");
    }

    @Test
    void yearlyUnlimitedKeepsOnePerYearAndCountsMinusOne() {
        RetentionDecision decision = apply(RetentionRules.NONE.withYearly(RetentionRules.UNLIMITED), List.of(
                at("2024-06-01T00:00Z"), at("2025-03-01T00:00Z"), at("2025-09-01T00:00Z"), at("2026-01-01T00:00Z")));

        assertThat(kept(decision)).containsExactly("2026-01-01T00:00Z", "2025-09-01T00:00Z", "2024-06-01T00:00Z");
        assertThat(decision.reasons()).allSatisfy(r -> assertThat(r.counters()).isEqualTo(Map.of("yearly", -1)));
    }

    @Test
    void oneSnapshotCountsTowardEveryRuleItMatches() {
        RetentionDecision decision = apply(RetentionRules.NONE.withLast(1).withDaily(2).withYearly(3),
                daily("2026-11-01T02:00Z", 3));

        assertThat(decision.reasons().get(0).matches())
                .containsExactly("last snapshot", "daily snapshot", "yearly snapshot");
        assertThat(decision.reasons().get(0).counters()).isEqualTo(Map.of("daily", 1, "yearly", 2));
        assertThat(kept(decision)).containsExactly("2026-11-03T02:00Z", "2026-11-02T02:00Z", "2026-11-01T02:00Z");
        assertThat(decision.reasons().get(2).matches()).containsExactly("oldest yearly snapshot");
    }

    @Test
    void keepWithinCountsBackFromTheNewestSnapshotNotFromNow() {
        RetentionDecision decision = apply(RetentionRules.NONE.withWithin(CalendarSpan.parse("2d")),
                daily("2025-01-01T02:00Z", 5));

        assertThat(kept(decision)).as("strictly after the start: the 2 January snapshot is exactly 2 days older")
                .containsExactly("2025-01-05T02:00Z", "2025-01-04T02:00Z");
        assertThat(decision.reasons().get(0).matches()).containsExactly("within 2d");
    }

    @Test
    void aSnapshotFromTheFutureDoesNotShiftKeepWithin() {
        List<Snapshot> snapshots = new ArrayList<>(daily("2026-11-18T02:00Z", 3));
        snapshots.add(at("2027-06-01T00:00Z"));

        RetentionDecision decision = apply(RetentionRules.NONE.withWithin(CalendarSpan.parse("1d")), snapshots);

        assertThat(kept(decision)).containsExactly("2027-06-01T00:00Z", "2026-11-20T02:00Z");
    }

    @Test
    void keepWithinDailyKeepsOnePerDayInsideTheSpan() {
        List<Snapshot> snapshots = new ArrayList<>(daily("2026-11-10T02:00Z", 10));
        snapshots.add(at("2026-11-19T14:00Z"));

        RetentionDecision decision = apply(RetentionRules.NONE.withWithinDaily(CalendarSpan.parse("3d")), snapshots);

        assertThat(kept(decision)).containsExactly("2026-11-19T14:00Z", "2026-11-18T02:00Z", "2026-11-17T02:00Z");
        assertThat(decision.reasons().get(0).matches()).containsExactly("daily within 3d");
        assertThat(decision.reasons().get(0).counters()).isEmpty();
    }

    @Test
    void keepTagNeedsEveryTagOfOneValue() {
        List<Snapshot> snapshots = List.of(at("2026-11-03T00:00Z", "foo"), at("2026-11-02T00:00Z", "foo", "bar"),
                at("2026-11-01T00:00Z", "bar"), at("2026-10-31T00:00Z"));

        RetentionDecision both = apply(RetentionRules.NONE.withTag("foo, bar"), snapshots);
        RetentionDecision either = apply(RetentionRules.NONE.withTag("foo").withTag("bar"), snapshots);

        assertThat(kept(both)).containsExactly("2026-11-02T00:00Z");
        assertThat(both.reasons().get(0).matches()).containsExactly("has tags [foo, bar]");
        assertThat(kept(either)).containsExactly("2026-11-03T00:00Z", "2026-11-02T00:00Z", "2026-11-01T00:00Z");
        assertThat(either.reasons().get(1).matches()).containsExactly("has tags [foo]", "has tags [bar]");
    }

    @Test
    void snapshotsAtTheSameTimeStayInTheirInputOrder() {
        Snapshot first = new Snapshot("first", OffsetDateTime.parse("2026-11-01T00:00Z"), List.of(), List.of());
        Snapshot second = new Snapshot("second", OffsetDateTime.parse("2026-11-01T01:00+01:00"), List.of(), List.of());

        RetentionDecision decision = apply(RetentionRules.NONE.withLast(1), List.of(first, second));

        assertThat(kept(decision)).containsExactly("first");
    }

    @Test
    void anEmptyPolicyIsRefusedWithAnExample() {
        assertThatThrownBy(() -> RetentionPolicies.restic(RetentionRules.NONE, NOW))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.retention.empty"));
    }

    @Test
    void noSnapshotsKeepNothing() {
        RetentionDecision decision = apply(RetentionRules.NONE.withLast(3), List.of());

        assertThat(decision.keep()).isEmpty();
        assertThat(decision.remove()).isEmpty();
    }

    @Test
    void theDescriptionUsesResticFlags() {
        RetentionRules rules = RetentionRules.NONE.withDaily(7).withYearly(RetentionRules.UNLIMITED)
                .withWithin(CalendarSpan.parse("1d1y")).withTag("a,b");

        assertThat(RetentionPolicies.restic(rules, NOW).describe())
                .isEqualTo("keep-daily 7, keep-yearly unlimited, keep-within 1y1d, keep-tag a,b");
    }
}
