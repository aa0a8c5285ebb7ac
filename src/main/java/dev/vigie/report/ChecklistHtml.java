package dev.vigie.report;

import java.util.Locale;
import java.util.Map;

/**
 * A checklist as one self-contained, printable HTML page: no script, no external file, every text escaped, so a
 * contact named {@code <script>} stays a name.
 */
public final class ChecklistHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.4;"
            + "color:#111}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}"
            + ".banner{border:2px solid #b45309;background:#fff7ed;padding:.6em;font-weight:bold}"
            + "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}"
            + "ul.steps{list-style:none;padding-left:0}ul.steps li{margin:.35em 0}"
            + "ul.steps input{margin-right:.6em;transform:scale(1.2)}"
            + ".ticked{display:block;margin-left:2.1em;color:#555;font-size:.8em}"
            + ".sign{margin:1.2em 0;border-bottom:1px solid #333;width:60%;padding-top:1.2em}"
            + "@media print{body{margin:1cm}.banner{background:none}}";

    private ChecklistHtml() {
    }

    public static String render(ChecklistDocument document, Locale locale) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(document.title()))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(document.title())).append("</h1>\n");
        int box = 0;
        for (ChecklistDocument.Block block : document.blocks()) {
            if (block instanceof ChecklistDocument.Banner b) {
                out.append("<p class=\"banner\">").append(escape(b.text())).append("</p>\n");
            } else if (block instanceof ChecklistDocument.Heading h) {
                out.append("<h2>").append(escape(h.text())).append("</h2>\n");
            } else if (block instanceof ChecklistDocument.Fields f) {
                out.append("<dl>\n");
                for (Map.Entry<String, String> field : f.fields()) {
                    out.append("<dt>").append(escape(field.getKey())).append("</dt><dd>")
                            .append(escape(field.getValue())).append("</dd>\n");
                }
                out.append("</dl>\n");
            } else if (block instanceof ChecklistDocument.Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof ChecklistDocument.Steps s) {
                out.append("<h2>").append(escape(s.title())).append("</h2>\n<ul class=\"steps\">\n");
                for (ChecklistDocument.Item step : s.steps()) {
                    String id = "step-" + (++box);
                    out.append("<li><input type=\"checkbox\" id=\"").append(id).append("\" data-step=\"")
                            .append(escape(step.id())).append('"').append(step.ticked().isPresent() ? " checked" : "")
                            .append("><label for=\"").append(id).append("\">").append(escape(step.words()))
                            .append("</label>");
                    step.ticked().ifPresent(t -> out.append("<small class=\"ticked\">").append(escape(t))
                            .append("</small>"));
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            } else if (block instanceof ChecklistDocument.Bullets b) {
                out.append("<p><strong>").append(escape(b.title())).append("</strong></p>\n<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof ChecklistDocument.SignOff s) {
                out.append("<h2>").append(escape(s.title())).append("</h2>\n");
                for (int i = 0; i < s.labels().size(); i++) {
                    out.append("<div class=\"sign\">").append(escape(s.labels().get(i))).append(':');
                    s.line(i).ifPresent(v -> out.append(" <strong>").append(escape(v))
                            .append("</strong>"));
                    out.append("</div>\n");
                }
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** Text as HTML text or attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
