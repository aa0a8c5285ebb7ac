package dev.vigie.chat;

import dev.vigie.backup.InputProblem;
import dev.vigie.io.Reasons;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.function.Consumer;
import java.util.function.Supplier;
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
     * The whole export in memory: for small files and tests; an import streams with {@link #survey}.
     *
     * @throws InputProblem when the file is missing or unreadable, a zip holds no chat, or the text is no export
     */
    public static ChatExport read(Path file, ZoneId zone, Optional<DateOrder> order) {
        List<ChatMessage> messages = new ArrayList<>();
        ChatSummary summary = read(survey(file, order), file, zone, messages::add);
        return new ChatExport(messages, summary.dateOrder(), summary.warnings());
    }

    /**
     * The first of the two passes over an export ({@code .txt} or WhatsApp's {@code .zip}), read as a stream.
     *
     * @throws InputProblem when the file is missing or unreadable, a zip holds no chat, or the text is no export
     */
    public static ChatParser.Survey survey(Path file, Optional<DateOrder> order) {
        return survey(file, order, ChatProgress.NONE);
    }

    /**
     * {@link #survey(Path, Optional)}, telling {@code progress} how far both passes have read and stopping with
     * {@link ChatImportCancelled} when it is cancelled.
     */
    public static ChatParser.Survey survey(Path file, Optional<DateOrder> order, ChatProgress progress) {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem("error.chat.noFile", file.toString());
        }
        Counted counted = new Counted(progress);
        return reading(file, () -> ChatParser.survey(() -> open(file, counted), order,
                file.getFileName().toString()));
    }

    /**
     * The second pass: each message to {@code sink} as it is read, in file order.
     *
     * @throws InputProblem when the file became unreadable, or a date does not exist
     */
    public static ChatSummary read(ChatParser.Survey survey, Path file, ZoneId zone, Consumer<ChatMessage> sink) {
        return reading(file, () -> survey.read(zone, sink));
    }

    /** Runs a read of the file, its I/O failures said as the file's problems. */
    private static <T> T reading(Path file, Supplier<T> read) {
        try {
            return read.get();
        } catch (UncheckedIOException unchecked) {
            IOException e = unchecked.getCause();
            if (e instanceof NoSuchFileException) {
                throw new InputProblem(e, "error.chat.noFile", file.toString());
            }
            if (e instanceof ZipException) {
                throw new InputProblem(e, "error.chat.badZip", file.toString(), Reasons.of(e));
            }
            throw new InputProblem(e, "error.chat.unreadable", file.toString(), Reasons.of(e));
        }
    }

    /**
     * The export's text as a stream, decoded as UTF-8 (a malformed byte becomes a replacement character), from the
     * file or from the chat in the zip; past {@value #MAX_TEXT_BYTES} bytes, refused.
     */
    private static Reader open(Path file, Counted counted) throws IOException {
        InputStream in;
        if (isZip(file)) {
            ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            try {
                ZipEntry chosen = chatEntry(zip).orElseThrow(() -> new InputProblem("error.chat.noChatInZip",
                        file.toString()));
                counted.size(chosen.getSize());
                InputStream entry = zip.getInputStream(chosen);
                in = new FilterInputStream(entry) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            zip.close();
                        }
                    }
                };
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        } else {
            counted.size(Files.size(file));
            in = Files.newInputStream(file);
        }
        return new InputStreamReader(new Capped(in, file, counted), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The bytes both passes over one export have read, told to its progress, which may stop them. */
    private static final class Counted {
        /** Told every 1 MB read: often enough for a bar, rarely enough to cost nothing. */
        private static final long STEP = 1 << 20;

        private final ChatProgress progress;
        private long size;
        private long done;
        private long told;

        Counted(ChatProgress progress) {
            this.progress = progress;
        }

        void size(long bytes) {
            size = Math.max(0, bytes);
        }

        void add(int bytes) {
            done += bytes;
            if (done - told >= STEP) {
                told = done;
                if (progress.cancelled()) {
                    throw new ChatImportCancelled();
                }
                progress.read(done, 2 * size);
            }
        }
    }

    /** Refuses a text past {@value #MAX_TEXT_BYTES} bytes: a hostile zip could inflate without end. */
    private static final class Capped extends FilterInputStream {
        private final Path file;
        private final Counted counted;
        private long total;

        Capped(InputStream in, Path file, Counted counted) {
            super(in);
            this.file = file;
            this.counted = counted;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) {
            counted.add(read);
            total += read;
            if (total > MAX_TEXT_BYTES) {
                throw new InputProblem("error.chat.tooLarge", file.toString(), MAX_TEXT_BYTES / (1024 * 1024));
            }
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
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
}
