package dev.vigie.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.ImportRow;
import dev.vigie.consent.Purpose;
import dev.vigie.report.Json;
import dev.vigie.testing.Paris;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rows with their line numbers, whatever the CSV's quoting, and writing cells no spreadsheet will run. */
class LedgerFilesTest {

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Path csv = file("contacts.csv", """
                id,name,phone,conversation
                anna,"Martin, Anna",+33 6 12 34 56 78,"Boutique ""Les Halles""\"
                bruno,"Bruno
                Dupont",06 98 76 54 32,"line one
                line two"
                chloe,Chloé,+33 7 81 23 45 67,
                """);

        ParsedRows<Contact> parsed = LedgerFiles.readContacts(csv, FileFormat.CSV, Optional.of("FR"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(2L, 3L, 6L);
        Contact anna = parsed.rows().get(0).value();
        assertThat(anna.name()).isEqualTo("Martin, Anna");
        assertThat(anna.conversation()).contains("Boutique \"Les Halles\"");
        assertThat(parsed.rows().get(1).value().name()).isEqualTo("Bruno\nDupont");
        assertThat(parsed.rows().get(1).value().phone()).isEqualTo("+33698765432");
        assertThat(parsed.rows().get(2).value().conversation()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsSkippedAndHeadersMatchWhateverTheirCase() throws Exception {
        Path csv = file("bom.csv", "\uFEFFId , NAME,Phone\r\nanna,Anna,+33612345678\r\n");

        ParsedRows<Contact> parsed = LedgerFiles.readContacts(csv, FileFormat.CSV, Optional.empty());

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> assertThat(r.value().id()).isEqualTo("anna"));
    }

    @Test
    void blankLinesDoNotShiftTheLineNumbersOfErrors() throws Exception {
        Path csv = file("consents.csv", """
                contact_id,purpose,granted_at,method,evidence,withdrawn_at

                anna,restore-access,2026-01-10,form,"F-1,
                page 2",

                anna,archive,10/01/2026,fax,,
                bruno,archive,2026-02-01,paper,,2026-01-01
                """);

        ParsedRows<ConsentRecord> parsed = LedgerFiles.readConsents(csv, FileFormat.CSV, Paris.ZONE);

        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.value().grantedAt()).as("a bare date is midnight in the zone")
                    .isEqualTo(Paris.at("2026-01-10T00:00"));
            assertThat(r.value().evidence()).contains("F-1,\npage 2");
        });
        assertThat(parsed.errors()).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(6L, "error.import.time"),
                tuple(6L, "error.import.method"),
                tuple(7L, "error.import.withdrawnBeforeGranted"));
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsIsOneErrorEachOnLineOne() throws Exception {
        Path csv = file("bad-header.csv", "contact,purpose,granted_at,method,email\nanna,archive,2026-01-01,form,x\n");

        ParsedRows<ConsentRecord> parsed = LedgerFiles.readConsents(csv, FileFormat.CSV, Paris.ZONE);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(ImportError::line).containsOnly(1L);
        assertThat(parsed.errors()).extracting(ImportError::messageKey).containsExactlyInAnyOrder(
                "error.import.unknownColumn", "error.import.unknownColumn", "error.import.missingColumn");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItsRowStarts() throws Exception {
        Path csv = file("quote.csv", "id,name,phone\nanna,Anna,+33612345678\nbruno,\"Bruno,+33698765432\n");

        ParsedRows<Contact> parsed = LedgerFiles.readContacts(csv, FileFormat.CSV, Optional.empty());

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("error.import.csv");
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void jsonRowsCarryTheLineTheirObjectStartsOn() throws Exception {
        Path json = file("consents.json", """
                [
                  {"contact_id": "anna", "purpose": "restore-access", "granted_at": "2026-01-10T10:00:00+01:00",
                   "method": "whatsapp-message", "evidence": null},
                  {"contact_id": "anna", "purpose": "archive",
                   "granted_at": "2026-01-10", "method": "form", "colour": "blue"},
                  {"contact_id": "bruno", "purpose": "teleport", "granted_at": "2026-01-10", "method": "form"}
                ]
                """);

        ParsedRows<ConsentRecord> parsed = LedgerFiles.readConsents(json, FileFormat.JSON, Paris.ZONE);

        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.value().method()).isEqualTo(ConsentMethod.WHATSAPP_MESSAGE);
            assertThat(r.value().purpose()).isEqualTo(Purpose.RESTORE_ACCESS);
        });
        assertThat(parsed.errors()).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(4L, "error.import.unknownField"),
                tuple(6L, "error.import.purpose"));
    }

    @Test
    void brokenJsonIsOneErrorWithItsLine() throws Exception {
        Path json = file("broken.json", "[\n  {\"id\": \"anna\", \"name\": \"Anna\"\n  \"phone\": \"+33612345678\"}\n]\n");

        ParsedRows<Contact> parsed = LedgerFiles.readContacts(json, FileFormat.JSON, Optional.empty());

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("error.import.json");
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void exportedCellsThatLookLikeFormulasStartWithAQuotePhoneNumbersToo() throws Exception {
        Path csv = tmp.resolve("out.csv");
        List<Contact> contacts = List.of(
                new Contact("anna", "=HYPERLINK(\"http://evil\",\"x\")", "+33612345678",
                        Optional.of("@SUM(A1:A2)"), Optional.empty()),
                new Contact("bruno", "-2+3", "+33698765432", Optional.of("\tcmd"), Optional.empty()),
                new Contact("chloe", "Chloé", "+33781234567", Optional.of("plain, text"), Optional.empty()));

        LedgerFiles.writeContacts(csv, FileFormat.CSV, contacts);

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte-order mark")
                .isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new String(bytes, StandardCharsets.UTF_8).substring(1),
                CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(records.get(1).toList()).containsExactly("anna", "'=HYPERLINK(\"http://evil\",\"x\")",
                "'+33612345678", "'@SUM(A1:A2)");
        assertThat(records.get(2).toList()).containsExactly("bruno", "'-2+3", "'+33698765432", "'\tcmd");
        assertThat(records.get(3).toList()).containsExactly("chloe", "Chloé", "'+33781234567", "plain, text");
    }

    @Test
    void anExportReadsBackAsItWas() throws Exception {
        Path csv = tmp.resolve("round.csv");
        List<Contact> contacts = List.of(new Contact("anna", "=1+1", "+33612345678", Optional.of("a\nb"),
                Optional.empty()));

        LedgerFiles.writeContacts(csv, FileFormat.CSV, contacts);
        ParsedRows<Contact> back = LedgerFiles.readContacts(csv, FileFormat.CSV, Optional.empty());

        assertThat(back.errors()).isEmpty();
        assertThat(back.rows()).extracting(ImportRow::value).containsExactlyElementsOf(contacts);
    }

    @Test
    void jsonExportsAreLeftAsTheyAre() throws Exception {
        Path json = tmp.resolve("out.json");

        LedgerFiles.writeContacts(json, FileFormat.JSON, List.of(new Contact("anna", "=1+1", "+33612345678",
                Optional.empty(), Optional.empty())));

        JsonNode node = Json.mapper().readTree(json.toFile());
        assertThat(node.get(0).get("name").asText()).isEqualTo("=1+1");
        assertThat(node.get(0).get("phone").asText()).isEqualTo("+33612345678");
        assertThat(node.get(0).get("conversation").isNull()).isTrue();
    }
}
