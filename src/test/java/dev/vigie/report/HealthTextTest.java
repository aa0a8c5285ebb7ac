package dev.vigie.report;

import static dev.vigie.report.Reports.LAST_NIGHT;
import static dev.vigie.report.Reports.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.health.Gap;
import dev.vigie.health.HealthReport;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MissedRuns;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthTextTest {

    private static final Formats ENGLISH = new Formats(Messages.of(Locale.ENGLISH));
    private static final Formats FRENCH = new Formats(Messages.of(Locale.FRENCH));
    private static final Finding CRITICAL = Finding.of(Severity.CRITICAL, "corrupt-zip", "2026-11-18", "a.zip");
    private static final Finding WARNING = Finding.of(Severity.WARNING, "size-drop", "2026-11-21", "b.zip", "40");
    private static final Finding INFO = Finding.of(Severity.INFO, "new-file", "2026-11-21", "c.txt");

    @Test
    void aHealthySourceIsOkWithTheAgeOfItsLatestBackupAndItsMissedRuns() {
        assertThat(summary(Reports.healthy(), ENGLISH))
                .isEqualTo("VIGIE OK - latest backup 6 h ago, 0 missed runs in 30 days");
    }

    @Test
    void aLateSourceIsAWarningThatSaysLate() {
        HealthReport late = Reports.with(HealthStatus.LATE, Optional.of(Paris.at("2026-11-20T02:00")), true,
                new MissedRuns(0, 0, 0), List.of(), 1.0);

        assertThat(summary(late, ENGLISH))
                .isEqualTo("VIGIE WARNING - late: latest backup 30 h ago, 0 missed runs in 30 days");
    }

    @Test
    void anUpSourceWithAWarningFindingIsAWarningThatCountsIt() {
        HealthReport warned = Reports.with(HealthStatus.UP, Optional.of(LAST_NIGHT), true, new MissedRuns(1, 1, 1),
                List.of(), 0.97, WARNING, INFO);

        assertThat(summary(warned, ENGLISH))
                .isEqualTo("VIGIE WARNING - latest backup 6 h ago, 1 missed run in 30 days, 1 warning");
    }

    @Test
    void aDownSourceIsCriticalWithItsCriticalFindings() {
        HealthReport down = Reports.with(HealthStatus.DOWN, Optional.of(Paris.at("2026-11-18T02:00")), true,
                new MissedRuns(2, 2, 2), List.of(), 0.93, CRITICAL, WARNING, WARNING);

        assertThat(summary(down, ENGLISH)).isEqualTo("VIGIE CRITICAL - down: latest backup 3 d ago, "
                + "2 missed runs in 30 days, 1 critical finding, 2 warnings");
    }

    @Test
    void aNewSourceIsOkUntilItsFirstRunIsDueThenCritical() {
        HealthReport waiting = Reports.with(HealthStatus.NEW, Optional.empty(), false, new MissedRuns(0, 0, 0),
                List.of(), 1.0);
        HealthReport overdue = Reports.with(HealthStatus.NEW, Optional.empty(), true, new MissedRuns(1, 1, 1),
                List.of(), 0.0);

        assertThat(summary(waiting, ENGLISH))
                .isEqualTo("VIGIE OK - new source: no backup yet, first run expected 22 Nov 2026, 02:00");
        assertThat(summary(overdue, ENGLISH))
                .isEqualTo("VIGIE CRITICAL - new source: no backup yet, 1 missed run in 30 days");
    }

    @Test
    void aSourceThatCouldNotBeCheckedIsUnknownWithTheReason() {
        CheckOutcome missing = new CheckOutcome.Unknown("nas", "/mnt/nas: no such folder.");

        assertThat(HealthText.summary(missing, NOW, Paris.ZONE, ENGLISH))
                .isEqualTo("VIGIE UNKNOWN - /mnt/nas: no such folder.");
        assertThat(HealthText.render(missing, NOW, Paris.ZONE, ENGLISH).lines()).containsExactly(
                "VIGIE UNKNOWN - /mnt/nas: no such folder.",
                "Source: nas",
                "Status: unknown, the source could not be checked");
    }

    @Test
    void theBlockSaysEverythingTheSummaryLeavesOutFindingsMostSeriousFirst() {
        Gap weekend = new Gap(Paris.at("2026-11-13T02:00"), Paris.at("2026-11-16T02:00"), 2);
        Gap night = new Gap(Paris.at("2026-11-02T02:00"), Paris.at("2026-11-04T02:00"), 1);
        HealthReport report = Reports.with(HealthStatus.UP, Optional.of(LAST_NIGHT), true, new MissedRuns(0, 3, 4),
                List.of(night, weekend), 29.0 / 30, INFO, WARNING, CRITICAL);
        Messages m = ENGLISH.messages();

        String text = HealthText.render(new CheckOutcome.Checked("nas", report), NOW, Paris.ZONE, ENGLISH);

        assertThat(text.lines()).containsExactly(
                "VIGIE CRITICAL - latest backup 6 h ago, 3 missed runs in 30 days, 1 critical finding, 1 warning",
                "Source: nas",
                "Status: up, the backup of the latest expected run is there",
                "Schedule: every day at 02:00, grace 2 h",
                "Latest backup: 21 Nov 2026, 02:00 (6 h ago)",
                "Next expected: 22 Nov 2026, 02:00 (in 18 h)",
                "Missed runs: 0 in 7 days, 3 in 30 days, 4 in 90 days",
                "Longest gap: 3 d, from 13 Nov 2026, 02:00 to 16 Nov 2026, 02:00, 2 missed runs",
                "Coverage of the last 30 days: 96%",
                "3 findings:",
                "  critical  " + m.finding(CRITICAL),
                "  warning   " + m.finding(WARNING),
                "  info      " + m.finding(INFO));
    }

    @Test
    void anInferredScheduleAndAnEmptyHistorySaySo() {
        DailySchedule guessed = new DailySchedule(LocalTime.of(3, 0), Paris.ZONE, Duration.ofMinutes(90), true);
        HealthReport report = new HealthReport(HealthStatus.NEW, guessed, Optional.empty(),
                Paris.at("2026-11-22T03:00"), false, new MissedRuns(0, 0, 0), List.of(), 1.0, List.of());

        String text = HealthText.render(new CheckOutcome.Checked("phone", report), NOW, Paris.ZONE, ENGLISH);

        assertThat(text).contains("Schedule: every day at 03:00, grace 90 min (inferred from the backups seen)",
                "Latest backup: none yet", "Longest gap: none", "Coverage of the last 30 days: none, no backup seen yet",
                "Findings: none");
    }

    @Test
    void aCoverageJustUnderFullIsNotRoundedUpToAHundredPercent() {
        HealthReport almost = Reports.with(HealthStatus.UP, Optional.of(LAST_NIGHT), true, new MissedRuns(0, 1, 1),
                List.of(), 299.0 / 300);

        assertThat(HealthText.render(new CheckOutcome.Checked("nas", almost), NOW, Paris.ZONE, ENGLISH))
                .contains("Coverage of the last 30 days: 99%");
    }

    @Test
    void inFrenchTheDetailsAreFrenchAndTheLevelWordStaysForTheMonitoringTools() {
        HealthReport down = Reports.with(HealthStatus.DOWN, Optional.of(Paris.at("2026-11-18T02:00")), true,
                new MissedRuns(2, 2, 2), List.of(), 0.93, CRITICAL);

        assertThat(summary(Reports.healthy(), FRENCH))
                .isEqualTo("VIGIE OK - dernière sauvegarde il y a 6 h, 0 sauvegarde manquée en 30 jours");
        assertThat(summary(down, FRENCH)).isEqualTo("VIGIE CRITICAL - en défaut : dernière sauvegarde il y a 3 j, "
                + "2 sauvegardes manquées en 30 jours, 1 problème critique");
        assertThat(HealthText.render(new CheckOutcome.Checked("nas", down), NOW, Paris.ZONE, FRENCH))
                .contains("État : en défaut", "Planification : tous les jours à 02:00, délai de grâce 2 h",
                        "Prochaine attendue : 22 nov. 2026, 02:00 (dans 18 h)", "1 constat :");
    }

    @Test
    void severalSourcesAreSeparatedByABlankLine() {
        String text = HealthText.render(List.of(new CheckOutcome.Checked("nas", Reports.healthy()),
                new CheckOutcome.Unknown("phone", "unplugged")), NOW, Paris.ZONE, ENGLISH);

        assertThat(text).contains("Findings: none\n\nVIGIE UNKNOWN - unplugged\nSource: phone\n");
    }

    private static String summary(HealthReport report, Formats formats) {
        return HealthText.summary(new CheckOutcome.Checked("nas", report), NOW, Paris.ZONE, formats);
    }
}
