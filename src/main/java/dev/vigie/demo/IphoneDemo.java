package dev.vigie.demo;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One iPhone backed up by Finder into {@code Backup/<UDID>}: the three property lists, a {@code Manifest.db} that
 * lists the backed-up files, and those files stored under their hashed names. The files hold filler, not data.
 */
final class IphoneDemo {

    static final String FOLDER = "iPhone";
    static final String BACKUP = "Backup";
    /** A made-up identifier in the 40-hex-digit form of older iPhones' UDIDs. */
    static final String UDID = "3c5e0b9a7d41f2e6c8a1b0d94f7e2a6c5b83d190";
    static final String DEVICE_NAME = "iPhone de Camille";
    static final String PRODUCT_TYPE = "iPhone14,5";
    static final String PRODUCT_VERSION = "17.5.1";

    /** Finder was set to back up when the phone charges in the evening. */
    static final LocalTime STARTED = LocalTime.of(21, 30);
    static final Duration TAKES = Duration.ofSeconds(167);

    /** Flags of a {@code Manifest.db} row. */
    private static final int FILE = 1;
    private static final int DIRECTORY = 2;

    /** What the manifest lists; the files among them are stored in the backup. */
    private static final List<Entry> ENTRIES = entries();

    /** One row of the manifest: a file or folder of the phone, named by its domain and its path there. */
    private record Entry(String domain, String relativePath, boolean folder) {
        String fileId() {
            return IphoneDemo.fileId(domain, relativePath);
        }
    }

    private IphoneDemo() {
    }

    private static List<Entry> entries() {
        List<Entry> e = new ArrayList<>();
        dir(e, "HomeDomain", "Library");
        dir(e, "HomeDomain", "Library/AddressBook");
        file(e, "HomeDomain", "Library/AddressBook/AddressBook.sqlitedb");
        file(e, "HomeDomain", "Library/AddressBook/AddressBookImages.sqlitedb");
        file(e, "HomeDomain", "Library/Calendar/Calendar.sqlitedb");
        file(e, "HomeDomain", "Library/CallHistoryDB/CallHistory.storedata");
        file(e, "HomeDomain", "Library/Safari/Bookmarks.db");
        dir(e, "HomeDomain", "Library/Preferences");
        file(e, "HomeDomain", "Library/Preferences/com.apple.springboard.plist");
        file(e, "HomeDomain", "Library/Preferences/com.apple.mobilephone.plist");
        file(e, "HomeDomain", "Library/Preferences/com.apple.Maps.plist");
        dir(e, "CameraRollDomain", "Media");
        dir(e, "CameraRollDomain", "Media/DCIM");
        dir(e, "CameraRollDomain", "Media/DCIM/100APPLE");
        for (int n = 412; n <= 423; n++) {
            file(e, "CameraRollDomain", "Media/DCIM/100APPLE/IMG_0" + n + ".HEIC");
        }
        file(e, "CameraRollDomain", "Media/PhotoData/Photos.sqlite");
        file(e, "AppDomain-net.whatsapp.WhatsAppSMB", "Library/Preferences/net.whatsapp.WhatsAppSMB.plist");
        file(e, "AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared", "ChatStorage.sqlite");
        file(e, "AppDomainGroup-group.net.whatsapp.WhatsAppSMB.shared", "ContactsV2.sqlite");
        file(e, "KeychainDomain", "keychain-backup.plist");
        file(e, "WirelessDomain", "Library/Preferences/com.apple.commcenter.plist");
        file(e, "SystemPreferencesDomain", "SystemConfiguration/preferences.plist");
        file(e, "RootDomain", "Library/Preferences/com.apple.preferences.network.plist");
        return List.copyOf(e);
    }

    private static void file(List<Entry> entries, String domain, String path) {
        entries.add(new Entry(domain, path, false));
    }

    private static void dir(List<Entry> entries, String domain, String path) {
        entries.add(new Entry(domain, path, true));
    }

    /** How many files the backup stores under hashed names. */
    static int storedFiles() {
        return (int) ENTRIES.stream().filter(e -> !e.folder()).count();
    }

    /** The name a backup stores a file under: the SHA-1 of its domain and path. */
    static String fileId(String domain, String relativePath) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((domain + "-" + relativePath).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }

    /** The evening whose backup is the latest finished at {@code now}. */
    static LocalDate latestEvening(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return finished(today, zone).isAfter(now) ? today.minusDays(1) : today;
    }

    static Instant finished(LocalDate evening, ZoneId zone) {
        return DemoFiles.at(evening, STARTED, zone).plus(TAKES);
    }

    static void write(Path folder, Instant now, ZoneId zone) throws IOException, SQLException {
        Path device = Files.createDirectories(folder.resolve(BACKUP).resolve(UDID));
        LocalDate evening = latestEvening(now, zone);
        Instant started = DemoFiles.at(evening, STARTED, zone);
        Instant finished = started.plus(TAKES);

        List<Entry> stored = ENTRIES.stream().filter(e -> !e.folder()).toList();
        long step = TAKES.getSeconds() / (stored.size() + 1);
        for (int i = 0; i < stored.size(); i++) {
            String id = stored.get(i).fileId();
            SplittableRandom random = DemoFiles.random(id, evening);
            int size = stored.get(i).relativePath().endsWith(".plist") ? 400 + random.nextInt(2_600)
                    : 4_096 + random.nextInt(28_672);
            Path bucket = Files.createDirectories(device.resolve(id.substring(0, 2)));
            DemoFiles.write(bucket.resolve(id), DemoFiles.filler(random, size), started.plusSeconds(step * (i + 1)));
        }
        DemoFiles.write(device.resolve("Manifest.db"), manifestDb(), finished);
        DemoFiles.write(device.resolve("Info.plist"), plist(info(finished)), finished);
        DemoFiles.write(device.resolve("Manifest.plist"), plist(manifest(started)), finished);
        DemoFiles.write(device.resolve("Status.plist"), plist(status(finished)), finished);
    }

    private static NSDictionary info(Instant finished) {
        NSDictionary info = new NSDictionary();
        info.put("Build Version", "21F90");
        info.put("Device Name", DEVICE_NAME);
        info.put("Display Name", DEVICE_NAME);
        info.put("GUID", "9F1C2B7E4A0D4E3C8B5A6D7E8F901A2B");
        info.put("Last Backup Date", new Date(finished.toEpochMilli()));
        info.put("Product Name", "iPhone 13");
        info.put("Product Type", PRODUCT_TYPE);
        info.put("Product Version", PRODUCT_VERSION);
        info.put("Serial Number", "DEMO00VIGIE");
        info.put("Target Identifier", UDID);
        info.put("Target Type", "Device");
        info.put("Unique Identifier", UDID.toUpperCase(Locale.ROOT));
        return info;
    }

    private static NSDictionary manifest(Instant started) {
        NSDictionary lockdown = new NSDictionary();
        lockdown.put("BuildVersion", "21F90");
        lockdown.put("DeviceName", DEVICE_NAME);
        lockdown.put("ProductType", PRODUCT_TYPE);
        lockdown.put("ProductVersion", PRODUCT_VERSION);
        lockdown.put("SerialNumber", "DEMO00VIGIE");
        lockdown.put("UniqueDeviceID", UDID);
        NSDictionary manifest = new NSDictionary();
        manifest.put("Date", new Date(started.toEpochMilli()));
        manifest.put("IsEncrypted", false);
        manifest.put("Lockdown", lockdown);
        manifest.put("SystemDomainsVersion", "24.0");
        manifest.put("Version", "10.0");
        manifest.put("WasPasscodeSet", true);
        return manifest;
    }

    private static NSDictionary status(Instant finished) {
        NSDictionary status = new NSDictionary();
        status.put("BackupState", "new");
        status.put("Date", new Date(finished.toEpochMilli()));
        status.put("IsFullBackup", false);
        status.put("SnapshotState", "finished");
        status.put("UUID", "6E1D0C4B-2A9F-4C3E-8D7B-5A6F1E2D3C4B");
        status.put("Version", "3.3");
        return status;
    }

    private static byte[] plist(NSDictionary dictionary) throws IOException {
        return BinaryPropertyListWriter.writeToArray(dictionary);
    }

    /**
     * The manifest database with the schema Finder writes. It is built in a temporary file and copied in, so the
     * database's journal never appears in the demo and an odd character in the demo's path cannot upset the driver.
     */
    private static byte[] manifestDb() throws IOException, SQLException {
        Path temp = Files.createTempFile("vigie-demo-manifest", ".db");
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp)) {
                db.setAutoCommit(false);
                try (Statement schema = db.createStatement()) {
                    schema.execute("CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, "
                            + "flags INTEGER, file BLOB)");
                    schema.execute("CREATE INDEX FilesDomainIdx ON Files(domain)");
                    schema.execute("CREATE INDEX FilesRelativePathIdx ON Files(relativePath)");
                    schema.execute("CREATE INDEX FilesFlagsIdx ON Files(flags)");
                    schema.execute("CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB)");
                }
                try (PreparedStatement row = db.prepareStatement("INSERT INTO Files VALUES (?, ?, ?, ?, ?)")) {
                    for (Entry e : ENTRIES) {
                        row.setString(1, e.fileId());
                        row.setString(2, e.domain());
                        row.setString(3, e.relativePath());
                        row.setInt(4, e.folder() ? DIRECTORY : FILE);
                        // Finder stores an archived file record here; the demo has no metadata worth faking.
                        row.setNull(5, Types.BLOB);
                        row.addBatch();
                    }
                    row.executeBatch();
                }
                db.commit();
            }
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
