package dev.vigie.simulation;

import dev.vigie.backup.InputProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a batch of events: one per line, {@code label,created,deleted} for a message (created may be empty: it
 * existed long before) or {@code label,lost} for a loss. A header line naming those columns may come first; blank
 * lines are skipped. All or nothing: the first bad line stops the reading.
 */
public final class EventsCsv {

    private EventsCsv() {
    }

    /**
     * @param file what to call the file in a problem
     * @param text its content
     * @param time reads one time, throwing {@link InputProblem} when it cannot (the faces' one time reader, so that
     *             a CSV takes the same times as the command line)
     * @throws InputProblem {@code error.simulate.csv.columns}, {@code .time}, {@code .order} or {@code .empty}, with
     *                      the file and the line number (1-based) first
     */
    public static List<DataEvent> parse(String file, String text, Function<String, Instant> time) {
        List<DataEvent> events = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || events.isEmpty() && isHeader(line)) {
                continue;
            }
            String[] cells = line.split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            if (cells.length < 2 || cells.length > 3 || cells[0].isEmpty()) {
                throw new InputProblem("error.simulate.csv.columns", file, number, line);
            }
            if (cells.length == 2) {
                events.add(new LossEvent(cells[0], read(cells[1], time, file, number)));
                continue;
            }
            Optional<Instant> created = cells[1].isEmpty() ? Optional.empty()
                    : Optional.of(read(cells[1], time, file, number));
            Instant deleted = read(cells[2], time, file, number);
            if (created.filter(c -> c.isAfter(deleted)).isPresent()) {
                throw new InputProblem("error.simulate.csv.order", file, number, line);
            }
            events.add(new MessageEvent(cells[0], created, deleted));
        }
        if (events.isEmpty()) {
            throw new InputProblem("error.simulate.csv.empty", file);
        }
        return events;
    }

    private static boolean isHeader(String line) {
        String compact = line.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.equals("label,created,deleted") || compact.equals("label,lost");
    }

    private static Instant read(String cell, Function<String, Instant> time, String file, int number) {
        if (cell.isEmpty()) {
            throw new InputProblem("error.simulate.csv.time", file, number, cell);
        }
        try {
            return time.apply(cell);
        } catch (InputProblem problem) {
            throw new InputProblem(problem, "error.simulate.csv.time", file, number, cell);
        }
    }
}
