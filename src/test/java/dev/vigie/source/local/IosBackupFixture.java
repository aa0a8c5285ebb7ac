package dev.vigie.source.local;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a small Finder backup of one device: the three property lists, a manifest database and hashed files. */
final class IosBackupFixture {

    /** How a property list is written. */
    enum Format { BINARY, XML }

    private final Path dir;
    private final Map<String, NSDictionary> plists = new LinkedHashMap<>();
    private final Map<String, byte[]> raw = new LinkedHashMap<>();
    private Format format = Format.BINARY;
    private int hashedFiles = 3;
    private Instant folderTime = Instant.parse("2026-01-01T00:00:00Z");

    private IosBackupFixture(Path dir) {
        this.dir = dir;
    }

    /** A complete, unencrypted backup of an iPhone finished at {@code finished}. */
    static IosBackupFixture device(Path dir, Instant finished) {
        IosBackupFixture fixture = new IosBackupFixture(dir);
        NSDictionary info = new NSDictionary();
        info.put("Device Name", "iPhone de Camille");
        info.put("Product Type", "iPhone14,5");
        info.put("Product Version", "17.5.1");
        info.put("Last Backup Date", new Date(finished.toEpochMilli()));
        info.put("Unique Identifier", dir.getFileName().toString().toUpperCase());
        NSDictionary manifest = new NSDictionary();
        manifest.put("IsEncrypted", false);
        manifest.put("Date", new Date(finished.toEpochMilli()));
        manifest.put("Version", "10.0");
        NSDictionary status = new NSDictionary();
        status.put("Date", new Date(finished.toEpochMilli()));
        status.put("SnapshotState", "finished");
        status.put("IsFullBackup", false);
        status.put("Version", "3.3");
        fixture.plists.put(IosBackupReader.INFO, info);
        fixture.plists.put(IosBackupReader.MANIFEST, manifest);
        fixture.plists.put(IosBackupReader.STATUS, status);
        return fixture;
    }

    IosBackupFixture format(Format format) {
        this.format = format;
        return this;
    }

    /** Sets (or, with a null value, removes) one key of one list. */
    IosBackupFixture set(String plist, String key, Object value) {
        if (value == null) {
            plists.get(plist).remove(key);
        } else {
            plists.get(plist).put(key, value instanceof Instant i ? new Date(i.toEpochMilli()) : value);
        }
        return this;
    }

    IosBackupFixture without(String plist) {
        plists.remove(plist);
        return this;
    }

    /** Replaces a list by these bytes, as a damaged disk or an interrupted copy would. */
    IosBackupFixture corrupt(String plist, byte[] bytes) {
        plists.remove(plist);
        raw.put(plist, bytes);
        return this;
    }

    IosBackupFixture hashedFiles(int count) {
        this.hashedFiles = count;
        return this;
    }

    IosBackupFixture folderTime(Instant time) {
        this.folderTime = time;
        return this;
    }

    /** Writes the backup and answers the device folder. */
    Path write() throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, NSDictionary> e : plists.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (format == Format.BINARY) {
                BinaryPropertyListWriter.write(e.getValue(), file);
            } else {
                Files.writeString(file, e.getValue().toXMLPropertyList(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, byte[]> e : raw.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        // The manifest database is listed, never opened, so its bytes do not matter here.
        Files.write(dir.resolve(IosBackupReader.MANIFEST_DB), new byte[4096]);
        for (int i = 0; i < hashedFiles; i++) {
            String id = String.format("%02x%038d", i * 37 % 256, i);
            Path sub = Files.createDirectories(dir.resolve(id.substring(0, 2)));
            Files.write(sub.resolve(id), new byte[100 * (i + 1)]);
        }
        Files.setLastModifiedTime(dir, FileTime.from(folderTime));
        return dir;
    }

    /** Bytes in the files {@link #write()} writes besides the property lists. */
    long bytesBesidesPlists() {
        long sum = 4096;
        for (int i = 0; i < hashedFiles; i++) {
            sum += 100L * (i + 1);
        }
        return sum;
    }
}
