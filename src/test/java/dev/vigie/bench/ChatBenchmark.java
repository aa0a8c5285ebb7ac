package dev.vigie.bench;

import dev.vigie.chat.ChatExport;
import dev.vigie.chat.ChatFiles;
import dev.vigie.chat.MessageKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Reads a 100,000-line WhatsApp chat export from disk (iOS headers, 12-hour clock with a narrow no-break space,
 * direction marks, multi-line messages, media and deleted markers), in process. Not a test: run it with
 * {@code bench/chat-bench.sh}. Prints the median of several runs after warm-up.
 */
public final class ChatBenchmark {

    private static final int LINES = 100_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 11;
    private static final double TARGET_MS = 1000;
    private static final DateTimeFormatter IOS = DateTimeFormatter.ofPattern("dd/MM/yyyy, h:mm:ss", Locale.ROOT);

    private ChatBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("vigie-chat-bench", ".txt");
        try {
            Files.writeString(file, export(), StandardCharsets.UTF_8);
            ZoneId paris = ZoneId.of("Europe/Paris");
            ChatExport chat = null;
            for (int i = 0; i < WARM_UP; i++) {
                chat = ChatFiles.read(file, paris, Optional.empty());
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                chat = ChatFiles.read(file, paris, Optional.empty());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "export: %,d lines, %,d bytes -> %,d messages, %,d deleted, %,d media%n",
                    LINES, Files.size(file), chat.messages().size(), chat.kinds().get(MessageKind.DELETED),
                    chat.kinds().get(MessageKind.MEDIA));
            System.out.printf(Locale.ROOT, "read and parse: median %.1f ms over %d runs after %d warm-up (min %.1f, "
                    + "max %.1f; target: under %.0f ms)%n", sorted[RUNS / 2], RUNS, WARM_UP, sorted[0],
                    sorted[RUNS - 1], TARGET_MS);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String export() {
        Random random = new Random(2026);
        StringBuilder b = new StringBuilder(LINES * 70);
        LocalDateTime time = LocalDateTime.of(2024, 1, 13, 9, 0);
        b.append('\uFEFF');
        for (int line = 0; line < LINES; line++) {
            if (line > 0 && random.nextInt(10) == 0) {
                b.append("and more of the message above, with a colon: here\n");
                continue;
            }
            time = time.plusSeconds(30 + random.nextInt(600));
            String am = time.getHour() < 12 ? "AM" : "PM";
            b.append("\u200E[").append(IOS.format(time)).append('\u202F').append(am).append("] ");
            b.append(random.nextBoolean() ? "Anna Martin \uD83D\uDE00" : "Shop").append(": ");
            int kind = random.nextInt(20);
            if (kind == 0) {
                b.append("\u200EThis message was deleted.");
            } else if (kind == 1) {
                b.append("\u200Eimage omitted");
            } else {
                b.append("A message of ordinary length, about the order number ").append(line);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
