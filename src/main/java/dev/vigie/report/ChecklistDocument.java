package dev.vigie.report;

import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChosenBackup;
import dev.vigie.checklist.ConsentScope;
import dev.vigie.checklist.Bytes;
import dev.vigie.checklist.Progress;
import dev.vigie.checklist.Section;
import dev.vigie.checklist.Step;
import dev.vigie.checklist.Verification;
import dev.vigie.consent.Contact;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checklist worded in the reader's language, as blocks every export lays out its own way: Markdown, HTML, PDF and
 * the window show the same words.
 *
 * @param title  the title
 * @param blocks in reading order
 */
public record ChecklistDocument(String title, List<Block> blocks) {

    /** One part of the document. */
    public sealed interface Block permits Banner, Heading, Fields, Paragraph, Steps, Bullets, SignOff {
    }

    /** A warning across the page: practice, no backup. */
    public record Banner(String text) implements Block {
    }

    public record Heading(String text) implements Block {
    }

    /** Label and value pairs, in order. */
    public record Fields(List<Map.Entry<String, String>> fields) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A section of checkable steps. */
    public record Steps(String title, List<Item> steps) implements Block {
    }

    /**
     * One checkable step.
     *
     * @param id     the step's id, for ticks
     * @param words  what to do
     * @param ticked who ticked it and when, worded ("ticked by Léa on 2026-11-18 14:05 Europe/Paris"); empty when
     *               it is not ticked
     */
    public record Item(String id, String words, Optional<String> ticked) {
    }

    /** A titled list. */
    public record Bullets(String title, List<String> items) implements Block {
    }

    /**
     * The lines to sign.
     *
     * @param labels who performed, who checked, the date
     * @param signed what was written on each line, in the same order, when the checklist was signed off
     */
    public record SignOff(String title, List<String> labels, Optional<List<String>> signed) implements Block {

        /** What was written on the line of {@code labels().get(index)}; empty before the sign-off. */
        public Optional<String> line(int index) {
            return signed.filter(values -> index < values.size()).map(values -> values.get(index))
                    .filter(v -> !v.isBlank());
        }
    }

    /**
     * A time as checklists show it: the language's one format ({@code 19 Nov 2026, 02:00}). The zone is named once,
     * beside the time the checklist was written, not after every time.
     */
    public static String time(Instant instant, ZoneId zone, Formats formats) {
        return formats.dateTime(instant, zone);
    }

    /** A checklist as written, nothing ticked and nobody signed: empty boxes and blank lines. */
    public static ChecklistDocument of(Checklist checklist, Formats formats) {
        return of(checklist, Progress.NONE, formats);
    }

    /** A checklist as far as it has been followed: its ticked steps with who and when, and its sign-off. */
    public static ChecklistDocument of(Checklist checklist, Progress progress, Formats formats) {
        Messages m = formats.messages();
        ZoneId zone = checklist.zone();
        List<Block> blocks = new ArrayList<>();
        if (checklist.practice()) {
            blocks.add(new Banner(m.get("checklist.practice")));
        }
        List<Map.Entry<String, String>> head = new ArrayList<>();
        head.add(Map.entry(m.get("checklist.field.source"), checklist.source()));
        head.add(Map.entry(m.get("checklist.field.generated"),
                m.get("format.zoned", time(checklist.generatedAt(), zone, formats), zone.getId())));
        checklist.event().ifPresent(e -> head.add(Map.entry(m.get(switch (checklist.scenario()) {
            case LOST -> "checklist.field.lost";
            default -> "checklist.field.deleted";
        }), time(e, zone, formats))));
        head.add(Map.entry(m.get("checklist.field.policy"), checklist.policy()));
        blocks.add(new Fields(head));

        blocks.add(new Heading(m.get("checklist.heading.backup")));
        if (checklist.backup().isPresent()) {
            blocks.add(new Fields(backupFields(checklist.backup().get(), zone, formats)));
        } else {
            blocks.add(new Banner(m.get("checklist.noBackup")));
        }
        if (checklist.backup().isPresent() && checklist.scenario() != dev.vigie.checklist.ChecklistScenario.MIGRATE) {
            blocks.add(new Heading(m.get("checklist.heading.deadline")));
            blocks.add(new Paragraph(checklist.deadline().map(d -> m.get("checklist.deadline", time(d, zone, formats),
                    formats.duration(Duration.between(checklist.generatedAt(), d)))).orElse(
                    m.get("checklist.deadline.none"))));
            checklist.restoringLoses().ifPresent(loses -> {
                blocks.add(new Heading(m.get("checklist.heading.loses")));
                blocks.add(new Paragraph(m.get("checklist.loses", time(checklist.backup().get().time(), zone, formats),
                        formats.duration(loses))));
                checklist.messagesLost().ifPresent(count -> blocks.add(new Paragraph(
                        m.get("checklist.loses.messages", count))));
            });
        }
        checklist.recovery().ifPresent(r -> {
            blocks.add(new Heading(m.get("checklist.heading.recovery")));
            List<Map.Entry<String, String>> objectives = new ArrayList<>();
            objectives.add(Map.entry(m.get("checklist.field.rto"), r.recoveryTime().isPresent()
                    ? m.get("checklist.rto", formats.elapsed(r.recoveryTime().get()),
                    time(r.measuredAt().orElseThrow(), zone, formats)) : m.get("checklist.rto.none")));
            objectives.add(Map.entry(m.get("checklist.field.rpo"), m.get("checklist.rpo",
                    formats.duration(r.recoveryPoint()), formats.duration(r.worstCase()))));
            blocks.add(new Fields(objectives));
        });
        for (Section section : checklist.sections()) {
            List<Item> steps = new ArrayList<>();
            for (Step step : section.steps()) {
                Optional<String> ticked = Optional.ofNullable(progress.ticks().get(step.id()))
                        .map(t -> m.get("checklist.tickedBy", t.by(), time(t.at(), zone, formats)));
                steps.add(new Item(step.id(), words(step, zone, formats), ticked));
            }
            blocks.add(new Steps(m.get(section.titleKey()), steps));
        }
        ConsentScope consent = checklist.consent();
        blocks.add(new Heading(m.get("checklist.heading.consent", m.get("ui.purpose." + consent.purpose().id()))));
        blocks.add(new Bullets(m.get("checklist.consent.inScope"), names(consent.inScope(), m)));
        blocks.add(new Bullets(m.get("checklist.consent.doNotOpen"), names(consent.doNotOpen(), m)));
        if (!consent.applyAgain().isEmpty()) {
            List<String> erasures = new ArrayList<>();
            for (ConsentScope.ErasureAgain again : consent.applyAgain()) {
                erasures.add(m.get("checklist.consent.erasure", again.contact().name(),
                        time(again.request().completedAt().orElseThrow(), zone, formats),
                        time(again.request().dueAt(), zone, formats)));
            }
            blocks.add(new Bullets(m.get("checklist.consent.applyAgain"), erasures));
        }
        blocks.add(new SignOff(m.get("checklist.heading.signoff"), List.of(m.get("checklist.signoff.performed"),
                m.get("checklist.signoff.checked"), m.get("checklist.signoff.date")),
                progress.signOff().map(s -> List.of(s.performedBy(), s.checkedBy(), time(s.at(), zone, formats)))));
        return new ChecklistDocument(m.get("checklist.title." + checklist.scenario().id()), blocks);
    }

    /**
     * The same document ending with the audit log's head when it was written ({@code N:HASH}), so that a printed
     * or exported copy can later show entries cut from the log ({@code vigie audit verify --head}).
     */
    public ChecklistDocument withAuditHead(Optional<String> head, Messages m) {
        if (head.isEmpty()) {
            return this;
        }
        List<Block> all = new ArrayList<>(blocks);
        all.add(new Paragraph(m.get("checklist.auditHead", head.get())));
        return new ChecklistDocument(title, all);
    }

    private static List<Map.Entry<String, String>> backupFields(ChosenBackup backup, ZoneId zone, Formats formats) {
        Messages m = formats.messages();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry(m.get("checklist.field.backup"), backup.name().isEmpty()
                ? m.get("checklist.backup.projected")
                : formats.backupName(backup.name(), backup.time(), zone, Optional.empty())));
        if (Formats.isDeviceFolder(backup.name())) {
            fields.add(Map.entry(m.get("checklist.field.folder"), backup.name()));
        }
        fields.add(Map.entry(m.get("checklist.field.made"), time(backup.time(), zone, formats)));
        backup.sizeBytes().ifPresent(size -> fields.add(Map.entry(m.get("checklist.field.size"),
                formats.size(size))));
        fields.add(Map.entry(m.get("checklist.field.location"), backup.location()));
        Verification v = backup.verification();
        fields.add(Map.entry(m.get("checklist.field.verification"),
                m.get("checklist.verification." + v.state().id(), time(v.at(), zone, formats),
                        String.join("; ", v.problems().stream().map(m::finding).toList()))));
        return fields;
    }

    private static List<String> names(List<Contact> contacts, Messages m) {
        if (contacts.isEmpty()) {
            return List.of(m.get("checklist.consent.none"));
        }
        return contacts.stream().map(c -> c.name() + " (" + c.phone() + ")").toList();
    }

    /** A step's words, its values shown for the reader. */
    public static String words(Step step, ZoneId zone, Formats formats) {
        Object[] args = new Object[step.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object arg = step.args().get(i);
            if (arg instanceof Instant instant) {
                args[i] = time(instant, zone, formats);
            } else if (arg instanceof Duration duration) {
                args[i] = formats.duration(duration);
            } else if (arg instanceof Bytes bytes) {
                args[i] = formats.size(bytes.count());
            } else {
                args[i] = arg;
            }
        }
        return formats.messages().get(step.key(), args);
    }
}
