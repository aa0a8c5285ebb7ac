package dev.vigie.verify;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Small, valid backup files of every format the verifier knows, made in test code, and the two ways to damage
 * them that every check must catch: one flipped byte, and a copy cut short.
 */
final class BackupFiles {

    private BackupFiles() {
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * A crypt15 database backup: header length, the feature-table flag, the protobuf header (key type 1, the
     * cipher's IV, the app version), random bytes for the ciphertext, a 16-byte tag, the MD5 of all before.
     */
    static byte[] crypt15(int bodySize, long seed) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(0x08);
        header.write(1); // key type: crypt15
        byte[] iv = message(1, random(16, seed + 1));
        header.writeBytes(field(3, iv));
        header.writeBytes(field(4, message(1, "2.24.22.79".getBytes(StandardCharsets.US_ASCII))));
        return sealed(prefixed(header.toByteArray(), true), bodySize, seed);
    }

    /** A crypt14 database backup: key type 0 (so left out), the cipher's parameters in field 2. */
    static byte[] crypt14(int bodySize, long seed) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(field(2, message(1, random(32, seed + 2))));
        header.writeBytes(field(4, message(1, "2.21.8.17".getBytes(StandardCharsets.US_ASCII))));
        return sealed(prefixed(header.toByteArray(), false), bodySize, seed);
    }

    /** A crypt12 backup: 67-byte header, data, tag, MD5 of everything before it, 4 bytes of phone number. */
    static byte[] crypt12(int bodySize, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 1, 2});
        out.writeBytes(random(32 + 16 + 16 + bodySize + 16, seed));
        byte[] md5 = md5(out.toByteArray());
        out.writeBytes(md5);
        out.writeBytes("-34-".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] prefixed(byte[] header, boolean features) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.length);
        if (features) {
            out.write(1);
        }
        out.writeBytes(header);
        return out.toByteArray();
    }

    private static byte[] sealed(byte[] header, int bodySize, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(random(bodySize + 16, seed));
        out.writeBytes(md5(out.toByteArray()));
        return out.toByteArray();
    }

    private static byte[] field(int number, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number << 3 | 2);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] message(int number, byte[] value) {
        return field(number, value);
    }

    static byte[] md5(byte[] bytes) {
        return Digests.md5().digest(bytes);
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static String sha256Hex(Path file) throws IOException {
        return hex(Digests.sha256().digest(Files.readAllBytes(file)));
    }

    static String md5Hex(Path file) throws IOException {
        return hex(md5(Files.readAllBytes(file)));
    }

    /** A ZIP of three deflated text entries and one stored random one. */
    static byte[] zip(long seed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("compta/factures-" + i + ".csv"));
                zip.write(("numero;montant\n" + "F-" + seed + "-" + i + ";1200,00\n").repeat(400)
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            byte[] stored = random(20_000, seed);
            ZipEntry entry = new ZipEntry("photo.bin");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(stored.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(stored);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(stored);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A tar of a few files (one with a long name, written in the POSIX form), gzipped or not. */
    static byte[] tar(long seed, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                gzip ? new GzipCompressorOutputStream(bytes) : bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            String[] names = {"etc/hosts", "home/camille/notes.txt",
                "home/camille/" + "un-dossier-au-nom-tres-long/".repeat(5) + "fichier.txt"};
            for (int i = 0; i < names.length; i++) {
                byte[] content = (i == 0 ? new String(random(3_000, seed), StandardCharsets.ISO_8859_1)
                        : "ligne " + i + "\n".repeat(1)).repeat(10).getBytes(StandardCharsets.ISO_8859_1);
                TarArchiveEntry entry = new TarArchiveEntry(names[i]);
                entry.setSize(content.length);
                entry.setModTime(new Date(1_700_000_000_000L));
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * An SQLite database of a few hundred rows over several pages, built in a temporary file and returned as bytes,
     * so that no journal of the building ever lands in a test tree.
     */
    static byte[] sqlite(boolean wal, String... tables) throws IOException, SQLException {
        Path temp = Files.createTempFile("vigie-test", ".db");
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp)) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA page_size = 1024");
                    if (wal) {
                        s.execute("PRAGMA journal_mode = WAL");
                    }
                }
                db.setAutoCommit(false);
                for (String table : tables.length == 0 ? new String[] {"Files"} : tables) {
                    try (Statement s = db.createStatement()) {
                        s.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name TEXT, size INTEGER)");
                        s.execute("CREATE INDEX " + table + "_name ON " + table + "(name)");
                    }
                    try (PreparedStatement row = db.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?)")) {
                        for (int i = 0; i < 300; i++) {
                            row.setInt(1, i);
                            row.setString(2, "file-" + i + "-" + "x".repeat(i % 40));
                            row.setInt(3, i * 7);
                            row.addBatch();
                        }
                        row.executeBatch();
                    }
                }
                db.commit();
                if (wal) {
                    try (Statement s = db.createStatement()) {
                        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                }
            }
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(Path.of(temp + "-wal"));
            Files.deleteIfExists(Path.of(temp + "-shm"));
        }
    }

    /** The first byte of the database's second page, its b-tree page type: damage quick_check must see. */
    static long sqliteSecondPage(byte[] database) {
        int raw = (database[16] & 0xff) << 8 | database[17] & 0xff;
        return raw == 1 ? 65_536 : raw;
    }

    static byte[] plist(NSDictionary dictionary) throws IOException {
        return BinaryPropertyListWriter.writeToArray(dictionary);
    }

    /** Turns every bit of the byte at {@code offset}. */
    static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0xff);
        }
    }

    /** Keeps the first {@code size} bytes, as an interrupted copy does. */
    static void truncate(Path file, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) size));
    }

    static String sha1Hex(String text) {
        try {
            return hex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
