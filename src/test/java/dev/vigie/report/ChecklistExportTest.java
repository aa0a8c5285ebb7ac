package dev.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Layout;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.ChosenBackup;
import dev.vigie.checklist.ConsentScope;
import dev.vigie.checklist.Progress;
import dev.vigie.checklist.Section;
import dev.vigie.checklist.Step;
import dev.vigie.checklist.Verification;
import dev.vigie.consent.Contact;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.simulation.Advice;
import dev.vigie.testing.Paris;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The same checklist as Markdown, HTML and PDF: what a reader, a browser and a text extractor find in each. */
class ChecklistExportTest {

    private static final Instant NOW = Paris.at("2026-11-18T12:00");
    private static final Instant DEADLINE = Paris.at("2026-11-19T02:00");
    private static final String BACKUP = "msgstore-2026-11-18.1.db.crypt14";

    private static Checklist checklist(String contactName) {
        Contact hostile = new Contact("x", contactName, "+33612345678", Optional.empty(), Optional.empty());
        Contact chloe = new Contact("c", "Chloé Lefèvre", "+33611223344", Optional.empty(), Optional.empty());
        ChosenBackup backup = new ChosenBackup(BACKUP, Paris.at("2026-11-18T02:00"), Optional.of(2_400_000L),
                List.of(BACKUP), "/phone/WhatsApp/Databases", new Verification(Verification.State.SOUND, NOW,
                List.of()));
        List<Section> sections = List.of(
                new Section("protect", List.of(new Step("protect.copy", "checklist.step.protect.copy",
                        List.of(BACKUP, DEADLINE)))),
                new Section("restore", List.of(new Step("restore.whatsapp.rename",
                        "checklist.step.restore.whatsapp.rename", List.of(BACKUP, "msgstore.db.crypt14")))));
        return new Checklist("recover-phone", ChecklistScenario.RECOVER, false, "phone", Layout.WHATSAPP_ANDROID,
                "keep-last 1", NOW, Paris.ZONE, Optional.of(Paris.at("2026-11-18T10:00")), Optional.of(backup),
                Optional.of(DEADLINE), Optional.of(new Advice(Advice.Action.COPY_BACKUP, backup.time(),
                Optional.of(BACKUP), DEADLINE)), Optional.of(Duration.ofHours(10)), sections,
                new ConsentScope(Purpose.RESTORE_ACCESS, List.of(chloe), List.of(hostile), List.of()));
    }

    private static ChecklistDocument document(Checklist checklist, Locale locale) {
        return ChecklistDocument.of(checklist, new Formats(Messages.of(locale)));
    }

    @Test
    void htmlShowsAHostileContactNameAsText() {
        String html = ChecklistHtml.render(document(checklist("<script>alert(1)</script>"), Locale.ENGLISH),
                Locale.ENGLISH);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<input type=\"checkbox\"", "data-step=\"protect.copy\"", BACKUP,
                "19 Nov 2026, 02:00");
    }

    @Test
    void markdownHasATaskBoxPerStepAndEscapesTags() {
        String md = ChecklistMarkdown.render(document(checklist("<img src=x onerror=alert(1)>"), Locale.ENGLISH));

        assertThat(md).contains("- [ ] Copy msgstore-2026-11-18.1.db.crypt14 somewhere safe", "&lt;img src=x");
        assertThat(md).doesNotContain("<img");
        assertThat(md.lines().filter(l -> l.startsWith("- [ ] ")).count()).isEqualTo(2);
    }

    @Test
    void pdfTextCanBeExtractedWithTheBackupTheDeadlineAndTheAccents() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistPdf.render(document(checklist("Zoé"), Locale.FRENCH), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(BACKUP, "19 nov. 2026, 02:00", "Chloé Lefèvre",
                    "La sauvegarde à utiliser");
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    /** The copy step ticked by Léa, the checklist signed off by Léa and Marc. */
    private static ChecklistDocument followed(Locale locale) {
        Progress progress = new Progress(Map.of("protect.copy", new Progress.Tick("protect.copy", "Léa",
                Paris.at("2026-11-18T12:30"))), Optional.of(new Progress.SignOff("Léa Martin", "Marc Dubois",
                Paris.at("2026-11-18T15:45"))));
        return ChecklistDocument.of(checklist("Zoé"), progress, new Formats(Messages.of(locale)));
    }

    @Test
    void markdownTicksTheTickedStepAndFillsTheSignOff() {
        String md = ChecklistMarkdown.render(followed(Locale.ENGLISH));

        assertThat(md).contains("- [x] Copy msgstore-2026-11-18.1.db.crypt14 somewhere safe",
                "ticked by Léa on 18 Nov 2026, 12:30", "Performed by: **Léa Martin**",
                "Checked by: **Marc Dubois**", "Date: **18 Nov 2026, 15:45**");
        assertThat(md.lines().filter(l -> l.startsWith("- [x] ")).count()).isEqualTo(1);
        assertThat(md.lines().filter(l -> l.startsWith("- [ ] ")).count()).isEqualTo(1);
        assertThat(md).doesNotContain("______");
    }

    @Test
    void htmlChecksTheTickedBoxAndSaysWhoTickedIt() {
        String html = ChecklistHtml.render(followed(Locale.FRENCH), Locale.FRENCH);

        assertThat(html).contains("data-step=\"protect.copy\" checked>",
                "<small class=\"ticked\">cochée par Léa le 18 nov. 2026, 12:30</small>",
                "Réalisé par: <strong>Léa Martin</strong>", "<strong>Marc Dubois</strong>",
                "<strong>18 nov. 2026, 15:45</strong>");
        assertThat(html).contains("data-step=\"restore.whatsapp.rename\">");
        assertThat(html.split(" checked>", -1)).hasSize(2);
    }

    @Test
    void pdfSaysWhoTickedTheStepAndWhoSignedOff() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistPdf.render(followed(Locale.ENGLISH), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ticked by Léa on 18 Nov 2026, 12:30", "Léa Martin", "Marc Dubois",
                    "18 Nov 2026, 15:45");
            assertThat(text.split("ticked by", -1)).hasSize(2);
        }
    }

    @Test
    void aChecklistNobodyFollowedHasEmptyBoxesAndBlankLinesInEachFormat() throws IOException {
        ChecklistDocument document = ChecklistDocument.of(checklist("Zoé"), Progress.NONE,
                new Formats(Messages.of(Locale.ENGLISH)));

        String md = ChecklistMarkdown.render(document);
        assertThat(md.lines().filter(l -> l.startsWith("- [ ] ")).count()).isEqualTo(2);
        assertThat(md).doesNotContain("- [x]", "ticked by").contains("Performed by: ______");
        String html = ChecklistHtml.render(document, Locale.ENGLISH);
        assertThat(html).doesNotContain(" checked", "ticked by").contains("Performed by:</div>", "Date:</div>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistPdf.render(document, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("ticked by").contains("Performed by :");
        }
    }

    @Test
    void timesAreInTheLanguagesOneFormatAndTheZoneIsNamedOnce() {
        String en = ChecklistMarkdown.render(document(checklist("Zoé"), Locale.ENGLISH));
        String fr = ChecklistMarkdown.render(document(checklist("Zoé"), Locale.FRENCH));

        assertThat(en).contains("before 19 Nov 2026, 02:00", "Whose conversations may be opened");
        assertThat(fr).contains("avant le 19 nov. 2026, 02:00", "Conversations qui peuvent être ouvertes");
        assertThat(en.split("Europe/Paris", -1)).as("the zone, beside the time of writing only").hasSize(2);
        assertThat(en).doesNotContain("2026-11-19 02:00");
    }
}
