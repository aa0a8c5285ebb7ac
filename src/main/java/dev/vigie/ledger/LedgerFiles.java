package dev.vigie.ledger;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditEntry;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.io.Reasons;
import dev.vigie.report.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledger's files, in and out. CSV is UTF-8 with a header row of the columns of {@link LedgerKind}; JSON is an
 * array of objects with the same names. Times are ISO-8601; a bare date read is midnight in the user's zone, and
 * times written carry the zone's offset. Exported CSV starts with a byte-order mark (so spreadsheets take it as
 * UTF-8) and neutralises cells a spreadsheet would run ({@link SpreadsheetCells}).
 */
public final class LedgerFiles {

    private LedgerFiles() {
    }

    /**
     * The format given, else the one the file's extension says.
     *
     * @throws InputProblem when neither says one
     */
    public static FileFormat formatOf(Path file, Optional<FileFormat> given) {
        return given.or(() -> FileFormat.ofFileName(file.getFileName().toString()))
                .orElseThrow(() -> new InputProblem("error.import.format", file.toString()));
    }

    // --- reading ---

    /** @param region the region of national phone numbers, already checked with {@link PhoneNumbers#region} */
    public static ParsedRows<Contact> readContacts(Path file, FileFormat format, Optional<String> region) {
        String label = file.toString();
        return LedgerRows.contacts(LedgerFileReader.read(LedgerKind.CONTACTS, file, label, format), label, region);
    }

    /** @param zone the zone of bare dates and local date-times */
    public static ParsedRows<ConsentRecord> readConsents(Path file, FileFormat format, ZoneId zone) {
        String label = file.toString();
        return LedgerRows.consents(LedgerFileReader.read(LedgerKind.CONSENTS, file, label, format), label, zone);
    }

    /** @param zone the zone of bare dates and local date-times, and of the due date (one month after receipt) */
    public static ParsedRows<ErasureRequest> readErasures(Path file, FileFormat format, ZoneId zone) {
        String label = file.toString();
        return LedgerRows.erasures(LedgerFileReader.read(LedgerKind.ERASURES, file, label, format), label, zone);
    }

    // --- writing ---

    public static void writeContacts(Path file, FileFormat format, List<Contact> contacts) {
        List<List<String>> rows = new ArrayList<>();
        for (Contact c : contacts) {
            rows.add(Arrays.asList(c.id(), c.name(), c.phone(), c.conversation().orElse(null)));
        }
        write(file, format, LedgerKind.CONTACTS, rows);
    }

    public static void writeConsents(Path file, FileFormat format, List<ConsentRecord> consents, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (ConsentRecord c : consents) {
            rows.add(Arrays.asList(c.contactId(), c.purpose().id(), time(c.grantedAt(), zone), c.method().id(),
                    c.evidence().orElse(null), c.withdrawnAt().map(t -> time(t, zone)).orElse(null)));
        }
        write(file, format, LedgerKind.CONSENTS, rows);
    }

    public static void writeErasures(Path file, FileFormat format, List<ErasureRequest> erasures, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (ErasureRequest e : erasures) {
            rows.add(Arrays.asList(e.contactId(), time(e.receivedAt(), zone),
                    e.completedAt().map(t -> time(t, zone)).orElse(null), e.scope().orElse(null)));
        }
        write(file, format, LedgerKind.ERASURES, rows);
    }

    /**
     * The audit log as JSON lines: one object per line, {@code {"seq", "time", "actor", "action", "subject",
     * "details", "prevHash", "hash"}}, {@code time} in UTC as hashed, {@code details} the JSON text exactly as
     * hashed, so that anyone can check the chain from the export alone.
     */
    public static void writeAudit(Path file, List<AuditEntry> entries) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var writer = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
            for (AuditEntry e : entries) {
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("seq", e.seq());
                node.put("time", AuditChain.time(e.time()));
                node.put("actor", e.actor());
                node.put("action", e.action());
                node.put("subject", e.subject());
                node.put("details", e.details());
                node.put("prevHash", e.prevHash());
                node.put("hash", e.hash());
                out.write(writer.writeValueAsString(node));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new InputProblem(e, "error.export.write", file.toString(), Reasons.of(e));
        }
    }

    private static String time(Instant instant, ZoneId zone) {
        return Json.time(instant, zone);
    }

    private static void write(Path file, FileFormat format, LedgerKind kind, List<List<String>> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format == FileFormat.CSV) {
                out.write('\uFEFF');
                try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                    printer.printRecord(kind.columns());
                    for (List<String> row : rows) {
                        List<String> cells = new ArrayList<>();
                        for (String cell : row) {
                            cells.add(cell == null ? "" : SpreadsheetCells.neutralise(cell));
                        }
                        printer.printRecord(cells);
                    }
                }
            } else {
                ArrayNode array = Json.mapper().createArrayNode();
                for (List<String> row : rows) {
                    ObjectNode node = array.addObject();
                    for (int i = 0; i < kind.columns().size(); i++) {
                        node.put(kind.columns().get(i), row.get(i));
                    }
                }
                out.write(Json.mapper().writeValueAsString(array));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new InputProblem(e, "error.export.write", file.toString(), Reasons.of(e));
        }
    }
}
