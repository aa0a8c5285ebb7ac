package dev.vigie.restore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Small backups built for drills: ZIP, tar, tar.gz and SQLite files, and the damage a disk does to them. */
public final class DrillBackups {

    /** Where the stored entry of {@link #zip} begins its data: a marker to find it by. */
    static final String MARKER = "STORED-ENTRY-DATA-BEGINS";

    private DrillBackups() {
    }

    public static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Three deflated CSV entries, one stored binary entry (beginning with {@link #MARKER}) and a folder entry. */
    public static byte[] zip(long seed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("compta/"));
            zip.closeEntry();
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("compta/factures-" + i + ".csv"));
                zip.write(("numero;montant\nF-" + seed + "-" + i + ";1200,00\n").repeat(300)
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            ByteArrayOutputStream storedBytes = new ByteArrayOutputStream();
            storedBytes.write(MARKER.getBytes(StandardCharsets.US_ASCII));
            storedBytes.write(random(20_000, seed));
            byte[] stored = storedBytes.toByteArray();
            ZipEntry entry = new ZipEntry("photos/photo.bin");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(stored.length);
            CRC32 crc = new CRC32();
            crc.update(stored);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(stored);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A tar of three files, gzipped or not. */
    public static byte[] tar(long seed, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                gzip ? new GzipCompressorOutputStream(bytes) : bytes)) {
            String[] names = {"etc/hosts", "home/camille/notes.txt", "home/camille/photo.bin"};
            for (int i = 0; i < names.length; i++) {
                byte[] content = i == 2 ? random(30_000, seed) : ("ligne " + i + "\n").repeat(200)
                        .getBytes(StandardCharsets.UTF_8);
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

    /** An SQLite database over several 1 KiB pages, built in a temporary file so no journal lands in a test tree. */
    public static byte[] sqlite() throws IOException, SQLException {
        Path temp = Files.createTempFile("vigie-drill", ".db");
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp)) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA page_size = 1024");
                    s.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, total INTEGER)");
                    s.execute("CREATE INDEX clients_name ON clients(name)");
                }
                db.setAutoCommit(false);
                try (PreparedStatement row = db.prepareStatement("INSERT INTO clients VALUES (?, ?, ?)")) {
                    for (int i = 0; i < 400; i++) {
                        row.setInt(1, i);
                        row.setString(2, "client-" + i + "-" + "x".repeat(i % 50));
                        row.setInt(3, i * 13);
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

    /** The first byte of an SQLite database's second page: its b-tree page type, which integrity_check reads. */
    public static long sqliteSecondPage(byte[] database) {
        int raw = (database[16] & 0xff) << 8 | database[17] & 0xff;
        return raw == 1 ? 65_536 : raw;
    }

    /** Where the marker of {@link #zip}'s stored entry is in the file. */
    public static long markerOffset(byte[] zip) {
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= zip.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (zip[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no marker");
    }

    /** Turns every bit of the byte at {@code offset}, as a failing disk does. */
    public static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0xff);
        }
    }
}
