package dev.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.PropertyListParser;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.Layout;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.TimeSource;
import dev.vigie.source.local.LocalScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Saturday, 10:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path tmp;

    private DemoWorkspace demo() {
        return DemoWorkspace.create(tmp.resolve("demo"), NOW, PARIS);
    }

    private static ZonedDateTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().atZone(PARIS);
    }

    @Test
    void listsItsThreeSourcesWithTheirLayouts() {
        DemoWorkspace demo = demo();

        assertThat(demo.folder()).isEqualTo(tmp.resolve("demo").toAbsolutePath());
        assertThat(demo.sources()).extracting(DemoSource::name, DemoSource::path, DemoSource::layout).containsExactly(
                tuple("whatsapp-business", demo.folder().resolve("WhatsApp Business"),
                        Layout.WHATSAPP_BUSINESS_ANDROID),
                tuple("iphone", demo.folder().resolve("iPhone"),
                        Layout.IOS_DEVICE_BACKUP),
                tuple("nas", demo.folder().resolve("NAS"), Layout.DATED_SNAPSHOTS));
        assertThat(demo.sources()).allSatisfy(s -> assertThat(s.path()).isDirectory());
    }

    @Test
    void whatsAppKeepsLastNightsBackupAndSevenDatedCopiesWithTheFourthNightMissing() throws IOException {
        Path databases = demo().folder().resolve("WhatsApp Business").resolve("Databases");

        try (Stream<Path> files = Files.list(databases)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "msgstore.db.crypt15", "wa.db.crypt15",
                    "msgstore-2026-11-20.1.db.crypt15", "msgstore-2026-11-19.1.db.crypt15",
                    "msgstore-2026-11-18.1.db.crypt15", "msgstore-2026-11-16.1.db.crypt15",
                    "msgstore-2026-11-15.1.db.crypt15", "msgstore-2026-11-14.1.db.crypt15",
                    "msgstore-2026-11-13.1.db.crypt15");
        }
        ZonedDateTime latest = modified(databases.resolve("msgstore.db.crypt15"));
        assertThat(latest.toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(latest.toLocalTime()).isBetween(LocalTime.of(2, 0), LocalTime.of(2, 4));
        assertThat(modified(databases.resolve("wa.db.crypt15"))).isEqualTo(latest);
        for (int back = 1; back <= 8; back++) {
            LocalDate night = LocalDate.of(2026, 11, 21).minusDays(back);
            Path copy = databases.resolve("msgstore-" + night + ".1.db.crypt15");
            if (back == 4) {
                assertThat(copy).doesNotExist();
                continue;
            }
            assertThat(modified(copy).toLocalDate()).isEqualTo(night);
            assertThat(modified(copy).toLocalTime()).isBetween(LocalTime.of(2, 0), LocalTime.of(2, 4));
        }
    }

    @Test
    void whatsAppBackupsGrowSlowlyAndTheSecondNightBackIsCutShort() throws IOException {
        Path databases = demo().folder().resolve("WhatsApp Business").resolve("Databases");
        List<Long> sizes = new ArrayList<>();
        for (String night : List.of("13", "14", "15", "16", "18", "20")) {
            sizes.add(Files.size(databases.resolve("msgstore-2026-11-" + night + ".1.db.crypt15")));
        }
        sizes.add(Files.size(databases.resolve("msgstore.db.crypt15")));

        assertThat(sizes).isSorted().allSatisfy(s -> assertThat(s).isBetween(150_000L, 400_000L));
        long cut = Files.size(databases.resolve("msgstore-2026-11-19.1.db.crypt15"));
        long neighbours = (Files.size(databases.resolve("msgstore-2026-11-18.1.db.crypt15"))
                + Files.size(databases.resolve("msgstore-2026-11-20.1.db.crypt15"))) / 2;
        assertThat((double) cut / neighbours).isBetween(0.35, 0.45);
        assertThat(Files.size(databases.resolve("wa.db.crypt15"))).isBetween(20_000L, 100_000L);
    }

    @Test
    void intactWhatsAppFilesEndWithTheMd5OfTheRestAndTheCutOneDoesNot() throws Exception {
        Path databases = demo().folder().resolve("WhatsApp Business").resolve("Databases");

        assertThat(trailerMatches(databases.resolve("msgstore.db.crypt15"))).isTrue();
        assertThat(trailerMatches(databases.resolve("wa.db.crypt15"))).isTrue();
        assertThat(trailerMatches(databases.resolve("msgstore-2026-11-20.1.db.crypt15"))).isTrue();
        assertThat(trailerMatches(databases.resolve("msgstore-2026-11-19.1.db.crypt15"))).isFalse();
    }

    private static boolean trailerMatches(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] md5 = MessageDigest.getInstance("MD5").digest(Arrays.copyOf(bytes, bytes.length - 16));
        return Arrays.equals(md5, Arrays.copyOfRange(bytes, bytes.length - 16, bytes.length));
    }

    @Test
    void beforeTwoInTheMorningTheLatestWhatsAppBackupIsTheNightBefore() throws IOException {
        Path demo = DemoWorkspace.create(tmp.resolve("early"), Instant.parse("2026-11-21T00:30:00Z"), PARIS).folder();
        Path databases = demo.resolve("WhatsApp Business").resolve("Databases");

        assertThat(modified(databases.resolve("msgstore.db.crypt15")).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(databases.resolve("msgstore-2026-11-19.1.db.crypt15")).exists();
        assertThat(databases.resolve("msgstore-2026-11-20.1.db.crypt15")).doesNotExist();
    }

    @Test
    void theIphoneBackupIsOneFinderDeviceFolderWithBinaryPlists() throws Exception {
        Path device = demo().folder().resolve("iPhone").resolve("Backup").resolve(IphoneDemo.UDID);

        assertThat(IphoneDemo.UDID).matches("[0-9a-f]{40}");
        for (String plist : List.of("Info.plist", "Manifest.plist", "Status.plist")) {
            assertThat(new String(Files.readAllBytes(device.resolve(plist)), 0, 8, StandardCharsets.ISO_8859_1))
                    .isEqualTo("bplist00");
        }
        Instant finished = ZonedDateTime.of(2026, 11, 20, 21, 32, 47, 0, PARIS).toInstant();
        NSDictionary info = plist(device.resolve("Info.plist"));
        assertThat(info.objectForKey("Device Name").toString()).isEqualTo("iPhone de Camille");
        assertThat(info.objectForKey("Product Type").toString()).isEqualTo("iPhone14,5");
        assertThat(info.objectForKey("Product Version").toString()).isEqualTo("17.5.1");
        assertThat(info.objectForKey("Last Backup Date").toJavaObject()).isEqualTo(Date.from(finished));
        assertThat(info.objectForKey("Unique Identifier").toString()).isEqualToIgnoringCase(IphoneDemo.UDID);
        NSDictionary manifest = plist(device.resolve("Manifest.plist"));
        assertThat(((NSNumber) manifest.objectForKey("IsEncrypted")).boolValue()).isFalse();
        assertThat(manifest.objectForKey("Version").toString()).isEqualTo("10.0");
        NSDictionary status = plist(device.resolve("Status.plist"));
        assertThat(status.objectForKey("Date").toJavaObject()).isEqualTo(Date.from(finished));
        assertThat(status.objectForKey("SnapshotState").toString()).isEqualTo("finished");
        assertThat(((NSNumber) status.objectForKey("IsFullBackup")).boolValue()).isFalse();
        assertThat(modified(device.resolve("Status.plist")).toInstant()).isEqualTo(finished);
        assertThat(modified(device).toInstant()).isEqualTo(finished);
    }

    private static NSDictionary plist(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (NSDictionary) PropertyListParser.parse(in);
        }
    }

    @Test
    void theManifestDatabaseListsEveryHashedFileUnderItsSha1Name() throws Exception {
        Path device = demo().folder().resolve("iPhone").resolve("Backup").resolve(IphoneDemo.UDID);
        List<Path> hashed;
        try (Stream<Path> files = Files.walk(device)) {
            hashed = files.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(device)).toList();
        }
        Instant started = ZonedDateTime.of(2026, 11, 20, 21, 30, 0, 0, PARIS).toInstant();

        assertThat(hashed).hasSizeBetween(20, 40).hasSize(IphoneDemo.storedFiles()).allSatisfy(p -> {
            assertThat(p.getFileName().toString()).matches("[0-9a-f]{40}").startsWith(p.getParent().getFileName()
                    .toString());
            assertThat(modified(p).toInstant()).isAfter(started).isBefore(started.plusSeconds(167));
        });
        List<String> listed = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + device.resolve("Manifest.db")
                + "?open_mode=1");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT fileID, domain, relativePath FROM Files WHERE flags = 1")) {
            while (rows.next()) {
                assertThat(rows.getString(1)).isEqualTo(sha1(rows.getString(2) + "-" + rows.getString(3)));
                listed.add(rows.getString(1));
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                hashed.stream().map(p -> p.getFileName().toString()).toList());
    }

    private static String sha1(String text) throws NoSuchAlgorithmException {
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha1);
    }

    @Test
    void vigieReadsTheIphoneFolderAsOneBackupOfCamillesPhone() {
        Path iphone = demo().folder().resolve("iPhone");
        LocalScanner scanner = new LocalScanner();

        assertThat(scanner.recognise(iphone)).isEqualTo(Layout.IOS_DEVICE_BACKUP);
        Inventory inventory = scanner.scan(iphone, Optional.empty(), PARIS, NOW, ScanProgress.NONE);
        assertThat(inventory.warnings()).isEmpty();
        BackupSet set = inventory.backups().get(0);
        assertThat(inventory.backups()).hasSize(1);
        assertThat(set.name()).isEqualTo(IphoneDemo.UDID);
        assertThat(set.paths()).containsExactly("Backup/" + IphoneDemo.UDID);
        assertThat(set.time()).isEqualTo(ZonedDateTime.of(2026, 11, 20, 21, 32, 47, 0, PARIS).toInstant());
        assertThat(set.timeSource()).isEqualTo(TimeSource.METADATA);
        assertThat(set.fileCount()).isEqualTo(IphoneDemo.storedFiles() + 4);
        assertThat(set.details()).containsEntry("deviceName", "iPhone de Camille").containsEntry("isEncrypted", false)
                .containsEntry("snapshotState", "finished");
    }

    @Test
    void lateInTheEveningTheIphoneBackupIsTheSameDays() throws IOException {
        Instant lateEvening = ZonedDateTime.of(2026, 11, 21, 23, 0, 0, 0, PARIS).toInstant();
        Path device = DemoWorkspace.create(tmp.resolve("late"), lateEvening, PARIS).folder()
                .resolve("iPhone").resolve("Backup").resolve(IphoneDemo.UDID);

        assertThat(modified(device.resolve("Status.plist")).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void theNasHoldsEightSundayArchivesThatAreValidZips() throws IOException {
        Path nas = demo().folder().resolve("NAS");
        LocalDate lastSunday = LocalDate.of(2026, 11, 15);

        try (Stream<Path> files = Files.list(nas)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "sauvegarde-2026-09-27.zip", "sauvegarde-2026-10-04.zip", "sauvegarde-2026-10-11.zip",
                    "sauvegarde-2026-10-18.zip", "sauvegarde-2026-10-25.zip", "sauvegarde-2026-11-01.zip",
                    "sauvegarde-2026-11-08.zip", "sauvegarde-2026-11-15.zip");
        }
        int previousInvoices = 0;
        for (int back = 7; back >= 0; back--) {
            LocalDate sunday = lastSunday.minusWeeks(back);
            Path archive = nas.resolve("sauvegarde-" + sunday + ".zip");
            ZonedDateTime time = modified(archive);
            assertThat(time.toLocalDate()).isEqualTo(sunday);
            assertThat(time.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(time.toLocalTime()).isBetween(LocalTime.of(3, 0), LocalTime.of(3, 15));
            try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
                assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("factures.csv", "clients.csv",
                        "notes.txt");
                for (ZipEntry entry : zip.stream().toList()) {
                    // Reading to the end checks each entry's CRC.
                    try (InputStream in = zip.getInputStream(entry)) {
                        assertThat(in.readAllBytes()).isNotEmpty();
                    }
                    assertThat(entry.getTimeLocal()).isBefore(LocalDateTime.of(sunday, LocalTime.of(3, 15)));
                }
                String invoices = new String(zip.getInputStream(zip.getEntry("factures.csv")).readAllBytes(),
                        StandardCharsets.UTF_8);
                int count = (int) invoices.lines().count() - 1;
                assertThat(count).isGreaterThan(previousInvoices);
                previousInvoices = count;
                assertThat(new String(zip.getInputStream(zip.getEntry("clients.csv")).readAllBytes(),
                        StandardCharsets.UTF_8)).contains("Boulangerie du Marché");
            }
        }
    }

    @Test
    void invoicesAreNumberedAndDatedOnWorkingDaysOfTheArchivesYear() throws IOException {
        for (Instant now : List.of(NOW, Instant.parse("2027-01-17T12:00:00Z"))) {
            Path nas = DemoWorkspace.create(tmp.resolve("nas-" + now.toEpochMilli()), now, PARIS).folder()
                    .resolve("NAS");
            try (Stream<Path> archives = Files.list(nas)) {
                for (Path archive : archives.toList()) {
                    LocalDate sunday = LocalDate.parse(archive.getFileName().toString().substring(11, 21));
                    List<String> lines;
                    try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
                        lines = new String(zip.getInputStream(zip.getEntry("factures.csv")).readAllBytes(),
                                StandardCharsets.UTF_8).lines().skip(1).toList();
                    }
                    List<LocalDate> dates = lines.stream().map(l -> LocalDate.parse(l.split(";")[1])).toList();
                    assertThat(dates).isSorted().allSatisfy(d -> {
                        assertThat(d.getYear()).isEqualTo(sunday.getYear());
                        assertThat(d).isBefore(sunday);
                        assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    });
                    for (int i = 0; i < lines.size(); i++) {
                        assertThat(lines.get(i)).startsWith(String.format("F%d-%04d;", sunday.getYear(), i + 1));
                    }
                }
            }
        }
    }

    @Test
    void theSameNowAndZoneWriteTheSameTree() throws Exception {
        Path first = DemoWorkspace.create(tmp.resolve("one"), NOW, PARIS).folder();
        Path second = DemoWorkspace.create(tmp.resolve("two"), NOW, PARIS).folder();
        Path otherDay = DemoWorkspace.create(tmp.resolve("three"), NOW.plusSeconds(86_400), PARIS).folder();

        assertThat(treeHash(first)).isEqualTo(treeHash(second)).isNotEqualTo(treeHash(otherDay));
    }

    /** Every path, kind, modified time and content under {@code root}, hashed in path order. */
    private static String treeHash(Path root) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted().toList();
        }
        for (Path p : all) {
            String line = root.relativize(p) + "|" + Files.isDirectory(p) + "|" + Files.getLastModifiedTime(p)
                    .toMillis() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            if (Files.isRegularFile(p)) {
                digest.update(Files.readAllBytes(p));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> DemoWorkspace.create(mine, NOW, PARIS)).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.demo.notEmpty");
        try (Stream<Path> files = Files.list(mine)) {
            assertThat(files).containsExactly(mine.resolve("notes.txt"));
        }
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");

        assertThatThrownBy(() -> DemoWorkspace.create(file, NOW, PARIS)).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).messageKey()).isEqualTo("error.demo.notFolder");
    }

    @Test
    void aFolderThatCannotBeMadeIsAProblemThatNamesIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");

        assertThatThrownBy(() -> DemoWorkspace.create(file.resolve("demo"), NOW, PARIS))
                .isInstanceOf(InputProblem.class)
                .satisfies(e -> {
                    assertThat(((InputProblem) e).messageKey()).isEqualTo("error.demo.write");
                    assertThat(((InputProblem) e).args()).first().isEqualTo(file.resolve("demo").toString());
                });
    }

    @Test
    void anEmptyFolderIsUsedAndAMissingOneIsCreated() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        assertThat(DemoWorkspace.create(empty, NOW, PARIS).sources()).hasSize(3);
        assertThat(DemoWorkspace.create(tmp.resolve("a").resolve("b"), NOW, PARIS).sources()).hasSize(3);
    }

    @Test
    void aNightSkippedByTheSpringClockChangeIsBackedUpAfterIt() throws IOException {
        // 2026-03-29: in Paris the clocks jump from 02:00 to 03:00.
        Path databases = DemoWorkspace.create(tmp.resolve("spring"), Instant.parse("2026-03-29T10:00:00Z"), PARIS)
                .folder().resolve("WhatsApp Business").resolve("Databases");

        ZonedDateTime latest = modified(databases.resolve("msgstore.db.crypt15"));
        assertThat(latest.toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(latest.getHour()).isEqualTo(3);
    }
}
