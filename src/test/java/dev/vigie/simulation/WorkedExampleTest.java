package dev.vigie.simulation;

import static dev.vigie.simulation.Fixtures.whatsAppNights;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Layout;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WhatsApp's own behaviour: a local backup every night at 02:00 that replaces the previous one (keep-last 1). Seen
 * on Wednesday 18 November 2026 at noon.
 */
class WorkedExampleTest {

    private static final Schedule NIGHTLY = Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofHours(2));
    private static final Instant WEDNESDAY_NOON = Paris.at("2026-11-18T12:00");
    private static final SourcePlace PHONE = new SourcePlace(Layout.WHATSAPP_ANDROID, false);

    private final Simulator simulator = simulator(whatsAppNights(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 18)), PHONE);

    @Test
    void sentMondayDeletedWednesdayTenIsRecoverableUntilThursdayTwo() {
        MessageOutcome outcome = simulator.message(new MessageEvent("m",
                Optional.of(Paris.at("2026-11-16T15:00")), Paris.at("2026-11-18T10:00")));

        assertThat(outcome.captured()).isTrue();
        assertThat(outcome.capturedBy()).containsExactly(Paris.at("2026-11-17T02:00"), Paris.at("2026-11-18T02:00"));
        assertThat(outcome.recoverableNow()).isTrue();
        assertThat(outcome.recoverableUntil()).contains(Paris.at("2026-11-19T02:00"));
        assertThat(Duration.between(outcome.event().deleted(), outcome.recoverableUntil().orElseThrow()))
                .isEqualTo(Duration.ofHours(16));
        assertThat(outcome.timeLeft()).contains(Duration.ofHours(14));
        assertThat(outcome.whyNotCaptured()).isEmpty();
        assertThat(outcome.advice()).contains(new Advice(Advice.Action.COPY_BACKUP, Paris.at("2026-11-18T02:00"),
                Optional.of("msgstore-2026-11-18.1.db.crypt14"), Paris.at("2026-11-19T02:00")));
    }

    @Test
    void theAdviceNamesTheDatedCopyThatHoldsTheBackupOnceARunHasRotatedTheCurrentFile() {
        // Scanned on the 17th: the 17th's backup was then the current msgstore.db.crypt15. By Thursday noon the runs
        // of the 18th and 19th have renamed it msgstore-2026-11-17.1.db.crypt15; seven dailies keep it a week.
        List<ObservedBackup> scanned = List.of(
                new ObservedBackup(Paris.at("2026-11-16T02:00"), "msgstore-2026-11-16.1.db.crypt15"),
                new ObservedBackup(Paris.at("2026-11-17T02:00"), "msgstore.db.crypt15"));
        Instant thursdayNoon = Paris.at("2026-11-19T12:00");
        Simulator later = new Simulator(Timeline.build(scanned, NIGHTLY, TestPolicies.keepDaily(7), thursdayNoon),
                thursdayNoon, PHONE);
        Simulator sameDay = new Simulator(Timeline.build(scanned, NIGHTLY, TestPolicies.keepDaily(7),
                Paris.at("2026-11-17T12:00")), Paris.at("2026-11-17T12:00"), PHONE);
        MessageEvent event = new MessageEvent("m", Optional.of(Paris.at("2026-11-16T15:00")),
                Paris.at("2026-11-17T10:00"));

        assertThat(later.message(event).advice().flatMap(Advice::file)).contains("msgstore-2026-11-17.1.db.crypt15");
        assertThat(sameDay.message(event).advice().flatMap(Advice::file)).contains("msgstore.db.crypt15");
    }

    @Test
    void sentWednesdayThreeDeletedAtTenWasNeverCaptured() {
        MessageOutcome outcome = simulator.message(new MessageEvent("m",
                Optional.of(Paris.at("2026-11-18T03:00")), Paris.at("2026-11-18T10:00")));

        assertThat(outcome.captured()).isFalse();
        assertThat(outcome.recoverableNow()).isFalse();
        assertThat(outcome.recoverableUntil()).isEmpty();
        assertThat(outcome.advice()).isEmpty();
        assertThat(outcome.whyNotCaptured()).contains(new NotCaptured(NotCaptured.Reason.DELETED_BEFORE_NEXT_RUN,
                Paris.at("2026-11-19T02:00")));
    }

    @Test
    void aCloudBackupThatKeepsOneCopyIsSavedByTurningOffTheNextRun() {
        Simulator cloud = simulator(whatsAppNights(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 18)),
                new SourcePlace(Layout.WHATSAPP_ANDROID, true));

        MessageOutcome outcome = cloud.message(new MessageEvent("m", Optional.empty(), Paris.at("2026-11-18T10:00")));

        assertThat(outcome.advice().map(Advice::action)).contains(Advice.Action.TURN_OFF_AUTOMATIC_BACKUP);
        assertThat(outcome.advice().map(Advice::before)).contains(Paris.at("2026-11-19T02:00"));
    }

    @Test
    void aNightWithoutBackupIsTheMissedRunThatLostTheMessage() {
        List<ObservedBackup> nights = new ArrayList<>(whatsAppNights(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 18)));
        nights.removeIf(b -> b.name().contains("2026-11-10"));

        MessageOutcome outcome = simulator(nights, PHONE).message(new MessageEvent("m",
                Optional.of(Paris.at("2026-11-09T12:00")), Paris.at("2026-11-10T12:00")));

        assertThat(outcome.whyNotCaptured()).contains(new NotCaptured(NotCaptured.Reason.RUN_MISSED,
                Paris.at("2026-11-10T02:00")));
    }

    @Test
    void aMessageCapturedLastWeekIsGoneWithItsBackups() {
        MessageOutcome outcome = simulator.message(new MessageEvent("m",
                Optional.of(Paris.at("2026-11-05T12:00")), Paris.at("2026-11-06T12:00")));

        assertThat(outcome.capturedBy()).containsExactly(Paris.at("2026-11-06T02:00"));
        assertThat(outcome.recoverableNow()).isFalse();
        assertThat(outcome.recoverableUntil()).contains(Paris.at("2026-11-07T02:00"));
        assertThat(outcome.timeLeft()).isEmpty();
    }

    @Test
    void aLossCostsWhatWasDoneSinceTheLastNight() {
        LossOutcome outcome = simulator.loss(new LossEvent("phone stolen", Paris.at("2026-11-18T10:00")));

        assertThat(outcome.lastBackupBefore()).contains(Paris.at("2026-11-18T02:00"));
        assertThat(outcome.exposure()).contains(Duration.ofHours(8));
        assertThat(outcome.backupExistsNow()).isTrue();
    }

    /**
     * The day before each change a message is written at noon; it is deleted at noon on the day of the change. The
     * night's run captures it (at 03:00 summer time when 02:00 does not exist, at the first 02:00 when it happens
     * twice) and the next night's run prunes it.
     */
    @ParameterizedTest
    @CsvSource({
        "2026-03-29, 2026-03-29T03:00+02:00, 2026-03-30T02:00+02:00, 23",
        "2026-10-25, 2026-10-25T02:00+02:00, 2026-10-26T02:00+01:00, 25",
        "2027-03-28, 2027-03-28T03:00+02:00, 2027-03-29T02:00+02:00, 23",
        "2027-10-31, 2027-10-31T02:00+02:00, 2027-11-01T02:00+01:00, 25"})
    void daylightSavingMovesTheRunsNotTheWindow(LocalDate change, OffsetDateTime run, OffsetDateTime pruned,
                                                long hoursKept) {
        Simulator before = simulator(whatsAppNights(change.minusDays(10), change.minusDays(1)), PHONE,
                Paris.at(change.minusDays(1) + "T18:00"));
        Instant deleted = Paris.at(change + "T12:00");

        MessageOutcome outcome = before.message(new MessageEvent("m", Optional.of(Paris.at(change.minusDays(1)
                + "T12:00")), deleted));

        assertThat(outcome.capturedBy()).containsExactly(run.toInstant());
        assertThat(outcome.recoverableUntil()).contains(pruned.toInstant());
        assertThat(Duration.between(run.toInstant(), pruned.toInstant())).isEqualTo(Duration.ofHours(hoursKept));
        assertThat(Duration.between(deleted, pruned.toInstant())).isEqualTo(Duration.ofHours(14));
        assertThat(Timeline.snapshot(0, run.toInstant().toEpochMilli(), NIGHTLY).time()).isEqualTo(run);
    }

    private static Simulator simulator(List<ObservedBackup> nights, SourcePlace place) {
        return simulator(nights, place, WEDNESDAY_NOON);
    }

    private static Simulator simulator(List<ObservedBackup> nights, SourcePlace place, Instant now) {
        return new Simulator(Timeline.build(nights, NIGHTLY, TestPolicies.keepLast(1), now), now, place);
    }
}
