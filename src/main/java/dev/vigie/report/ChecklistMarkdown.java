package dev.vigie.report;

import java.util.Map;
import java.util.Optional;

/** A checklist as Markdown, with GitHub-style task boxes. */
public final class ChecklistMarkdown {

    private ChecklistMarkdown() {
    }

    public static String render(ChecklistDocument document) {
        StringBuilder out = new StringBuilder("# ").append(inline(document.title())).append("\n\n");
        for (ChecklistDocument.Block block : document.blocks()) {
            if (block instanceof ChecklistDocument.Banner b) {
                out.append("> **").append(inline(b.text())).append("**\n\n");
            } else if (block instanceof ChecklistDocument.Heading h) {
                out.append("## ").append(inline(h.text())).append("\n\n");
            } else if (block instanceof ChecklistDocument.Fields f) {
                for (Map.Entry<String, String> field : f.fields()) {
                    out.append("- **").append(inline(field.getKey())).append("**: ")
                            .append(inline(field.getValue())).append('\n');
                }
                out.append('\n');
            } else if (block instanceof ChecklistDocument.Paragraph p) {
                out.append(inline(p.text())).append("\n\n");
            } else if (block instanceof ChecklistDocument.Steps s) {
                out.append("## ").append(inline(s.title())).append("\n\n");
                for (ChecklistDocument.Item step : s.steps()) {
                    out.append(step.ticked().isPresent() ? "- [x] " : "- [ ] ").append(inline(step.words()))
                            .append('\n');
                    step.ticked().ifPresent(t -> out.append("  *").append(inline(t)).append("*\n"));
                }
                out.append('\n');
            } else if (block instanceof ChecklistDocument.Bullets b) {
                out.append("**").append(inline(b.title())).append("**\n\n");
                b.items().forEach(item -> out.append("- ").append(inline(item)).append('\n'));
                out.append('\n');
            } else if (block instanceof ChecklistDocument.SignOff s) {
                out.append("## ").append(inline(s.title())).append("\n\n");
                for (int i = 0; i < s.labels().size(); i++) {
                    out.append(inline(s.labels().get(i))).append(": ");
                    Optional<String> signed = s.line(i);
                    out.append(signed.map(v -> "**" + inline(v) + "**").orElse("______________________"))
                            .append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /** Text as text: Markdown's and HTML's special characters escaped, lines joined. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
