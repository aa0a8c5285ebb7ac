package dev.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the database's JSON columns (a set's paths and details, a warning's values).
 *
 * <p>Deliberately not {@code report.Json}: that mapper writes for people and may change with the reports, while
 * these columns must stay readable by every later Vigie; and adapters depend on the core only. Numbers in details
 * come back as the smallest type that holds them (an int, else a long), which JSON output does not show.
 */
final class StoredJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Keys sorted, no spaces: the same details always give the same text, as the audit chain hashes it. */
    private static final ObjectWriter SORTED = MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store " + value + " as JSON", e);
        }
    }

    /** A map of plain values (texts, numbers, booleans, lists of them) as JSON with its keys sorted. */
    static String sorted(Map<String, ?> value) {
        try {
            return SORTED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot store " + value + " as JSON", e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static Map<String, Object> object(String json) {
        return read(json, OBJECT);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read stored JSON " + json, e);
        }
    }
}
