package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.dd.plist.NSDictionary;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Severity;
import dev.vigie.backup.TimeSource;
import dev.vigie.testing.TreeHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path root;

    /** Every test's tree, fingerprinted before the verification: no byte, name or time may change. */
    private String before;

    @BeforeEach
    void nothingYet() {
        before = null;
    }

    @AfterEach
    void theSourceIsUnchanged() throws IOException {
        if (before != null) {
            assertThat(TreeHash.of(root)).as("the source tree after verification").isEqualTo(before);
        }
    }

    private Path write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static BackupSet set(String name, String... paths) {
        return new BackupSet(NOW, name, List.of(paths), 0, paths.length, TimeSource.MTIME, Map.of());
    }

    private VerifyReport verify(VerifyDepth depth, BackupSet... sets) throws IOException {
        before = TreeHash.of(root);
        VerifyReport report = new Verifier().verify(root, List.of(sets), depth, NOW, VerifyProgress.NONE);
        assertThat(TreeHash.of(root)).isEqualTo(before);
        return report;
    }

    private List<String> codes(VerifyDepth depth, BackupSet... sets) throws IOException {
        return verify(depth, sets).findings().stream().map(f -> f.code() + " " + f.path()).toList();
    }

    // --- WhatsApp ---

    @Test
    void soundCryptFilesOfEveryVersionPassQuickAndFull() throws IOException {
        write("Databases/msgstore.db.crypt15", BackupFiles.crypt15(50_000, 1));
        write("Databases/wa.db.crypt14", BackupFiles.crypt14(20_000, 2));
        write("Databases/msgstore.db.crypt12", BackupFiles.crypt12(30_000, 3));
        BackupSet set = set("msgstore.db.crypt15", "Databases/msgstore.db.crypt15", "Databases/wa.db.crypt14",
                "Databases/msgstore.db.crypt12");
        assertThat(verify(VerifyDepth.QUICK, set).findings()).isEmpty();
        assertThat(verify(VerifyDepth.FULL, set).findings()).isEmpty();
        assertThat(verify(VerifyDepth.FULL, set).sets()).singleElement()
                .satisfies(c -> assertThat(c.fullyChecked()).isEqualTo(3));
    }

    @Test
    void aFlippedByteInACrypt15BodyFailsItsMd5TrailerOnlyWhenFullyChecked() throws IOException {
        Path file = write("msgstore.db.crypt15", BackupFiles.crypt15(100_000, 4));
        BackupFiles.flip(file, 60_000);
        BackupSet set = set("msgstore.db.crypt15", "msgstore.db.crypt15");
        assertThat(codes(VerifyDepth.QUICK, set)).isEmpty();
        List<Finding> findings = verify(VerifyDepth.FULL, set).findings();
        assertThat(findings).extracting(Finding::severity, Finding::code, Finding::path, Finding::args)
                .containsExactly(tuple(Severity.CRITICAL, "corrupt-checksum", "msgstore.db.crypt15",
                        List.of("crypt15")));
        assertThat(findings.get(0).backup()).contains("msgstore.db.crypt15");
    }

    @Test
    void aCutShortCrypt14FailsItsTrailer() throws IOException {
        Path file = write("wa.db.crypt14", BackupFiles.crypt14(100_000, 5));
        BackupFiles.truncate(file, 40_000);
        assertThat(codes(VerifyDepth.FULL, set("wa", "wa.db.crypt14")))
                .containsExactly("corrupt-checksum wa.db.crypt14");
    }

    @Test
    void crypt12KeepsItsMd5BeforeFourBytesOfPhoneNumber() throws IOException {
        Path flipped = write("a/msgstore.db.crypt12", BackupFiles.crypt12(10_000, 6));
        Path cut = write("b/msgstore.db.crypt12", BackupFiles.crypt12(10_000, 7));
        BackupFiles.flip(flipped, 5_000);
        BackupFiles.truncate(cut, 9_000);
        assertThat(codes(VerifyDepth.FULL, set("a", "a"), set("b", "b")))
                .containsExactly("corrupt-checksum a/msgstore.db.crypt12", "corrupt-checksum b/msgstore.db.crypt12");
    }

    @Test
    void aHeaderThatDoesNotParseIsFoundByTheQuickCheck() throws IOException {
        byte[] bytes = BackupFiles.crypt15(10_000, 8);
        bytes[0] = (byte) (bytes[0] + 3); // the header length now runs into the ciphertext
        write("msgstore.db.crypt15", bytes);
        assertThat(codes(VerifyDepth.QUICK, set("m", "msgstore.db.crypt15")))
                .containsExactly("corrupt-header msgstore.db.crypt15");
    }

    @Test
    void aHeaderVigieCannotReadIsNoDamageWhenTheTrailerProvesTheBytesIntact() throws IOException {
        byte[] body = BackupFiles.random(5_000, 9);
        body[0] = 4;
        body[1] = 0x7f; // field 15, wire type 7: no protobuf Vigie knows
        byte[] sealed = Arrays.copyOf(body, body.length + 16);
        System.arraycopy(BackupFiles.md5(body), 0, sealed, body.length, 16);
        write("msgstore.db.crypt15", sealed);
        assertThat(codes(VerifyDepth.QUICK, set("m", "msgstore.db.crypt15")))
                .containsExactly("corrupt-header msgstore.db.crypt15");
        assertThat(codes(VerifyDepth.FULL, set("m", "msgstore.db.crypt15"))).isEmpty();
    }

    @Test
    void aCopyCutBeforeItsTrailersIsTooSmall() throws IOException {
        Path file = write("msgstore.db.crypt15", BackupFiles.crypt15(10_000, 10));
        BackupFiles.truncate(file, 50);
        List<Finding> findings = verify(VerifyDepth.QUICK, set("m", "msgstore.db.crypt15")).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("too-small");
            assertThat(f.args()).containsExactly("50", "crypt15", "70");
        });
    }

    @Test
    void anEmptyBackupFileIsZeroSize() throws IOException {
        write("msgstore.db.crypt15", new byte[0]);
        write("sauvegarde.zip", new byte[0]);
        assertThat(verify(VerifyDepth.FULL, set("m", "msgstore.db.crypt15", "sauvegarde.zip")).findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("zero-size", Severity.CRITICAL), tuple("zero-size", Severity.CRITICAL));
    }

    @Test
    void settingsAndWallpaperBackupsMayBeMultiFileSoOnlyTheirHeaderIsChecked() throws IOException {
        Path file = write("Backups/wallpapers.backup.crypt15", BackupFiles.crypt15(10_000, 11));
        BackupFiles.flip(file, 8_000);
        assertThat(codes(VerifyDepth.FULL, set("w", "Backups"))).isEmpty();
    }

    // --- archives ---

    @Test
    void soundArchivesPass() throws IOException {
        write("2026-11-15.zip", BackupFiles.zip(1));
        write("2026-11-16.tar", BackupFiles.tar(2, false));
        write("2026-11-17.tar.gz", BackupFiles.tar(3, true));
        write("2026-11-18.tgz", BackupFiles.tar(4, true));
        BackupSet set = set("nas", "2026-11-15.zip", "2026-11-16.tar", "2026-11-17.tar.gz", "2026-11-18.tgz");
        assertThat(codes(VerifyDepth.QUICK, set)).isEmpty();
        assertThat(codes(VerifyDepth.FULL, set)).isEmpty();
    }

    @Test
    void aFlippedByteInAZipEntryFailsItsCrcWhenFullyChecked() throws IOException {
        byte[] zip = BackupFiles.zip(5);
        Path file = write("a.zip", zip);
        // Inside the stored entry's data: neither the directory nor the deflate stream notices, only the CRC.
        BackupFiles.flip(file, indexOf(zip, "photo.bin".getBytes(StandardCharsets.UTF_8)) + 9 + 5_000);
        assertThat(codes(VerifyDepth.QUICK, set("a", "a.zip"))).isEmpty();
        List<Finding> full = verify(VerifyDepth.FULL, set("a", "a.zip")).findings();
        assertThat(full).extracting(Finding::code, Finding::path).containsExactly(tuple("corrupt-archive", "a.zip"));
        assertThat(full.get(0).args().get(0)).contains("photo.bin");
    }

    @Test
    void aZipCutShortHasNoCentralDirectory() throws IOException {
        Path file = write("a.zip", BackupFiles.zip(6));
        BackupFiles.truncate(file, Files.size(file) - 100);
        assertThat(codes(VerifyDepth.QUICK, set("a", "a.zip"))).containsExactly("corrupt-archive a.zip");
    }

    @Test
    void aPasswordProtectedZipIsCheckedForStructureButNeverDecrypted() throws IOException {
        byte[] zip = BackupFiles.zip(7);
        // Bit 0 of the general-purpose flags, in every local and central header, says "encrypted".
        for (int i = 0; i + 8 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && (zip[i + 2] == 1 && zip[i + 3] == 2)) {
                zip[i + 8] |= 1;
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1;
            }
        }
        write("a.zip", zip);
        assertThat(codes(VerifyDepth.FULL, set("a", "a.zip"))).isEmpty();
    }

    @Test
    void aTarWithAFlippedHeaderByteOrCutShortIsFoundQuickly() throws IOException {
        Path flipped = write("a.tar", BackupFiles.tar(8, false));
        Path cut = write("b.tar", BackupFiles.tar(9, false));
        BackupFiles.flip(flipped, 3); // in the first entry's name: its header checksum no longer matches
        BackupFiles.truncate(cut, 2_048);
        assertThat(codes(VerifyDepth.QUICK, set("a", "a.tar"), set("b", "b.tar")))
                .containsExactly("corrupt-archive a.tar", "corrupt-archive b.tar");
    }

    @Test
    void aTarCutAtARecordBoundaryLacksItsEndMarker() throws IOException {
        Path cut = write("b.tar", BackupFiles.tar(10, false));
        BackupFiles.truncate(cut, Files.size(cut) - 1_024 * 5);
        assertThat(codes(VerifyDepth.QUICK, set("b", "b.tar"))).containsExactly("corrupt-archive b.tar");
    }

    @Test
    void aGzippedTarWithAFlippedByteOrCutShortFailsWhenFullyChecked() throws IOException {
        Path flipped = write("a.tar.gz", BackupFiles.tar(11, true));
        Path cut = write("b.tgz", BackupFiles.tar(12, true));
        BackupFiles.flip(flipped, Files.size(flipped) / 2);
        BackupFiles.truncate(cut, Files.size(cut) / 2);
        assertThat(codes(VerifyDepth.QUICK, set("a", "a.tar.gz"), set("b", "b.tgz"))).isEmpty();
        assertThat(codes(VerifyDepth.FULL, set("a", "a.tar.gz"), set("b", "b.tgz")))
                .containsExactly("corrupt-archive a.tar.gz", "corrupt-archive b.tgz");
    }

    @Test
    void aGzipCrcMismatchInTheTrailerIsFound() throws IOException {
        Path file = write("a.tgz", BackupFiles.tar(13, true));
        BackupFiles.flip(file, Files.size(file) - 6); // inside the stored CRC-32 itself
        assertThat(codes(VerifyDepth.FULL, set("a", "a.tgz"))).containsExactly("corrupt-archive a.tgz");
    }

    // --- SQLite ---

    @Test
    void aSoundDatabasePassesAndLeavesNoSideFileEvenInWalMode() throws Exception {
        write("db/plain.sqlite", BackupFiles.sqlite(false));
        write("db/wal.db", BackupFiles.sqlite(true));
        assertThat(codes(VerifyDepth.FULL, set("db", "db"))).isEmpty();
        try (Stream<Path> files = Files.list(root.resolve("db"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.sqlite", "wal.db");
        }
    }

    @Test
    void aDamagedPageIsFoundByQuickCheck() throws Exception {
        byte[] db = BackupFiles.sqlite(false);
        Path file = write("a b#?é%/x.sqlite", db);
        BackupFiles.flip(file, BackupFiles.sqliteSecondPage(db));
        assertThat(codes(VerifyDepth.QUICK, set("x", "a b#?é%"))).isEmpty();
        List<Finding> findings = verify(VerifyDepth.FULL, set("x", "a b#?é%")).findings();
        assertThat(findings).extracting(Finding::code, Finding::path)
                .containsExactly(tuple("corrupt-sqlite", "a b#?é%/x.sqlite"));
    }

    @Test
    void aDatabaseLongerThanItsPagesAsRealManifestDbFilesAreIsIntactAsSqliteItselfSays() throws Exception {
        byte[] db = BackupFiles.sqlite(false);
        byte[] padded = java.util.Arrays.copyOf(db, db.length + 16); // 16 bytes after the last page
        Path file = write("Manifest.db", padded);

        assertThat(codes(VerifyDepth.QUICK, set("m", "Manifest.db"))).isEmpty();
        assertThat(codes(VerifyDepth.FULL, set("m", "Manifest.db"))).isEmpty();
        // SQLite's own verdict on the same file, when its shell is installed (.ci/run installs it).
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/sqlite3").canExecute(),
                "sqlite3 is not installed: SQLite's own integrity_check is not compared");
        Process sqlite = new ProcessBuilder("sqlite3", "-readonly", file.toString(), "PRAGMA integrity_check;")
                .redirectErrorStream(true).start();
        String verdict = new String(sqlite.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sqlite.waitFor()).isZero();
        assertThat(verdict.strip()).isEqualTo("ok");
    }

    @Test
    void aDatabaseCutShortIsFoundByItsHeader() throws Exception {
        byte[] db = BackupFiles.sqlite(false);
        Path half = write("half.db", db);
        Path odd = write("odd.db", db);
        BackupFiles.truncate(half, db.length / 2 / 1024 * 1024);
        BackupFiles.truncate(odd, db.length - 100);
        assertThat(codes(VerifyDepth.QUICK, set("h", "half.db"), set("o", "odd.db")))
                .containsExactly("corrupt-sqlite half.db", "corrupt-sqlite odd.db");
    }

    @Test
    void anEncryptedDatabaseIsLeftAlone() throws IOException {
        write("ChatStorage.sqlite", BackupFiles.random(8_192, 14));
        assertThat(codes(VerifyDepth.FULL, set("c", "ChatStorage.sqlite"))).isEmpty();
    }

    // --- checksum manifests ---

    @Test
    void everyFileAManifestListsIsChecked() throws IOException {
        Path a = write("2026-11-20/a.bin", BackupFiles.random(40_000, 15));
        Path b = write("2026-11-20/sub/b b.bin", BackupFiles.random(30_000, 16));
        Path c = write("2026-11-20/c.bin", BackupFiles.random(20_000, 17));
        write("2026-11-20/SHA256SUMS", (BackupFiles.sha256Hex(a) + "  a.bin\n"
                + BackupFiles.sha256Hex(b) + " *sub/b b.bin\r\n"
                + "SHA256 (c.bin) = " + BackupFiles.sha256Hex(c) + "\n").getBytes(StandardCharsets.UTF_8));
        write("2026-11-20/MD5SUMS", (BackupFiles.md5Hex(a) + "  ./a.bin\n").getBytes(StandardCharsets.UTF_8));
        BackupSet set = set("2026-11-20", "2026-11-20");
        assertThat(codes(VerifyDepth.FULL, set)).isEmpty();

        BackupFiles.flip(a, 100);
        BackupFiles.truncate(b, 10_000);
        Files.delete(c);
        List<Finding> findings = verify(VerifyDepth.FULL, set).findings();
        assertThat(findings).extracting(Finding::code, Finding::path, Finding::args).containsExactlyInAnyOrder(
                tuple("missing-file", "2026-11-20/c.bin", List.of("2026-11-20/SHA256SUMS")),
                tuple("checksum-mismatch", "2026-11-20/a.bin", List.of("2026-11-20/SHA256SUMS", "SHA-256")),
                tuple("checksum-mismatch", "2026-11-20/a.bin", List.of("2026-11-20/MD5SUMS", "MD5")),
                tuple("checksum-mismatch", "2026-11-20/sub/b b.bin", List.of("2026-11-20/SHA256SUMS", "SHA-256")));
        assertThat(codes(VerifyDepth.QUICK, set)).containsExactly("missing-file 2026-11-20/c.bin");
    }

    @Test
    void aManifestBesideTheSetsOnlySpeaksForTheirFiles() throws IOException {
        Path kept = write("2026-11-20.tar.gz", BackupFiles.tar(18, true));
        Path other = write("2026-11-19.tar.gz", BackupFiles.tar(19, true));
        write("SHA256SUMS", (BackupFiles.sha256Hex(kept) + "  2026-11-20.tar.gz\n"
                + BackupFiles.sha256Hex(other) + "  2026-11-19.tar.gz\n"
                + "0".repeat(64) + "  2025-01-01.tar.gz\n").getBytes(StandardCharsets.UTF_8));
        write("2026-11-20.tar.gz.sha256", (BackupFiles.sha256Hex(kept) + "\n").getBytes(StandardCharsets.UTF_8));
        BackupFiles.flip(other, 100);
        // The other set's damage is its own check's; the listed file gone since is said, as sha256sum -c says it.
        assertThat(codes(VerifyDepth.FULL, set("2026-11-20", "2026-11-20.tar.gz")))
                .containsExactly("missing-file 2025-01-01.tar.gz");
        BackupFiles.flip(kept, 100);
        assertThat(codes(VerifyDepth.FULL, set("2026-11-20", "2026-11-20.tar.gz"))).containsExactly(
                "missing-file 2025-01-01.tar.gz", "corrupt-archive 2026-11-20.tar.gz",
                "checksum-mismatch 2026-11-20.tar.gz", "checksum-mismatch 2026-11-20.tar.gz");
    }

    @Test
    void aListedFileOlderThanTheOldestKeptBackupIsRotatedAwayAWarningAndAnyOtherIsCritical() throws IOException {
        Path nineteenth = write("2026-11-19.tar.gz", BackupFiles.tar(19, true));
        Path twentieth = write("2026-11-20.tar.gz", BackupFiles.tar(18, true));
        write("SHA256SUMS", ("0".repeat(64) + "  2026-11-01.tar.gz\n"
                + BackupFiles.sha256Hex(nineteenth) + "  2026-11-19.tar.gz\n"
                + "1".repeat(64) + "  2026-11-19b-2026-11-19.tar.gz\n"
                + "2".repeat(64) + "  notes.txt\n"
                + BackupFiles.sha256Hex(twentieth) + "  2026-11-20.tar.gz\n").getBytes(StandardCharsets.UTF_8));

        List<Finding> findings = verify(VerifyDepth.QUICK, set("2026-11-19", "2026-11-19.tar.gz"),
                set("2026-11-20", "2026-11-20.tar.gz")).findings();

        assertThat(findings).extracting(Finding::code, Finding::path, Finding::severity).containsExactlyInAnyOrder(
                tuple("missing-file", "2026-11-01.tar.gz", Severity.WARNING),
                tuple("missing-file", "2026-11-19b-2026-11-19.tar.gz", Severity.CRITICAL),
                tuple("missing-file", "notes.txt", Severity.CRITICAL));
        Finding rotated = findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow();
        assertThat(dev.vigie.i18n.Messages.of(java.util.Locale.ENGLISH).finding(rotated)).contains("rotated away?");
        assertThat(dev.vigie.i18n.Messages.of(java.util.Locale.FRENCH).finding(rotated)).contains("rotation");
    }

    @Test
    void linesInNoKnownFormatAreCountedOnce() throws IOException {
        Path a = write("s/a.bin", BackupFiles.random(100, 20));
        write("s/SHA256SUMS", (BackupFiles.sha256Hex(a) + "  a.bin\nnot a line\n"
                + BackupFiles.md5Hex(a) + "  a.bin\n" + BackupFiles.sha256Hex(a) + "  ../../etc/passwd\n")
                .getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = verify(VerifyDepth.FULL, set("s", "s")).findings();
        assertThat(findings).extracting(Finding::code, Finding::severity, Finding::args)
                .containsExactly(tuple("manifest-malformed", Severity.WARNING, List.of("3")));
    }

    // --- iPhone ---

    private Path iphone(String udid, boolean encrypted, String state, boolean whatsapp) throws Exception {
        Path device = root.resolve("Backup").resolve(udid);
        NSDictionary info = new NSDictionary();
        info.put("Device Name", "iPhone de Camille");
        info.put("Last Backup Date", new Date(NOW.toEpochMilli()));
        NSDictionary manifest = new NSDictionary();
        manifest.put("IsEncrypted", encrypted);
        manifest.put("Version", "10.0");
        NSDictionary status = new NSDictionary();
        status.put("SnapshotState", state);
        status.put("Date", new Date(NOW.toEpochMilli()));
        String base = "Backup/" + udid + "/";
        write(base + "Info.plist", BackupFiles.plist(info));
        write(base + "Manifest.plist", BackupFiles.plist(manifest));
        write(base + "Status.plist", BackupFiles.plist(status));
        write(base + "Manifest.db", encrypted ? BackupFiles.random(16_384, 21) : BackupFiles.sqlite(false));
        write(base + "ab/ab12" + "0".repeat(36), BackupFiles.random(3_000, 22));
        if (whatsapp) {
            byte[] chats = encrypted ? BackupFiles.random(8_192, 23) : BackupFiles.sqlite(false, "ZWAMESSAGE");
            write(base + IosBackupCheck.WHATSAPP_BUSINESS_CHATS, chats);
        }
        return device;
    }

    @Test
    void whatsAppsStoredNamesAreTheSha1OfTheirDomainAndPath() {
        assertThat(IosBackupCheck.WHATSAPP_CHATS.substring(3))
                .isEqualTo(BackupFiles.sha1Hex("AppDomainGroup-group.net.whatsapp.WhatsApp.shared-ChatStorage.sqlite"));
        assertThat(IosBackupCheck.WHATSAPP_BUSINESS_CHATS.substring(3)).isEqualTo(
                BackupFiles.sha1Hex("AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared-ChatStorage.sqlite"));
    }

    @Test
    void anEncryptedFinishedBackupHasNoFindingAndSaysWhichWhatsAppItHolds() throws Exception {
        iphone("00008110", true, "finished", true);
        VerifyReport report = verify(VerifyDepth.FULL, set("00008110", "Backup/00008110"));
        assertThat(report.findings()).isEmpty();
        assertThat(report.sets()).singleElement().satisfies(s -> {
            assertThat(s.facts()).containsEntry("encrypted", true).containsEntry("whatsapp", false)
                    .containsEntry("whatsappBusiness", true);
            assertThat(s.files()).isEqualTo(6);
        });
    }

    @Test
    void anUnfinishedUnencryptedBackupIsTwoFindings() throws Exception {
        iphone("00008110", false, "uploading", false);
        List<Finding> findings = verify(VerifyDepth.QUICK, set("00008110", "Backup/00008110")).findings();
        assertThat(findings).extracting(Finding::severity, Finding::code, Finding::path, Finding::args)
                .containsExactly(
                        tuple(Severity.CRITICAL, "ios-incomplete", "Backup/00008110/Status.plist",
                                List.of("uploading")),
                        tuple(Severity.WARNING, "ios-unencrypted", "Backup/00008110", List.of()));
    }

    @Test
    void theDeviceFolderMayBeTheSourceItself() throws Exception {
        Path device = iphone("00008110", true, "finished", false);
        before = TreeHash.of(root);
        VerifyReport report = new Verifier().verify(device, List.of(set("00008110", "")), VerifyDepth.QUICK, NOW,
                VerifyProgress.NONE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.sets().get(0).facts()).containsEntry("encrypted", true);
    }

    @Test
    void anUnencryptedManifestMustBeADatabaseThatListsFiles() throws Exception {
        iphone("a", false, "finished", true);
        iphone("b", false, "finished", false);
        iphone("c", false, "finished", false);
        write("Backup/b/Manifest.db", BackupFiles.sqlite(false, "Other"));
        Files.delete(root.resolve("Backup/c/Manifest.db"));
        VerifyReport report = verify(VerifyDepth.FULL, set("a", "Backup/a"), set("b", "Backup/b"),
                set("c", "Backup/c"));
        assertThat(report.findings()).extracting(Finding::code, Finding::path).containsExactly(
                tuple("ios-unencrypted", "Backup/a"),
                tuple("ios-unencrypted", "Backup/b"), tuple("corrupt-sqlite", "Backup/b/Manifest.db"),
                tuple("missing-file", "Backup/c/Manifest.db"), tuple("ios-unencrypted", "Backup/c"));
        assertThat(report.sets().get(0).facts()).containsEntry("whatsappBusiness", true);
    }

    @Test
    void aDamagedManifestOrListIsCritical() throws Exception {
        iphone("a", false, "finished", false);
        Path db = root.resolve("Backup/a/Manifest.db");
        BackupFiles.truncate(db, Files.size(db) / 2 / 1024 * 1024);
        write("Backup/a/Info.plist", "<?xml version=\"1.0\"?><plist><dict><key>x".getBytes(StandardCharsets.UTF_8));
        assertThat(codes(VerifyDepth.QUICK, set("a", "Backup/a"))).containsExactly(
                "corrupt-plist Backup/a/Info.plist", "ios-unencrypted Backup/a", "corrupt-sqlite Backup/a/Manifest.db");
    }

    @Test
    void anUnencryptedBackupsDatabasesAreChecked() throws Exception {
        iphone("a", false, "finished", true);
        Path chats = root.resolve("Backup/a/" + IosBackupCheck.WHATSAPP_BUSINESS_CHATS);
        BackupFiles.flip(chats, 1_024);
        assertThat(codes(VerifyDepth.FULL, set("a", "Backup/a"))).containsExactly(
                "ios-unencrypted Backup/a", "corrupt-sqlite Backup/a/" + IosBackupCheck.WHATSAPP_BUSINESS_CHATS);
    }

    // --- the run as a whole ---

    @Test
    void aSetPathGoneSinceTheScanIsMissing() throws IOException {
        assertThat(codes(VerifyDepth.QUICK, set("2026-11-20", "2026-11-20.zip")))
                .containsExactly("missing-file 2026-11-20.zip");
    }

    @Test
    void aMissingSourceIsAnInputProblem() {
        assertThatThrownBy(() -> new Verifier().verify(root.resolve("nope"), List.of(), VerifyDepth.QUICK, NOW,
                VerifyProgress.NONE)).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.path.missing");
    }

    @Test
    void anUnreadableFileIsAFindingAndTheRestIsStillChecked() throws IOException {
        Path locked = write("a.zip", BackupFiles.zip(24));
        Path cut = write("b.zip", BackupFiles.zip(25));
        BackupFiles.truncate(cut, 100);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "root reads every file");
            assertThat(codes(VerifyDepth.QUICK, set("a", "a.zip"), set("b", "b.zip")))
                    .containsExactly("unreadable a.zip", "corrupt-archive b.zip");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFileThatVanishesDuringTheRunIsUnreadableAndTheRestIsStillChecked() throws IOException {
        write("a.zip", BackupFiles.zip(31));
        Path gone = write("b.zip", BackupFiles.zip(32));
        Path cut = write("c.zip", BackupFiles.zip(33));
        BackupFiles.truncate(cut, 100);
        List<Finding> findings = new Verifier().verify(root, List.of(set("n", "a.zip", "b.zip", "c.zip")),
                VerifyDepth.QUICK, NOW, new VerifyProgress() {
                    @Override
                    public void bytesDone(long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        try {
                            Files.deleteIfExists(gone); // as a rotation on the NAS might, while Vigie reads
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        return false;
                    }
                }).findings();
        assertThat(findings).extracting(Finding::code, Finding::path, Finding::args).containsExactly(
                tuple("unreadable", "b.zip", List.of("no such file")), tuple("corrupt-archive", "c.zip", List.of(
                        findings.get(1).args().get(0))));
    }

    @Test
    void progressNeverGoesBackAndEndsAtTheTotal() throws Exception {
        write("w/msgstore.db.crypt15", BackupFiles.crypt15(3_000_000, 26));
        write("w/wa.db.crypt15", BackupFiles.crypt15(500_000, 27));
        write("n/a.zip", BackupFiles.zip(28));
        write("n/b.tgz", BackupFiles.tar(29, true));
        write("n/c.db", BackupFiles.sqlite(false));
        for (int i = 0; i < 600; i++) {
            write("n/small/" + i + ".txt", new byte[10]);
        }
        long total = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
        }
        for (VerifyDepth depth : List.of(VerifyDepth.QUICK, VerifyDepth.FULL, VerifyDepth.sample(50))) {
            List<long[]> calls = new ArrayList<>();
            new Verifier().verify(root, List.of(set("w", "w"), set("n", "n")), depth, NOW, new VerifyProgress() {
                @Override
                public void bytesDone(long done, long all) {
                    calls.add(new long[] {done, all});
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertThat(calls).as(depth.id()).hasSizeGreaterThan(1);
            long last = -1;
            for (long[] call : calls) {
                assertThat(call[1]).isEqualTo(total);
                assertThat(call[0]).isGreaterThan(last).isLessThanOrEqualTo(total);
                last = call[0];
            }
            assertThat(last).isEqualTo(total);
        }
    }

    @Test
    void findingsComeInWalkOrderWhateverTheNumberOfFilesCheckedAtOnce() throws IOException {
        for (int i = 0; i < 300; i++) {
            Path zip = write(String.format("s%d/%03d.zip", i % 3, i), BackupFiles.zip(i));
            if (i % 7 == 0) {
                BackupFiles.truncate(zip, 100);
            }
            write(String.format("s%d/%03d.txt", i % 3, i), new byte[i]);
        }
        List<BackupSet> sets = List.of(set("s0", "s0"), set("s1", "s1"), set("s2", "s2"));
        VerifyReport one = new Verifier(1).verify(root, sets, VerifyDepth.FULL, NOW, VerifyProgress.NONE);
        assertThat(one.findings()).hasSize(43);
        for (int jobs : new int[] {2, 4}) {
            VerifyReport many = new Verifier(jobs).verify(root, sets, VerifyDepth.FULL, NOW, VerifyProgress.NONE);
            assertThat(many.findings()).as("%d at once", jobs).isEqualTo(one.findings());
            assertThat(many.sets()).as("%d at once", jobs).isEqualTo(one.sets());
        }
    }

    @Test
    void aFileInTwoSetsPathsIsCheckedOnceInTheFirst() throws IOException {
        Path zip = write("all/inner/a.zip", BackupFiles.zip(40));
        BackupFiles.truncate(zip, 100);
        write("all/b.txt", new byte[10]);
        VerifyReport report = verify(VerifyDepth.QUICK, set("outer", "all"), set("inner", "all/inner"));
        assertThat(report.findings()).extracting(Finding::code, Finding::backup)
                .containsExactly(tuple("corrupt-archive", java.util.Optional.of("outer")));
        assertThat(report.sets()).extracting(CheckedSet::files).containsExactly(2, 0);
    }

    @Test
    void cancellingStopsInsideALargeFile() throws IOException {
        write("msgstore.db.crypt15", BackupFiles.crypt15(8_000_000, 30));
        List<Long> seen = new ArrayList<>();
        before = TreeHash.of(root);
        assertThatThrownBy(() -> new Verifier().verify(root, List.of(set("m", "msgstore.db.crypt15")),
                VerifyDepth.FULL, NOW, new VerifyProgress() {
                    @Override
                    public void bytesDone(long done, long total) {
                        seen.add(done);
                    }

                    @Override
                    public boolean isCancelled() {
                        return !seen.isEmpty();
                    }
                })).isInstanceOf(VerifyCancelledException.class);
        assertThat(seen).singleElement().satisfies(done -> assertThat(done).isLessThan(2L << 20));
    }

    @Test
    void aSampleFullyChecksEveryFileOverItsCycle() throws IOException {
        for (int i = 0; i < 40; i++) {
            Path file = write("s/" + i + ".db.crypt15", BackupFiles.crypt15(100, i));
            BackupFiles.flip(file, 60);
        }
        BackupSet set = set("s", "s");
        VerifyDepth depth = VerifyDepth.sample(25);
        java.util.Set<String> found = new java.util.TreeSet<>();
        before = TreeHash.of(root);
        for (int day = 0; day < depth.cycleDays(); day++) {
            VerifyReport report = new Verifier().verify(root, List.of(set), depth, NOW.plusSeconds(86_400L * day),
                    VerifyProgress.NONE);
            assertThat(report.sets().get(0).fullyChecked()).isBetween(3, 20);
            assertThat(report.findings()).hasSize(report.sets().get(0).fullyChecked());
            report.findings().forEach(f -> found.add(f.path()));
        }
        assertThat(found).hasSize(40);
    }
}
