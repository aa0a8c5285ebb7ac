package dev.vigie.report;

import dev.vigie.i18n.Printable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A plain-text table with padded columns, for terminal output. */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final Set<Integer> rightAligned = new HashSet<>();
    private final int columns;

    public TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    public void alignRight(int... columnIndexes) {
        for (int c : columnIndexes) {
            rightAligned.add(c);
        }
    }

    public void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] shown = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            shown[c] = Printable.escape(cells[c]); // a cell is one line: a name cannot break out of its row
        }
        rows.add(shown);
    }

    public String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(rightAligned.contains(c) ? pad + cell : cell + (c == columns - 1 ? "" : pad));
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
