package dev.vigie.ledger;

/**
 * Keeps spreadsheets from running what a CSV cell says (CSV injection, OWASP): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a single quote in front, which
 * spreadsheets take as "this is text". Phone numbers in E.164 start with {@code +}, so they get the quote too: a
 * spreadsheet then shows them as text rather than turning them into a number without its plus. Import removes that
 * one quote again, so an export reads back as it was.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The cell as written to a CSV file. */
    public static String neutralise(String cell) {
        return startsLikeFormula(cell, 0) ? "'" + cell : cell;
    }

    /** The cell as read from a CSV file: the quote {@link #neutralise} adds is taken away. */
    public static String restore(String cell) {
        return cell.startsWith("'") && startsLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String cell, int at) {
        return cell.length() > at && FORMULA_STARTS.indexOf(cell.charAt(at)) >= 0;
    }
}
