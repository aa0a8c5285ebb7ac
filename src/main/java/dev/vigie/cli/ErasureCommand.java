package dev.vigie.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.LedgerKind;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.Json;
import dev.vigie.report.LedgerJson;
import dev.vigie.report.TextTable;
import dev.vigie.workspace.Ledger;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie erasure import|add|done|list|export}: customers' requests to erase their data, and their deadlines. */
@Command(name = "erasure", mixinStandardHelpOptions = true,
        subcommands = {ErasureCommand.Import.class, ErasureCommand.Add.class, ErasureCommand.Done.class,
            ErasureCommand.ListErasures.class, ErasureCommand.Export.class})
public final class ErasureCommand {

    /** One contact's requests as a table: number, contact, received, due, done, status. */
    static TextTable table(List<ErasureRequest> erasures, Instant now, Formats f, ZoneId zone) {
        return table(erasures, Optional.empty(), now, f, zone);
    }

    /**
     * Many contacts' requests, with the name a person reads beside the contact's id; empty once the contact was
     * removed, as a completed erasure does.
     */
    static TextTable table(List<ErasureRequest> erasures, Optional<Map<String, String>> names, Instant now, Formats f,
                           ZoneId zone) {
        Messages m = f.messages();
        List<String> header = new ArrayList<>(List.of(m.get("column.number"), m.get("column.contact")));
        names.ifPresent(n -> header.add(m.get("column.name")));
        header.addAll(List.of(m.get("column.received"), m.get("column.due"), m.get("column.done"),
                m.get("column.status"), m.get("column.scope")));
        TextTable table = new TextTable(header.toArray(String[]::new));
        table.alignRight(0);
        for (ErasureRequest e : erasures) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(e.id()), e.contactId()));
            names.ifPresent(n -> cells.add(LedgerCli.oneLine(n.getOrDefault(e.contactId(), ""))));
            cells.addAll(List.of(f.dateTime(e.receivedAt(), zone),
                    f.dateTime(e.dueAt(), zone), e.completedAt().map(t -> f.dateTime(t, zone)).orElse(""),
                    m.get("erasure.status." + LedgerJson.erasureStatus(e, now)),
                    LedgerCli.oneLine(e.scope().orElse(""))));
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    /** {@code vigie erasure import FILE [--format F] [--zone Z]}: all rows or none. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    public static final class Import extends LedgerImportCommand.Zoned {

        public Import(CliContext context) {
            super(context, LedgerKind.ERASURES);
        }
    }

    /** {@code vigie erasure add --contact ID [--received TIME] [--scope TEXT]}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "erasure.contact")
        private String contact;

        @Option(names = "--received", paramLabel = "TIME", descriptionKey = "erasure.received")
        private String received;

        @Option(names = "--scope", paramLabel = "TEXT", descriptionKey = "erasure.scope")
        private String scope;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant when = received == null ? time.now(context) : TimeOptions.parseTime(received, zone);
            ErasureRequest added = LedgerCli.ledger(context).addErasure(contact, when, Optional.ofNullable(scope),
                    zone);
            PrintWriter out = spec.commandLine().getOut();
            Formats f = new Formats(context.messages());
            out.println(context.messages().get("erasure.added", added.id(), added.contactId(),
                    f.dateTime(added.receivedAt(), zone), f.dateTime(added.dueAt(), zone)));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie erasure done NUMBER [--at TIME]}. */
    @Command(name = "done", mixinStandardHelpOptions = true)
    public static final class Done implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "erasure.number")
        private long number;

        @Option(names = "--at", paramLabel = "TIME", descriptionKey = "erasure.done.at")
        private String at;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Done(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant when = at == null ? time.now(context) : TimeOptions.parseTime(at, zone);
            ErasureRequest done = LedgerCli.ledger(context).completeErasure(number, when);
            PrintWriter out = spec.commandLine().getOut();
            Formats f = new Formats(context.messages());
            boolean late = done.completedAt().orElseThrow().isAfter(done.dueAt());
            out.println(context.messages().get(late ? "erasure.doneLate" : "erasure.done", done.id(),
                    done.contactId(), f.dateTime(when, zone), f.dateTime(done.dueAt(), zone)));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie erasure list [--overdue] [--due-soon] [--json] [--now T]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListErasures implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--overdue", descriptionKey = "erasure.list.overdue")
        private boolean overdue;

        @Option(names = "--due-soon", descriptionKey = "erasure.list.due-soon")
        private boolean dueSoon;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public ListErasures(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant now = time.now(context);
            Ledger ledger = LedgerCli.ledger(context);
            List<ErasureRequest> shown;
            if (overdue || dueSoon) {
                shown = new ArrayList<>();
                if (overdue) {
                    shown.addAll(ledger.overdue(now));
                }
                if (dueSoon) {
                    shown.addAll(ledger.dueSoon(now));
                }
                shown.sort(Comparator.comparing(ErasureRequest::dueAt));
            } else {
                shown = ledger.erasures();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ArrayNode array = Json.mapper().createArrayNode();
                shown.forEach(e -> array.add(LedgerJson.erasure(e, now, zone)));
                out.println(LedgerJson.write(array));
            } else if (shown.isEmpty()) {
                out.println(context.messages().get(overdue || dueSoon ? "erasures.noneUrgent" : "erasures.none"));
            } else {
                out.print(table(shown, Optional.of(LedgerCli.ledger(context).names()), now, new Formats(context.messages()), zone)
                        .render());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie erasure export FILE [--format F] [--zone Z]}. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    public static final class Export extends LedgerExportCommand.Zoned {

        public Export(CliContext context) {
            super(context, LedgerKind.ERASURES);
        }
    }
}
