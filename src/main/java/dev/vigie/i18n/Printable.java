package dev.vigie.i18n;

/**
 * Names from outside (files, folders, sources) as text output may show them: control characters (line breaks,
 * escape sequences) and invisible direction marks escaped, so that a folder named {@code "2026-11-18\nVIGIE OK"}
 * cannot forge a line of a monitoring plugin's output, nor recolour or reorder a terminal.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with {@code \n}, {@code \r}, {@code \t} and every other control or format character escaped. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (!hidden) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
