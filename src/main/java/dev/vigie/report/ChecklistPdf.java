package dev.vigie.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A checklist as an A4 PDF: Liberation Sans embedded (subset), so accents render and the text can be searched and
 * copied; a box before each step, filled when it was ticked, with who ticked it and when in small print under it;
 * lines to sign at the end, with the names and date written on them once signed off.
 */
public final class ChecklistPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float SMALL = 8.5f;
    private static final float LEADING = 1.35f;

    private final PDDocument pdf;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    private ChecklistPdf(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        this.regular = font(pdf, "LiberationSans-Regular.ttf");
        this.bold = font(pdf, "LiberationSans-Bold.ttf");
    }

    public static void render(ChecklistDocument document, OutputStream out) {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setCreator("Vigie");
            ChecklistPdf writer = new ChecklistPdf(pdf);
            writer.write(document);
            writer.page.close();
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = ChecklistPdf.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing from the class path");
            }
            return PDType0Font.load(pdf, in);
        }
    }

    private void write(ChecklistDocument document) throws IOException {
        newPage();
        paragraph(document.title(), bold, 16, 0);
        y -= 6;
        for (ChecklistDocument.Block block : document.blocks()) {
            if (block instanceof ChecklistDocument.Banner b) {
                paragraph(b.text(), bold, BODY, 0);
                y -= 4;
            } else if (block instanceof ChecklistDocument.Heading h) {
                heading(h.text());
            } else if (block instanceof ChecklistDocument.Fields f) {
                for (Map.Entry<String, String> field : f.fields()) {
                    paragraph(field.getKey() + " : " + field.getValue(), regular, BODY, 0);
                }
            } else if (block instanceof ChecklistDocument.Paragraph p) {
                paragraph(p.text(), regular, BODY, 0);
            } else if (block instanceof ChecklistDocument.Steps s) {
                heading(s.title());
                for (ChecklistDocument.Item step : s.steps()) {
                    ensure(BODY * LEADING * 2);
                    float box = BODY * 0.8f;
                    // On the first line of the step: its baseline is a line's leading below y.
                    page.addRect(MARGIN, y - BODY * LEADING - 1, box, box);
                    if (step.ticked().isPresent()) {
                        page.fillAndStroke();
                    } else {
                        page.stroke();
                    }
                    paragraph(step.words(), regular, BODY, 18);
                    if (step.ticked().isPresent()) {
                        paragraph(step.ticked().get(), regular, SMALL, 18);
                    }
                    y -= 2;
                }
            } else if (block instanceof ChecklistDocument.Bullets b) {
                paragraph(b.title(), bold, BODY, 0);
                for (String item : b.items()) {
                    paragraph("•  " + item, regular, BODY, 10);
                }
            } else if (block instanceof ChecklistDocument.SignOff s) {
                heading(s.title());
                for (int i = 0; i < s.labels().size(); i++) {
                    ensure(40);
                    y -= 22;
                    text(s.labels().get(i) + " :", regular, BODY, MARGIN, y);
                    Optional<String> signed = s.line(i);
                    if (signed.isPresent()) {
                        text(fit(signed.get(), bold, BODY, WIDTH * 0.75f - 96), bold, BODY, MARGIN + 94, y + 1);
                    }
                    page.moveTo(MARGIN + 90, y - 2);
                    page.lineTo(MARGIN + WIDTH * 0.75f, y - 2);
                    page.stroke();
                }
            }
        }
    }

    private void heading(String text) throws IOException {
        ensure(BODY * 5);
        y -= 8;
        paragraph(text, bold, 12.5f, 0);
        y -= 2;
    }

    /** Wraps the text to the page width, starting a new page as needed. */
    private void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        for (String line : wrap(text, font, size, WIDTH - indent)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(line, font, size, MARGIN + indent, y);
        }
    }

    private void text(String line, PDFont font, float size, float x, float at) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, at);
        page.showText(line);
        page.endText();
    }

    /** The text cut to fit on one line of {@code width}, an ellipsis saying so. */
    private static String fit(String text, PDFont font, float size, float width) throws IOException {
        String line = text.replace('\n', ' ').replace('\t', ' ');
        if (font.getStringWidth(line) / 1000 * size <= width) {
            return line;
        }
        while (!line.isEmpty() && font.getStringWidth(line + "\u2026") / 1000 * size > width) {
            line = line.substring(0, line.length() - 1);
        }
        return line + "\u2026";
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace('\n', ' ').replace('\t', ' ').split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        page.setLineWidth(0.7f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
