package dev.vigie.report;

import dev.vigie.backup.InputProblem;
import dev.vigie.io.Reasons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A checklist written to a file as Markdown, HTML or PDF, all or nothing: both faces export through it. */
public final class ChecklistFile {

    /** The formats a checklist is exported in, with the word the command line uses and the file extension. */
    public enum Format {
        MARKDOWN("md"), HTML("html"), PDF("pdf");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        /** {@code md}, {@code html} or {@code pdf}: the command line's word and the file's extension. */
        public String id() {
            return id;
        }

        public static Optional<Format> fromId(String id) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
        }
    }

    private ChecklistFile() {
    }

    /** The document's bytes in a format; {@code locale} is the HTML page's language. */
    public static byte[] render(ChecklistDocument document, Format format, Locale locale) {
        return switch (format) {
            case MARKDOWN -> ChecklistMarkdown.render(document).getBytes(StandardCharsets.UTF_8);
            case HTML -> ChecklistHtml.render(document, locale).getBytes(StandardCharsets.UTF_8);
            case PDF -> {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                ChecklistPdf.render(document, pdf);
                yield pdf.toByteArray();
            }
        };
    }

    /**
     * Writes the document to {@code file}: a temporary file beside it, then moved over it, so that a failure never
     * leaves half a checklist.
     *
     * @throws InputProblem {@code error.checklist.write} when the folder cannot be written
     */
    public static void write(Path file, ChecklistDocument document, Format format, Locale locale) {
        byte[] bytes = render(document, format, locale);
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".vigie-checklist-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the message below matters more
                }
            }
            throw new InputProblem(e, "error.checklist.write", file, Reasons.of(e));
        }
    }
}
