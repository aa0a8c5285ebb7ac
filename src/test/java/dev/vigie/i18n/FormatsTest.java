package dev.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One way to show a time per language, and schedules in words. */
class FormatsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Formats EN = new Formats(Messages.of(Locale.ENGLISH));
    private static final Formats FR = new Formats(Messages.of(Locale.FRENCH));

    @Test
    void oneDateTimeFormatPerLanguage() {
        Instant t = Instant.parse("2026-12-06T01:01:00Z");
        assertThat(EN.dateTime(t, PARIS)).isEqualTo("6 Dec 2026, 02:01");
        assertThat(FR.dateTime(t, PARIS)).isEqualTo("6 déc. 2026, 02:01");
        assertThat(EN.date(LocalDate.of(2026, 12, 6))).isEqualTo("6 Dec 2026");
    }

    @Test
    void theZoneIsNamedOnlyWhenItIsNotTheReaders() {
        Instant t = Instant.parse("2026-12-06T07:01:00Z");
        assertThat(EN.dateTime(t, PARIS, PARIS)).isEqualTo("6 Dec 2026, 08:01");
        assertThat(EN.dateTime(t, NEW_YORK, PARIS)).isEqualTo("6 Dec 2026, 02:01 (America/New_York)");
    }

    @Test
    void datePickersReadTheShownFormatIsoAndNumbers() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertThat(FR.parseDate(FR.date(day))).contains(day);
        assertThat(EN.parseDate("2026-12-06")).contains(day);
        assertThat(FR.parseDate("06/12/2026")).contains(day);
        assertThat(EN.parseDate("someday")).isEmpty();
    }

    @Test
    void schedulesInWordsInBothLanguages() {
        assertThat(EN.scheduleWords("daily 02:00")).isEqualTo("every day at 02:00");
        assertThat(FR.scheduleWords("daily 02:00")).isEqualTo("tous les jours à 02:00");
        assertThat(EN.scheduleWords("weekly sat 21:30")).isEqualTo("every Saturday at 21:30");
        assertThat(FR.scheduleWords("weekly sat 21:30")).isEqualTo("tous les samedis à 21:30");
        assertThat(EN.scheduleWords("every 1h")).isEqualTo("every hour");
        assertThat(FR.scheduleWords("every 6h")).isEqualTo("toutes les 6 heures");
        assertThat(FR.scheduleWords("monthly 5 03:00")).isEqualTo("le 5 de chaque mois à 03:00");
        assertThat(EN.scheduleWords("cron:0 2 * * 1-5")).isEqualTo("by the cron rule 0 2 * * 1-5");
    }

    @Test
    void aGuessedScheduleSaysSo() {
        var guessed = Schedules.defaultFor(dev.vigie.backup.Layout.WHATSAPP_ANDROID, java.util.List.of(), PARIS);
        assertThat(FR.schedule(guessed)).isEqualTo("tous les jours à 02:00 (déduit)");
        assertThat(EN.schedule(Schedules.parse("weekly sat 21:30", PARIS, Duration.ofHours(1))))
                .isEqualTo("every Saturday at 21:30");
    }

    @Test
    void anIphoneBackupIsNamedInWordsNotByItsFolder() {
        String folder = "3c5e0b9a" + "0".repeat(28) + "d190";
        Instant t = Instant.parse("2026-12-06T01:01:00Z");
        assertThat(EN.backupName(folder, t, PARIS, java.util.Optional.of("Chloé's iPhone")))
                .isEqualTo("iPhone backup of Chloé's iPhone, 6 Dec 2026, 02:01");
        assertThat(FR.backupName(folder, t, PARIS, java.util.Optional.empty()))
                .isEqualTo("Sauvegarde iPhone du 6 déc. 2026, 02:01");
        assertThat(EN.backupName("msgstore-2026-12-06.1.db.crypt14", t, PARIS, java.util.Optional.empty()))
                .isEqualTo("msgstore-2026-12-06.1.db.crypt14");
        var advice = new dev.vigie.simulation.Advice(dev.vigie.simulation.Advice.Action.COPY_BACKUP, t,
                java.util.Optional.of(folder), t.plusSeconds(86_400));
        assertThat(dev.vigie.report.SimulationText.advice(advice, PARIS, EN))
                .isEqualTo("Copy the iPhone backup of 6 Dec 2026, 02:01 somewhere safe before 7 Dec 2026, 02:01.")
                .doesNotContain("3c5e0b9a");
    }

    @Test
    void aFindingOnAnIphoneBackupNamesItInWords() {
        String folder = "3c5e0b9a" + "0".repeat(28) + "d190";
        var finding = dev.vigie.backup.Finding.of(dev.vigie.backup.Severity.WARNING, "ios-unencrypted", folder,
                "Backup/" + folder);
        assertThat(EN.messages().finding(finding)).startsWith("The iPhone backup: ").doesNotContain(folder);
        var inside = dev.vigie.backup.Finding.of(dev.vigie.backup.Severity.WARNING, "ios-unencrypted", folder,
                "Backup/" + folder + "/Manifest.db");
        assertThat(FR.messages().finding(inside)).startsWith("Manifest.db dans la sauvegarde iPhone")
                .doesNotContain(folder);
    }

    @Test
    void timesInFindingsReadInTheOneFormat() {
        var finding = dev.vigie.backup.Finding.of(dev.vigie.backup.Severity.WARNING, "name-time-mismatch", "b",
                "a.zip", "2026-11-20T02:00+01:00", "2026-11-21T03:00+01:00");
        assertThat(EN.messages().finding(finding)).contains("20 Nov 2026, 02:00").doesNotContain("T02:00");
    }
}
