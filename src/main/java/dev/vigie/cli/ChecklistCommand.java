package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.io.Reasons;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.report.ChecklistHtml;
import dev.vigie.report.ChecklistMarkdown;
import dev.vigie.report.ChecklistPdf;
import dev.vigie.workspace.ChecklistAsk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie checklist}: a restore plan to follow and sign, as Markdown, HTML or PDF. Exit 0 when written with a
 * backup to restore from, 1 when written but no backup holds the data any more, 2 on bad input.
 */
@Command(name = "checklist", mixinStandardHelpOptions = true)
public final class ChecklistCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--scenario", required = true, paramLabel = "S", descriptionKey = "checklist.scenario")
    private String scenario;

    @Option(names = "--source", required = true, paramLabel = "NAME|PATH", descriptionKey = "checklist.source")
    private String source;

    @Option(names = "--created", paramLabel = "TIME", descriptionKey = "simulate.created")
    private String created;

    @Option(names = "--deleted", paramLabel = "TIME", descriptionKey = "simulate.deleted")
    private String deleted;

    @Option(names = "--lost", paramLabel = "TIME", descriptionKey = "simulate.lost")
    private String lost;

    @Option(names = "--purpose", paramLabel = "P", defaultValue = "restore-access",
            descriptionKey = "checklist.purpose")
    private String purpose;

    @Option(names = "--lang", paramLabel = "L", descriptionKey = "checklist.lang")
    private String lang;

    @Option(names = "--format", required = true, paramLabel = "md|html|pdf", descriptionKey = "checklist.format")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "checklist.out")
    private Path out;

    @Mixin
    private RetentionOptions retention;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public ChecklistCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ChecklistScenario chosen = ChecklistScenario.fromId(scenario.strip())
                .orElseThrow(() -> new InputProblem("error.checklist.scenario", scenario));
        Purpose forPurpose = Purpose.fromId(purpose.strip())
                .orElseThrow(() -> new InputProblem("error.checklist.purpose", purpose));
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!Arrays.asList("md", "html", "pdf").contains(kind)) {
            throw new InputProblem("error.checklist.format", format);
        }
        ZoneId zone = time.zone(context);
        Instant now = time.now(context);
        Optional<Instant> createdAt = Optional.ofNullable(created).map(t -> TimeOptions.parseTime(t, zone));
        Optional<Instant> deletedAt = Optional.ofNullable(deleted).map(t -> TimeOptions.parseTime(t, zone));
        Optional<Instant> lostAt = Optional.ofNullable(lost).map(t -> TimeOptions.parseTime(t, zone));
        Messages messages = lang == null ? context.messages() : Messages.of(Locale.forLanguageTag(lang.strip()));
        ChecklistAsk ask = new ChecklistAsk(chosen, source, retention.isEmpty() ? Optional.empty()
                : Optional.of(retention.rules()), createdAt, deletedAt, lostAt, forPurpose);

        Checklist checklist = Targets.workspace(context).checklists().write(ask, now, zone);
        ChecklistDocument document = ChecklistDocument.of(checklist, new Formats(messages));
        byte[] bytes = switch (kind) {
            case "md" -> ChecklistMarkdown.render(document).getBytes(StandardCharsets.UTF_8);
            case "html" -> ChecklistHtml.render(document, messages.locale()).getBytes(StandardCharsets.UTF_8);
            default -> {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                ChecklistPdf.render(document, pdf);
                yield pdf.toByteArray();
            }
        };
        write(bytes);

        PrintWriter printed = spec.commandLine().getOut();
        printed.println(context.messages().get("checklist.written", out, checklist.id(),
                checklist.steps().count()));
        printed.flush();
        return checklist.backup().isPresent() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
    }

    /** All or nothing: a temporary file beside the target, then moved over it. */
    private void write(byte[] bytes) {
        Path target = out.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), ".vigie-checklist-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the message below matters more
                }
            }
            throw new InputProblem(e, "error.checklist.write", out, Reasons.of(e));
        }
    }
}
