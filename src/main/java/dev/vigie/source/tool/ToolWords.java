package dev.vigie.source.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines of a tool's report worth showing a person: no blank lines, no progress bars, no tracebacks. */
public final class ToolWords {

    private static final int MAX_LENGTH = 300;

    private ToolWords() {
    }

    /** The lines worth showing; an indented line continues the one before it (restic's "error for tree x:"). */
    public static List<String> lines(String text) {
        List<String> joined = new ArrayList<>();
        for (String line : text.split("\\R")) {
            boolean continues = !line.isBlank() && Character.isWhitespace(line.charAt(0)) && !joined.isEmpty();
            if (continues) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line.strip());
            } else {
                joined.add(line);
            }
        }
        return joined.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("[") && !l.startsWith("Traceback")
                        && !l.toLowerCase(Locale.ROOT).startsWith("using temporary cache"))
                .map(l -> l.length() > MAX_LENGTH ? l.substring(0, MAX_LENGTH) + "…" : l)
                .toList();
    }

    /** The first line worth showing, or the exit code when the tool said nothing. */
    public static String first(ToolOutput output) {
        List<String> lines = lines(output.stderr());
        return lines.isEmpty() ? "exit code " + output.exitCode() : lines.get(0);
    }

    public static boolean contains(String text, String... words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
