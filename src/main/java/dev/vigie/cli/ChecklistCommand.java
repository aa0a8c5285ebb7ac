package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.ChecklistDocument;
import dev.vigie.report.ChecklistFile;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.RestoreChecklists;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
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
        ChecklistFile.Format kind = ChecklistFile.Format.fromId(format)
                .orElseThrow(() -> new InputProblem("error.checklist.format", format));
        RestoreChecklists checklists = Targets.workspace(context).checklists();
        // Times are read and shown in the source's zone, as simulate and the window do, unless --zone says.
        ZoneId zone = time.givenZone().orElseGet(() -> Targets.workspace(context).zoneOf(source, context.zone()));
        Instant now = time.now(context);
        Optional<Instant> createdAt = Optional.ofNullable(created).map(t -> TimeOptions.parseTime(t, zone));
        Optional<Instant> deletedAt = Optional.ofNullable(deleted).map(t -> TimeOptions.parseTime(t, zone));
        Optional<Instant> lostAt = Optional.ofNullable(lost).map(t -> TimeOptions.parseTime(t, zone));
        Messages messages = lang == null ? context.messages() : Messages.of(Locale.forLanguageTag(lang.strip()));
        ChecklistAsk ask = new ChecklistAsk(chosen, source, retention.isEmpty() ? Optional.empty()
                : Optional.of(retention.rules()), createdAt, deletedAt, lostAt, forPurpose);

        Checklist checklist = checklists.write(ask, now, zone);
        // The same ask at the same --now is the same saved checklist: its ticks and sign-off are written too.
        ChecklistDocument document = ChecklistDocument.of(checklist, checklists.progress(checklist.id()),
                new Formats(messages)).withAuditHead(Targets.workspace(context).ledger().auditHead()
                .map(Object::toString), messages);
        ChecklistFile.write(out, document, kind, messages.locale());

        PrintWriter printed = spec.commandLine().getOut();
        printed.println(context.messages().get("checklist.written", out, checklist.id(),
                checklist.steps().count()));
        printed.flush();
        return checklist.backup().isPresent() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
    }
}
