package dev.vigie.health;

import static dev.vigie.health.Backups.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.i18n.Messages;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnomaliesTest {

    private static final Schedule DAILY = Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofHours(2));
    private static final String NOW = "2026-11-20T09:00";

    private static List<Finding> findings(List<BackupSet> backups) {
        return HealthAnalysis.analyse(backups, DAILY, Paris.at("2026-11-01T00:00"), Paris.at(NOW)).findings();
    }

    /** Daily backups from 1 to 20 November, with the one of {@code day} replaced by {@code replacement}. */
    private static List<BackupSet> historyWith(int day, BackupSet replacement) {
        List<BackupSet> history = new ArrayList<>(daily("2026-11-01", "2026-11-20", "02:03"));
        history.set(day - 1, replacement);
        return history;
    }

    private static BackupSet sized(String parisTime, long size) {
        return Backups.at(Paris.at(parisTime), "backup-" + parisTime.substring(0, 10), size);
    }

    @Test
    void anEmptyLatestBackupIsCritical() {
        List<Finding> findings = findings(historyWith(20, sized("2026-11-20T02:03", 0)));

        assertThat(findings).containsExactly(new Finding(Severity.CRITICAL, Anomalies.ZERO_SIZE,
                Optional.of("backup-2026-11-20"), "backups/backup-2026-11-20", List.of()));
    }

    @Test
    void anEmptyRecentBackupIsAWarningAndAnOldOneIsHistory() {
        assertThat(findings(historyWith(18, sized("2026-11-18T02:03", 0))))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, Anomalies.ZERO_SIZE));
        assertThat(findings(historyWith(5, sized("2026-11-05T02:03", 0)))).isEmpty();
    }

    @Test
    void aSourceSilentForAWeekStillShowsWhatIsWrongWithItsLatestBackup() {
        List<BackupSet> history = new ArrayList<>(daily("2026-10-01", "2026-11-09", "02:03"));
        history.add(sized("2026-11-10T02:03", 0));
        List<BackupSet> dropped = new ArrayList<>(daily("2026-10-01", "2026-11-09", "02:03"));
        dropped.add(sized("2026-11-10T02:03", 100_000));

        assertThat(findings(history)).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.CRITICAL, Anomalies.ZERO_SIZE));
        assertThat(findings(dropped)).extracting(Finding::code).containsExactly(Anomalies.SIZE_DROP);
    }

    @ParameterizedTest
    @CsvSource({"400000, 40", "499999, 49", "1, 0"})
    void aBackupLessThanHalfTheUsualSizeIsAWarning(long size, String percent) {
        List<Finding> findings = findings(historyWith(20, sized("2026-11-20T02:03", size)));

        assertThat(findings).containsExactly(new Finding(Severity.WARNING, Anomalies.SIZE_DROP,
                Optional.of("backup-2026-11-20"), "backups/backup-2026-11-20",
                List.of(Long.toString(size), Long.toString(Backups.SIZE), percent)));
    }

    @Test
    void halfTheUsualSizeIsNoDrop() {
        assertThat(findings(historyWith(20, sized("2026-11-20T02:03", Backups.SIZE / 2)))).isEmpty();
    }

    @Test
    void theUsualSizeIsTheMedianOfTheSevenBefore() {
        // Two small ones among the seven before do not move the median; the 20th is judged against 1,000,000.
        List<BackupSet> history = historyWith(15, sized("2026-11-15T02:03", 10));
        history.set(16, sized("2026-11-17T02:03", 10));
        history.set(19, sized("2026-11-20T02:03", 600_000));

        assertThat(findings(history)).extracting(f -> f.backup().orElseThrow())
                .containsExactly("backup-2026-11-15", "backup-2026-11-17");
    }

    @Test
    void withFewerThanSevenBackupsBeforeNoSizeIsUsualYet() {
        List<BackupSet> history = new ArrayList<>(daily("2026-11-14", "2026-11-19", "02:03"));
        history.add(sized("2026-11-20T02:03", 10));

        assertThat(findings(history)).isEmpty();
    }

    @Test
    void aBackupDatedMoreThanAnHourAheadIsAWarning() {
        Instant now = Paris.at(NOW);
        List<BackupSet> history = new ArrayList<>(daily("2026-11-01", "2026-11-20", "02:03"));
        history.add(Backups.at(now.plus(Duration.ofMinutes(59)), "soon", Backups.SIZE));
        history.add(Backups.at(now.plus(Duration.ofMinutes(61)), "ahead", Backups.SIZE));

        assertThat(findings(history)).containsExactly(new Finding(Severity.WARNING, Anomalies.FUTURE_TIME,
                Optional.of("ahead"), "backups/ahead", List.of("2026-11-20T10:01:00+01:00")));
    }

    @ParameterizedTest
    @CsvSource({
        "msgstore-2026-11-18.1.db.crypt14, 2026-11-18T02:00, false",
        "msgstore-2026-11-18.1.db.crypt14, 2026-11-19T23:59, false",
        "msgstore-2026-11-18.1.db.crypt14, 2026-11-20T00:01, true",
        "msgstore-2026-11-18.1.db.crypt14, 2026-11-16T23:59, true",
        "sauvegarde-2026-11-15.zip, 2026-11-19T02:00, true",
        "20261119-020000, 2026-11-19T02:00, false",
        "20261115-020000, 2026-11-19T02:00, true",
        "export_2026_11_15.tar.gz, 2026-11-19T02:00, true",
        "daily.0, 2026-11-19T02:00, false",
        "backup-2026-13-45.zip, 2026-11-19T02:00, false",
        "app-1.2.3-build4567.zip, 2026-11-19T02:00, false"})
    void aDateInTheNameMoreThanADayFromTheBackupsTimeIsAWarning(String name, String time, boolean mismatch) {
        List<BackupSet> history = new ArrayList<>(daily("2026-11-01", "2026-11-14", "02:03"));
        BackupSet named = Backups.at(Paris.at(time), name, Backups.SIZE);
        history.add(named);

        List<Finding> findings = findings(history);

        if (mismatch) {
            assertThat(findings).containsExactly(new Finding(Severity.WARNING, Anomalies.NAME_TIME_MISMATCH,
                    Optional.of(name), "backups/" + name, List.of(DateInName.find(name).orElseThrow().toString(),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Paris.at(time).atZone(Paris.ZONE)))));
        } else {
            assertThat(findings).isEmpty();
        }
    }

    @Test
    void everyFindingIsWordedInBothLanguagesWithItsValues() {
        assertThat(readable("2026-11-19T12:00:00+01:00", Locale.ENGLISH)).isEqualTo("19 Nov 2026, 12:00");
        List<BackupSet> history = new ArrayList<>(historyWith(18, sized("2026-11-18T02:03", 0)));
        history.set(19, sized("2026-11-20T02:03", 400_000));
        history.add(Backups.at(Paris.at("2026-11-25T02:00"), "ahead", Backups.SIZE));
        history.add(Backups.at(Paris.at("2026-11-19T12:00"), "sauvegarde-2026-11-15.zip", Backups.SIZE));
        List<Finding> findings = findings(history);

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(Anomalies.ZERO_SIZE,
                Anomalies.SIZE_DROP, Anomalies.FUTURE_TIME, Anomalies.NAME_TIME_MISMATCH);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Messages messages = Messages.of(locale);
            for (Finding finding : findings) {
                String text = messages.finding(finding);
                assertThat(text).as(locale + " " + finding.code()).doesNotContain("!finding", "{", "}")
                        .startsWith(finding.path());
                // Values read as a person reads them: times in the language's one format, counts grouped.
                finding.args().forEach(arg -> assertThat(text).contains(readable(arg, locale)));
            }
        }
        assertThat(Messages.of(Locale.FRENCH).finding(findings.stream()
                .filter(f -> f.code().equals(Anomalies.ZERO_SIZE)).findFirst().orElseThrow()))
                .contains("l'outil");
    }

    private static String readable(String arg, Locale locale) {
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return new dev.vigie.i18n.Formats(Messages.of(locale)).dateTime(
                    java.time.OffsetDateTime.parse(arg).toInstant(), java.time.OffsetDateTime.parse(arg).getOffset());
        }
        if (arg.matches("\\d+")) {
            return java.text.NumberFormat.getIntegerInstance(locale).format(Long.parseLong(arg));
        }
        return arg;
    }
}
