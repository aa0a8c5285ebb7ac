package dev.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.MediaKind;
import dev.vigie.testing.Paris;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreeTwoOneTest {

    private static final BackupSet MONDAY = Backups.at(Paris.at("2026-11-16T02:00"),
            "msgstore-2026-11-16.1.db.crypt14", 52_000_000);
    private static final BackupSet TUESDAY = Backups.at(Paris.at("2026-11-17T02:00"),
            "msgstore-2026-11-17.1.db.crypt14", 52_100_000);

    private static SourceCopy phone(BackupSet... backups) {
        return new SourceCopy("phone", List.of(backups), MediaKind.LOCAL_DISK, false);
    }

    private static SourceCopy nas(BackupSet... backups) {
        return new SourceCopy("nas", List.of(backups), MediaKind.NETWORK_SHARE, false);
    }

    private static SourceCopy drive(BackupSet... backups) {
        return new SourceCopy("drive", List.of(backups), MediaKind.CLOUD, true);
    }

    @Test
    void aPhoneANasAndACloudFolderHoldingTheSameBackupMeetTheRule() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(MONDAY, TUESDAY), nas(MONDAY, TUESDAY),
                drive(MONDAY, TUESDAY)));

        assertThat(a.backup()).contains(TUESDAY);
        assertThat(a.copies()).isEqualTo(3);
        assertThat(a.holders()).containsExactly("phone", "nas", "drive");
        assertThat(a.media()).containsExactly(MediaKind.LOCAL_DISK, MediaKind.NETWORK_SHARE, MediaKind.CLOUD);
        assertThat(a.offSite()).isTrue();
        assertThat(a.met()).containsExactly(ThreeTwoOneRule.values());
        assertThat(a.missing()).isEmpty();
        assertThat(a.satisfied()).isTrue();
    }

    @Test
    void twoCopiesMissOnlyTheThird() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(MONDAY), drive(MONDAY)));

        assertThat(a.copies()).isEqualTo(2);
        assertThat(a.met()).containsExactly(ThreeTwoOneRule.TWO_MEDIA, ThreeTwoOneRule.ONE_OFF_SITE);
        assertThat(a.missing()).containsExactly(ThreeTwoOneRule.THREE_COPIES);
        assertThat(a.satisfied()).isFalse();
    }

    @Test
    void threeCopiesOnOneKindOfMediaMissTheSecondMedium() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(
                new SourceCopy("disk-a", List.of(MONDAY), MediaKind.REMOVABLE, false),
                new SourceCopy("disk-b", List.of(MONDAY), MediaKind.REMOVABLE, false),
                new SourceCopy("disk-c", List.of(MONDAY), MediaKind.REMOVABLE, true)));

        assertThat(a.media()).containsExactly(MediaKind.REMOVABLE);
        assertThat(a.missing()).containsExactly(ThreeTwoOneRule.TWO_MEDIA);
    }

    @Test
    void everythingOnThePremisesMissesTheOffSiteCopy() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(MONDAY), nas(MONDAY),
                new SourceCopy("usb", List.of(MONDAY), MediaKind.REMOVABLE, false)));

        assertThat(a.offSite()).isFalse();
        assertThat(a.missing()).containsExactly(ThreeTwoOneRule.ONE_OFF_SITE);
    }

    @Test
    void theRuleIsJudgedOnTheBackupWithTheMostCopiesEvenIfANewerOneHasNotSpreadYet() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(MONDAY, TUESDAY), nas(MONDAY), drive(MONDAY)));

        assertThat(a.backup()).contains(MONDAY);
        assertThat(a.copies()).isEqualTo(3);
    }

    @Test
    void aSetOfTheSameNameButAnotherSizeIsAnotherBackup() {
        BackupSet truncated = Backups.at(MONDAY.time(), MONDAY.name(), 1_000);
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(MONDAY), nas(truncated), drive(MONDAY)));

        assertThat(a.copies()).isEqualTo(2);
        assertThat(a.holders()).containsExactly("phone", "drive");
    }

    @Test
    void differentChecksumsMakeDifferentBackupsAndAMissingOneDoesNotMatter() {
        BackupSet good = Backups.at(MONDAY.time(), MONDAY.name(), MONDAY.sizeBytes(),
                Map.of(ThreeTwoOne.MD5, "9e107d9d372bb6826bd81d3542a419d6"));
        BackupSet sameUpperCase = Backups.at(MONDAY.time(), MONDAY.name(), MONDAY.sizeBytes(),
                Map.of(ThreeTwoOne.MD5, "9E107D9D372BB6826BD81D3542A419D6"));
        BackupSet corrupt = Backups.at(MONDAY.time(), MONDAY.name(), MONDAY.sizeBytes(),
                Map.of(ThreeTwoOne.MD5, "e4d909c290d0fb1ca068ffaddf22cbd0"));

        assertThat(ThreeTwoOne.assess(List.of(phone(good), nas(corrupt), drive(good))).holders())
                .containsExactly("phone", "drive");
        assertThat(ThreeTwoOne.assess(List.of(phone(good), nas(MONDAY), drive(sameUpperCase))).copies())
                .as("no checksum on the NAS: name and size decide").isEqualTo(3);
    }

    @Test
    void aPlaceHoldingTheBackupTwiceIsOneCopy() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(MONDAY, MONDAY), nas(MONDAY)));

        assertThat(a.copies()).isEqualTo(2);
    }

    @Test
    void withoutAnyBackupNothingIsMet() {
        ThreeTwoOneAssessment a = ThreeTwoOne.assess(List.of(phone(), drive()));

        assertThat(a.backup()).isEmpty();
        assertThat(a.copies()).isZero();
        assertThat(a.holders()).isEmpty();
        assertThat(a.met()).isEmpty();
        assertThat(a.missing()).containsExactly(ThreeTwoOneRule.values());
        assertThat(ThreeTwoOne.assess(List.of()).missing()).containsExactly(ThreeTwoOneRule.values());
    }
}
