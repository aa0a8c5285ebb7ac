package dev.vigie.simulation;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a batch of events: one per line, {@code label,created,deleted} for a message (created may be empty: it
 * existed long before) or {@code label,lost} for a loss. A header line may come first; then every line is read by
 * its names, strictly: as many cells as the header has columns, {@code label} and one of {@code deleted} or
 * {@code lost} filled ({@code label,created,deleted,lost} mixes both kinds). Without a header, two cells are a loss
 * and three a message. Blank lines are skipped; a byte-order mark is refused (spreadsheets add one, and it would
 * hide the header). All or nothing: the first bad line stops the reading.
 */
public final class EventsCsv {

    private static final Set<String> NAMES = Set.of("label", "created", "deleted", "lost");

    private EventsCsv() {
    }

    /**
     * @param file what to call the file in a problem
     * @param text its content
     * @param time reads one time, throwing {@link InputProblem} when it cannot (the faces' one time reader, so that
     *             a CSV takes the same times as the command line)
     * @throws InputProblem {@code error.simulate.csv.bom}, {@code .header}, {@code .columns}, {@code .time},
     *                      {@code .order} or {@code .empty}, with the file and the line number (1-based) first
     */
    public static List<DataEvent> parse(String file, String text, Function<String, Instant> time) {
        if (text.startsWith("\uFEFF")) {
            throw new InputProblem("error.simulate.csv.bom", file);
        }
        List<DataEvent> events = new ArrayList<>();
        Optional<Map<String, Integer>> header = Optional.empty();
        boolean first = true;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = cells(line);
            if (first) {
                first = false;
                if (looksLikeHeader(cells)) {
                    header = Optional.of(header(cells, file, number, line));
                    continue;
                }
            }
            events.add(header.isPresent() ? byName(header.get(), cells, time, file, number, line)
                    : byPosition(cells, time, file, number, line));
        }
        if (events.isEmpty()) {
            throw new InputProblem("error.simulate.csv.empty", file);
        }
        return events;
    }

    private static String[] cells(String line) {
        String[] cells = line.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        return cells;
    }

    /** A first line that starts with the word {@code label}, or names only columns: a header, read strictly. */
    private static boolean looksLikeHeader(String[] cells) {
        boolean allNames = true;
        for (String cell : cells) {
            allNames &= NAMES.contains(cell.toLowerCase(Locale.ROOT));
        }
        return allNames || cells[0].toLowerCase(Locale.ROOT).equals("label");
    }

    private static Map<String, Integer> header(String[] cells, String file, int number, String line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c].toLowerCase(Locale.ROOT);
            if (!NAMES.contains(name) || columns.putIfAbsent(name, c) != null) {
                throw new InputProblem("error.simulate.csv.header", file, number, line);
            }
        }
        if (!columns.containsKey("deleted") && !columns.containsKey("lost")
                || columns.containsKey("created") && !columns.containsKey("deleted")) {
            throw new InputProblem("error.simulate.csv.header", file, number, line);
        }
        return columns;
    }

    private static DataEvent byName(Map<String, Integer> columns, String[] cells, Function<String, Instant> time,
                                    String file, int number, String line) {
        if (cells.length != columns.size()) {
            throw new InputProblem("error.simulate.csv.columns", file, number, line);
        }
        String label = cell(columns, cells, "label");
        String created = cell(columns, cells, "created");
        String deleted = cell(columns, cells, "deleted");
        String lost = cell(columns, cells, "lost");
        if (label.isEmpty() || deleted.isEmpty() == lost.isEmpty() || !lost.isEmpty() && !created.isEmpty()) {
            throw new InputProblem("error.simulate.csv.columns", file, number, line);
        }
        return !lost.isEmpty() ? new LossEvent(label, read(lost, time, file, number))
                : message(label, created, deleted, time, file, number, line);
    }

    private static String cell(Map<String, Integer> columns, String[] cells, String name) {
        Integer at = columns.get(name);
        return at == null ? "" : cells[at];
    }

    private static DataEvent byPosition(String[] cells, Function<String, Instant> time, String file, int number,
                                        String line) {
        if (cells.length < 2 || cells.length > 3 || cells[0].isEmpty()) {
            throw new InputProblem("error.simulate.csv.columns", file, number, line);
        }
        if (cells.length == 2) {
            return new LossEvent(cells[0], read(cells[1], time, file, number));
        }
        return message(cells[0], cells[1], cells[2], time, file, number, line);
    }

    private static DataEvent message(String label, String createdCell, String deletedCell,
                                     Function<String, Instant> time, String file, int number, String line) {
        Optional<Instant> created = createdCell.isEmpty() ? Optional.empty()
                : Optional.of(read(createdCell, time, file, number));
        Instant deleted = read(deletedCell, time, file, number);
        if (created.filter(c -> c.isAfter(deleted)).isPresent()) {
            throw new InputProblem("error.simulate.csv.order", file, number, line);
        }
        return new MessageEvent(label, created, deleted);
    }

    private static Instant read(String cell, Function<String, Instant> time, String file, int number) {
        if (cell.isEmpty()) {
            throw new InputProblem("error.simulate.csv.time", file, number, cell);
        }
        try {
            return time.apply(cell);
        } catch (InputProblem problem) {
            if (problem.messageKey().equals("error.time.range")) {
                throw new InputProblem(problem, "error.simulate.csv.range", file, number, cell);
            }
            throw new InputProblem(problem, "error.simulate.csv.time", file, number, cell);
        }
    }
}
