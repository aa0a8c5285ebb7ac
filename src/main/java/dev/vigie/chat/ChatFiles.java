package dev.vigie.chat;

import dev.vigie.backup.InputProblem;
import dev.vigie.io.Reasons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a chat export from disk: the {@code .txt} file, or the {@code .zip} WhatsApp makes (its {@code _chat.txt} on
 * iOS, {@code WhatsApp Chat with NAME.txt} on Android, or the only text file in it). Read-only; media in the zip are
 * not opened.
 */
public final class ChatFiles {

    /** Larger than any real chat's text; keeps a hostile zip from filling the memory. */
    static final long MAX_TEXT_BYTES = 512L * 1024 * 1024;

    private ChatFiles() {
    }

    /**
     * @throws InputProblem when the file is missing or unreadable, a zip holds no chat, or the text is no export
     */
    public static ChatExport read(Path file, ZoneId zone, Optional<DateOrder> order) {
        return ChatParser.parse(text(file), zone, order, file.getFileName().toString());
    }

    /** The export's text, decoded as UTF-8 (a malformed byte becomes a replacement character). */
    public static String text(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem("error.chat.noFile", file.toString());
        }
        try {
            byte[] bytes = isZip(file) ? fromZip(file) : readAll(Files.newInputStream(file), file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InputProblem(e, "error.chat.noFile", file.toString());
        } catch (ZipException e) {
            throw new InputProblem(e, "error.chat.badZip", file.toString(), Reasons.of(e));
        } catch (IOException e) {
            throw new InputProblem(e, "error.chat.unreadable", file.toString(), Reasons.of(e));
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static byte[] fromZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry chosen = chatEntry(zip).orElseThrow(() -> new InputProblem("error.chat.noChatInZip",
                    file.toString()));
            return readAll(zip.getInputStream(chosen), file);
        }
    }

    /** {@code _chat.txt}, else the text file named like WhatsApp's, else the only text file. */
    static Optional<ZipEntry> chatEntry(ZipFile zip) {
        List<ZipEntry> texts = new ArrayList<>();
        for (ZipEntry entry : zip.stream().toList()) {
            String name = entry.getName();
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (entry.isDirectory() || !base.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                continue;
            }
            if (base.equals("_chat.txt")) {
                return Optional.of(entry);
            }
            texts.add(entry);
        }
        Optional<ZipEntry> whatsApp = texts.stream()
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).contains("whatsapp")).findFirst();
        if (whatsApp.isPresent()) {
            return whatsApp;
        }
        return texts.size() == 1 ? Optional.of(texts.get(0)) : Optional.empty();
    }

    private static byte[] readAll(InputStream stream, Path file) throws IOException {
        try (InputStream in = stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > MAX_TEXT_BYTES) {
                    throw new InputProblem("error.chat.tooLarge", file.toString(), MAX_TEXT_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }
}
