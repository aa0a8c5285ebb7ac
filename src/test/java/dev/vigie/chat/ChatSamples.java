package dev.vigie.chat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small chat exports written by test code: Android's header form, times in a zone, zipped as WhatsApp does. */
public final class ChatSamples {

    private static final DateTimeFormatter ANDROID = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

    private ChatSamples() {
    }

    /** One Android line: {@code 20/11/2026, 14:05 - Name: text}. */
    public static String android(Instant time, ZoneId zone, String author, String text) {
        return ANDROID.format(time.atZone(zone)) + " - " + author + ": " + text + "\n";
    }

    public static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A zip as Android's Export chat makes it: the text under its "WhatsApp Chat with" name, and a photo. */
    public static Path zip(Path file, String chatName, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("IMG-20261120-WA0001.jpg"));
            zip.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(chatName));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
