package dev.vigie.ledger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.LedgerKind;
import dev.vigie.io.Reasons;
import dev.vigie.report.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a ledger file into raw rows, each with the line it starts on: CSV (UTF-8, a header row, RFC 4180 quoting;
 * a byte-order mark is skipped) or JSON (an array of objects with the same names as the CSV columns).
 */
final class LedgerFileReader {

    private static final char BOM = '\uFEFF';

    private LedgerFileReader() {
    }

    /**
     * @param label how errors name the file
     * @throws InputProblem when the file cannot be read at all
     */
    static RawFile read(LedgerKind kind, Path file, String label, FileFormat format) {
        String text = text(file);
        return format == FileFormat.CSV ? csv(kind, text, label) : json(kind, text, label);
    }

    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(e, "error.import.read", file.toString(), Reasons.of(e));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputProblem(e, "error.import.encoding", file.toString());
        }
    }

    // --- CSV ---

    private static RawFile csv(LedgerKind kind, String text, String label) {
        List<RawRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(ImportError.at(label, 1, "error.import.empty", String.join(",", kind.columns())));
                return new RawFile(rows, errors);
            }
            CSVRecord headerRecord = records.next();
            long headerLine = lines.lineOf(headerRecord.getCharacterPosition());
            List<String> header = new ArrayList<>();
            for (String name : headerRecord) {
                header.add(name.strip().toLowerCase(Locale.ROOT));
            }
            nextLine = parser.getCurrentLineNumber() + 1;
            errors.addAll(checkColumns(kind, header, label, headerLine));
            if (!errors.isEmpty()) {
                return new RawFile(rows, errors);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lines.lineOf(record.getCharacterPosition());
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() > header.size()) {
                    errors.add(ImportError.at(label, line, "error.import.tooManyCells", record.size(),
                            header.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = SpreadsheetCells.restore(record.get(i).strip()).strip();
                    if (!value.isEmpty()) {
                        cells.put(header.get(i), value);
                    }
                }
                rows.add(new RawRow(line, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            // A quote left open: the record that starts after the last whole one never ends.
            errors.add(ImportError.at(label, nextLine, "error.import.csv", Reasons.of(e)));
        }
        return new RawFile(rows, errors);
    }

    /** Every column known, none twice, the required ones present. */
    private static List<ImportError> checkColumns(LedgerKind kind, List<String> header, String label, long line) {
        List<ImportError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!kind.columns().contains(column)) {
                errors.add(ImportError.at(label, line, "error.import.unknownColumn", column,
                        String.join(",", kind.columns())));
            } else if (!seen.add(column)) {
                errors.add(ImportError.at(label, line, "error.import.repeatedColumn", column));
            }
        }
        for (String required : LedgerRows.required(kind)) {
            if (!seen.contains(required)) {
                errors.add(ImportError.at(label, line, "error.import.missingColumn", required,
                        String.join(",", kind.columns())));
            }
        }
        return errors;
    }

    // --- JSON ---

    private static RawFile json(LedgerKind kind, String text, String label) {
        List<RawRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                errors.add(ImportError.at(label, line(parser.currentTokenLocation()), "error.import.jsonNotArray"));
                return new RawFile(rows, errors);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    errors.add(ImportError.at(label, line(parser.currentLocation()), "error.import.json",
                            "the file ends inside the array"));
                    return new RawFile(rows, errors);
                }
                long line = line(parser.currentTokenLocation());
                JsonNode node = Json.mapper().readTree(parser);
                if (node == null || !node.isObject()) {
                    errors.add(ImportError.at(label, line, "error.import.jsonNotObject"));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                boolean sound = true;
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String column = field.getKey();
                    JsonNode value = field.getValue();
                    if (!kind.columns().contains(column)) {
                        errors.add(ImportError.at(label, line, "error.import.unknownField", column,
                                String.join(", ", kind.columns())));
                        sound = false;
                    } else if (value.isContainerNode()) {
                        errors.add(ImportError.at(label, line, "error.import.jsonValue", column));
                        sound = false;
                    } else if (!value.isNull() && !value.asText().isBlank()) {
                        cells.put(column, value.asText().strip());
                    }
                }
                if (sound) {
                    rows.add(new RawRow(line, cells));
                }
            }
            if (parser.nextToken() != null) {
                errors.add(ImportError.at(label, line(parser.currentTokenLocation()), "error.import.jsonTrailing"));
            }
        } catch (JsonProcessingException e) {
            errors.add(ImportError.at(label, e.getLocation() == null ? 1 : line(e.getLocation()), "error.import.json",
                    e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawFile(rows, errors);
    }

    private static long line(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }

    /** Line numbers of character positions; CR LF, LF and a lone CR each end a line. */
    private static final class LineIndex {

        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();

        LineIndex(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                if (ch == '\n' || ch == '\r') {
                    lineStarts.add(i + 1);
                }
            }
        }

        /**
         * The line of the first character at or after {@code position} that is not a line break: commons-csv gives
         * a record's position before the empty lines it skipped.
         */
        long lineOf(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            int index = Collections.binarySearch(lineStarts, p);
            return (index >= 0 ? index : -index - 2) + 1L;
        }
    }
}
