package dev.vigie.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The {@code Databases} folder of WhatsApp Business on Android: last night's backup, and the dated copies the app
 * keeps of the nights before, with one night missing and one copy cut short, so that the demo has something to find.
 */
final class WhatsAppBusinessDemo {

    static final String FOLDER = "WhatsApp Business";
    static final String DATABASES = "Databases";
    static final String LATEST = "msgstore.db.crypt15";
    static final String CONTACTS = "wa.db.crypt15";
    /** The nights before the latest that dated copies cover. */
    static final int NIGHTS_KEPT = 8;
    /** Counted back from the latest: the night the phone was off, and the night the copy was cut short. */
    static final int MISSING_NIGHT = 4;
    static final int TRUNCATED_NIGHT = 2;
    /** Share of its full size that the cut-short copy keeps. */
    static final double TRUNCATED_SHARE = 0.4;

    /** WhatsApp runs its backup at 02:00 local time; it takes a few minutes. */
    private static final LocalTime BACKUP_HOUR = LocalTime.of(2, 0);
    private static final int MSGSTORE_BYTES = 256 * 1024;
    private static final int GROWTH_PER_NIGHT = 2 * 1024;
    private static final int CONTACTS_BYTES = 44 * 1024;
    private static final int MD5_BYTES = 16;
    /** The WhatsApp Business version the demo's headers name. */
    private static final String APP_VERSION = "2.24.22.79";

    private WhatsAppBusinessDemo() {
    }

    static void write(Path folder, Instant now, ZoneId zone) throws IOException {
        Path databases = Files.createDirectories(folder.resolve(DATABASES));
        LocalDate latest = latestNight(now, zone);
        Instant latestTime = backupTime(latest, zone);
        DemoFiles.write(databases.resolve(LATEST), messages(latest, 0), latestTime);
        DemoFiles.write(databases.resolve(CONTACTS), contacts(latest), latestTime);
        for (int back = 1; back <= NIGHTS_KEPT; back++) {
            if (back == MISSING_NIGHT) {
                continue;
            }
            LocalDate night = latest.minusDays(back);
            byte[] bytes = messages(night, back);
            if (back == TRUNCATED_NIGHT) {
                bytes = Arrays.copyOf(bytes, (int) (bytes.length * TRUNCATED_SHARE));
            }
            DemoFiles.write(databases.resolve(datedName(night)), bytes, backupTime(night, zone));
        }
    }

    /** The name WhatsApp gives the copy of the backup made on {@code night} when it makes the next one. */
    static String datedName(LocalDate night) {
        return "msgstore-" + night + ".1.db.crypt15";
    }

    /** The latest night whose backup is done at {@code now}. */
    static LocalDate latestNight(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return backupTime(today, zone).isAfter(now) ? today.minusDays(1) : today;
    }

    /** 02:00 plus a few minutes and seconds that vary from night to night, as a real backup's do. */
    static Instant backupTime(LocalDate night, ZoneId zone) {
        SplittableRandom random = DemoFiles.random("whatsapp-time", night);
        LocalTime time = BACKUP_HOUR.plusMinutes(random.nextInt(4)).plusSeconds(random.nextInt(60));
        return DemoFiles.at(night, time, zone);
    }

    /** The message database of one night, a little bigger each night: {@code back} nights before the latest. */
    private static byte[] messages(LocalDate night, int back) {
        SplittableRandom random = DemoFiles.random("msgstore", night);
        int size = MSGSTORE_BYTES - GROWTH_PER_NIGHT * back + random.nextInt(1024);
        return sealed(headed(DemoFiles.filler(random, size - MD5_BYTES), true));
    }

    private static byte[] contacts(LocalDate night) {
        SplittableRandom random = DemoFiles.random("wa", night);
        int size = CONTACTS_BYTES + random.nextInt(2048);
        return sealed(headed(DemoFiles.filler(random, size - MD5_BYTES), false));
    }

    /**
     * Puts a crypt15 header over the first filler bytes, as WhatsApp writes it before the ciphertext: its length,
     * the feature-table flag of a message database, then key type 1, a 16-byte IV (filler bytes: nothing is
     * encrypted) and the app's version. So a quick verification finds the demo's backups well formed.
     */
    private static byte[] headed(byte[] body, boolean features) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(new byte[] {0x08, 0x01, 0x1a, 0x12, 0x0a, 0x10});
        header.write(body, 0, 16);
        byte[] version = APP_VERSION.getBytes(StandardCharsets.US_ASCII);
        header.writeBytes(new byte[] {0x22, (byte) (version.length + 2), 0x0a, (byte) version.length});
        header.writeBytes(version);
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        prefix.write(header.size());
        if (features) {
            prefix.write(0x01);
        }
        prefix.writeBytes(header.toByteArray());
        byte[] bytes = prefix.toByteArray();
        System.arraycopy(bytes, 0, body, 0, bytes.length);
        return body;
    }

    /**
     * Random bytes stand for the encrypted content, so no chat is ever written. They end, as crypt14 and crypt15
     * files do, with the MD5 of everything before: a trailer check passes on intact files and fails on the cut one.
     */
    private static byte[] sealed(byte[] body) {
        byte[] md5;
        try {
            md5 = MessageDigest.getInstance("MD5").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
        byte[] file = Arrays.copyOf(body, body.length + md5.length);
        System.arraycopy(md5, 0, file, body.length, md5.length);
        return file;
    }
}
