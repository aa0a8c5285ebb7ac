package dev.vigie.source.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.TimeSource;
import dev.vigie.backup.WarningCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IosBackupReaderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant EVENING = Instant.parse("2026-11-20T20:31:24Z");
    private static final String UDID_A = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
    private static final String UDID_B = "f0e1d2c3b4a5968778695a4b3c2d1e0f98765432";

    @TempDir
    Path tmp;

    private Inventory scan(Path root) {
        return new LocalScanner().scan(root, Optional.empty(), PARIS, NOW, ScanProgress.NONE);
    }

    @Test
    void aDeviceFolderIsOneBackupTimedByItsStatusAndDescribedByItsLists() throws IOException {
        IosBackupFixture fixture = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING).hashedFiles(5);
        Path device = fixture.write();

        Inventory inventory = scan(device);

        assertThat(inventory.layout()).isEqualTo(Layout.IOS_DEVICE_BACKUP);
        assertThat(inventory.warnings()).isEmpty();
        assertThat(inventory.backups()).hasSize(1);
        BackupSet set = inventory.backups().get(0);
        assertThat(set.name()).isEqualTo(UDID_A);
        assertThat(set.paths()).containsExactly("");
        assertThat(set.time()).isEqualTo(EVENING);
        assertThat(set.timeSource()).isEqualTo(TimeSource.METADATA);
        assertThat(set.fileCount()).isEqualTo(3 + 1 + 5);
        long plists = Files.size(device.resolve("Info.plist")) + Files.size(device.resolve("Manifest.plist"))
                + Files.size(device.resolve("Status.plist"));
        assertThat(set.sizeBytes()).isEqualTo(plists + fixture.bytesBesidesPlists());
        assertThat(set.details()).containsExactly(
                entry("deviceName", "iPhone de Camille"),
                entry("productType", "iPhone14,5"),
                entry("iosVersion", "17.5.1"),
                entry("isEncrypted", false),
                entry("snapshotState", "finished"));
        assertThat(inventory.filesSeen()).isEqualTo(9);
    }

    @Test
    void xmlListsAreReadLikeBinaryOnes() throws IOException {
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING)
                .format(IosBackupFixture.Format.XML).write();

        BackupSet set = scan(device).backups().get(0);

        assertThat(set.time()).isEqualTo(EVENING);
        assertThat(set.details()).containsEntry("deviceName", "iPhone de Camille").containsEntry("isEncrypted", false);
    }

    @Test
    void aMobileSyncBackupFolderGivesOneBackupPerDeviceOldestFirst() throws IOException {
        Path backup = tmp.resolve("MobileSync").resolve("Backup");
        Instant older = Instant.parse("2026-11-12T18:05:00Z");
        IosBackupFixture.device(backup.resolve(UDID_A), EVENING).write();
        IosBackupFixture.device(backup.resolve(UDID_B), older)
                .set("Info.plist", "Device Name", "iPad de l'accueil").write();
        Files.writeString(backup.resolve(".DS_Store"), "finder");

        for (Path root : new Path[] {backup, backup.getParent()}) {
            Inventory inventory = scan(root);

            assertThat(inventory.layout()).isEqualTo(Layout.IOS_DEVICE_BACKUP);
            assertThat(inventory.warnings()).isEmpty();
            String prefix = root.equals(backup) ? "" : "Backup/";
            assertThat(inventory.backups())
                    .extracting(BackupSet::name, BackupSet::time, BackupSet::paths, s -> s.details().get("deviceName"))
                    .containsExactly(
                            tuple(UDID_B, older, List.of(prefix + UDID_B), "iPad de l'accueil"),
                            tuple(UDID_A, EVENING, List.of(prefix + UDID_A), "iPhone de Camille"));
        }
    }

    @Test
    void statusDateComesBeforeInfoDateWhichComesBeforeManifestDate() throws IOException {
        Instant status = Instant.parse("2026-11-20T20:40:00Z");
        Instant info = Instant.parse("2026-11-20T20:35:00Z");
        Instant manifest = Instant.parse("2026-11-20T20:30:00Z");
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING)
                .set("Status.plist", "Date", status)
                .set("Info.plist", "Last Backup Date", info)
                .set("Manifest.plist", "Date", manifest)
                .write();
        assertThat(scan(device).backups().get(0).time()).isEqualTo(status);

        IosBackupFixture.device(device, EVENING).set("Status.plist", "Date", null)
                .set("Info.plist", "Last Backup Date", info).set("Manifest.plist", "Date", manifest).write();
        assertThat(scan(device).backups().get(0).time()).isEqualTo(info);

        IosBackupFixture.device(device, EVENING).set("Status.plist", "Date", null)
                .set("Info.plist", "Last Backup Date", null).set("Manifest.plist", "Date", manifest).write();
        Inventory fromManifest = scan(device);
        assertThat(fromManifest.backups().get(0).time()).isEqualTo(manifest);
        assertThat(fromManifest.backups().get(0).timeSource()).isEqualTo(TimeSource.METADATA);
        assertThat(fromManifest.warnings()).isEmpty();
    }

    @Test
    void withoutAnyDateTheFolderTimeIsUsedAndSaidSo() throws IOException {
        Instant folderTime = Instant.parse("2026-11-19T07:00:00Z");
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING).set("Status.plist", "Date", null)
                .set("Info.plist", "Last Backup Date", null).set("Manifest.plist", "Date", null)
                .folderTime(folderTime).write();

        Inventory inventory = scan(device);

        BackupSet set = inventory.backups().get(0);
        assertThat(set.time()).isEqualTo(folderTime);
        assertThat(set.timeSource()).isEqualTo(TimeSource.MTIME);
        assertThat(inventory.warnings()).containsExactly(ScanWarning.of(WarningCode.NO_TIME, ""));
    }

    @Test
    void aDateOfTheWrongTypeCountsAsNoDate() throws IOException {
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING)
                .set("Status.plist", "Date", "yesterday evening").write();

        BackupSet set = scan(device).backups().get(0);

        assertThat(set.time()).isEqualTo(EVENING);
        assertThat(set.timeSource()).isEqualTo(TimeSource.METADATA);
    }

    @Test
    void aMissingListIsAWarningAndTheBackupIsStillListed() throws IOException {
        Path backup = tmp.resolve("Backup");
        IosBackupFixture.device(backup.resolve(UDID_A), EVENING).without("Status.plist").write();

        Inventory inventory = scan(backup);

        assertThat(inventory.backups()).singleElement().satisfies(set -> {
            assertThat(set.time()).isEqualTo(EVENING);
            assertThat(set.details()).doesNotContainKey("snapshotState").containsKey("deviceName");
        });
        assertThat(inventory.warnings())
                .containsExactly(ScanWarning.of(WarningCode.MISSING_PLIST, UDID_A + "/Status.plist"));
    }

    @Test
    void aCorruptListIsAWarningWithItsReasonAndTheScanGoesOn() throws IOException {
        Path backup = tmp.resolve("Backup");
        byte[] garbage = "\u0001\u00ffnot a plist at all {{{ ;;".getBytes(StandardCharsets.ISO_8859_1);
        IosBackupFixture.device(backup.resolve(UDID_A), EVENING).corrupt("Info.plist", garbage).write();
        IosBackupFixture.device(backup.resolve(UDID_B), EVENING.minusSeconds(3600))
                .corrupt("Status.plist", "bplist00\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1)).write();

        Inventory inventory = scan(backup);

        assertThat(inventory.backups()).extracting(BackupSet::name).containsExactly(UDID_B, UDID_A);
        BackupSet a = inventory.backups().get(1);
        assertThat(a.time()).isEqualTo(EVENING);
        assertThat(a.details()).doesNotContainKeys("deviceName", "productType", "iosVersion")
                .containsEntry("isEncrypted", false);
        BackupSet b = inventory.backups().get(0);
        assertThat(b.time()).as("Info.plist's date stands in for the unreadable Status.plist")
                .isEqualTo(EVENING.minusSeconds(3600));
        assertThat(inventory.warnings()).extracting(ScanWarning::code, ScanWarning::path).containsExactly(
                tuple(WarningCode.UNREADABLE_PLIST, UDID_A + "/Info.plist"),
                tuple(WarningCode.UNREADABLE_PLIST, UDID_B + "/Status.plist"));
        assertThat(inventory.warnings()).allSatisfy(w -> assertThat(w.args()).singleElement(STRING).isNotBlank());
    }

    @Test
    void aTruncatedXmlListIsUnreadableAndNothingIsPrinted() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>Date</key>";
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING)
                .corrupt("Status.plist", xml.getBytes(StandardCharsets.UTF_8)).write();
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Inventory inventory;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            inventory = scan(device);
        } finally {
            System.setErr(stderr);
        }

        assertThat(inventory.warnings()).extracting(ScanWarning::code).containsExactly(WarningCode.UNREADABLE_PLIST);
        assertThat(inventory.backups().get(0).time()).isEqualTo(EVENING);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aListThatIsNotADictionaryIsUnreadable() throws IOException {
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING)
                .corrupt("Manifest.plist", "(\"just\", \"an\", \"array\")".getBytes(StandardCharsets.UTF_8)).write();

        Inventory inventory = scan(device);

        assertThat(inventory.backups().get(0).details()).doesNotContainKey("isEncrypted");
        assertThat(inventory.warnings())
                .containsExactly(ScanWarning.of(WarningCode.UNREADABLE_PLIST, "Manifest.plist", "not a dictionary"));
    }

    @Test
    void anEncryptedBackupSaysSo() throws IOException {
        Path device = IosBackupFixture.device(tmp.resolve(UDID_A), EVENING)
                .set("Manifest.plist", "IsEncrypted", true).write();

        assertThat(scan(device).backups().get(0).details()).containsEntry("isEncrypted", true);
    }

    @Test
    void bothShapesAreRecognisedAsIphoneBackups() throws IOException {
        Path mobileSync = tmp.resolve("MobileSync");
        Path device = IosBackupFixture.device(mobileSync.resolve("Backup").resolve(UDID_A), EVENING).write();
        LocalScanner scanner = new LocalScanner();

        assertThat(scanner.recognise(device)).isEqualTo(Layout.IOS_DEVICE_BACKUP);
        assertThat(scanner.recognise(mobileSync.resolve("Backup"))).isEqualTo(Layout.IOS_DEVICE_BACKUP);
        assertThat(scanner.recognise(mobileSync)).isEqualTo(Layout.IOS_DEVICE_BACKUP);
    }

    @Test
    void aFolderWithOnlyInfoAndStatusListsIsADeviceFolderButOneWithOnlyInfoIsNot() throws IOException {
        Path both = Files.createDirectories(tmp.resolve("both"));
        Files.writeString(both.resolve("Info.plist"), "x");
        Files.writeString(both.resolve("Status.plist"), "x");
        Path infoOnly = Files.createDirectories(tmp.resolve("info-only"));
        Files.writeString(infoOnly.resolve("Info.plist"), "x");
        Path dbOnly = Files.createDirectories(tmp.resolve("db-only"));
        Files.writeString(dbOnly.resolve("Manifest.db"), "x");

        assertThat(IosBackupReader.looksLikeDeviceFolder(both)).isTrue();
        assertThat(IosBackupReader.looksLikeDeviceFolder(infoOnly)).isFalse();
        assertThat(IosBackupReader.looksLikeDeviceFolder(dbOnly)).isTrue();
        assertThat(IosBackupReader.looksLikeBackupRoot(tmp)).isTrue();
        assertThat(IosBackupReader.looksLikeBackupRoot(infoOnly)).isFalse();
    }

    @Test
    void anOrdinaryFolderIsNotTakenForAnIphoneBackup() throws IOException {
        Path documents = Files.createDirectories(tmp.resolve("Documents").resolve("factures"));
        Files.writeString(documents.resolve("Info.plist"), "x");

        assertThat(new LocalScanner().recognise(tmp.resolve("Documents"))).isNotEqualTo(Layout.IOS_DEVICE_BACKUP);
    }
}
