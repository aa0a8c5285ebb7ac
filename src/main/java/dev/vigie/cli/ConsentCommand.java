package dev.vigie.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.LedgerKind;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.Json;
import dev.vigie.report.LedgerJson;
import dev.vigie.report.TextTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie consent import|list|grant|withdraw|export}: what each contact consented to, and when. */
@Command(name = "consent", mixinStandardHelpOptions = true,
        subcommands = {ConsentCommand.Import.class, ConsentCommand.ListConsents.class, ConsentCommand.Grant.class,
            ConsentCommand.Withdraw.class, ConsentCommand.Export.class})
public final class ConsentCommand {

    /** One contact's consents as a table: contact, purpose, granted, method, evidence, withdrawn. */
    static TextTable table(List<ConsentRecord> consents, Formats f, ZoneId zone) {
        return table(consents, Optional.empty(), f, zone);
    }

    /**
     * Many contacts' consents, with the name a person reads beside the contact's id (what the other commands take).
     */
    static TextTable table(List<ConsentRecord> consents, Optional<Map<String, String>> names, Formats f,
                           ZoneId zone) {
        Messages m = f.messages();
        List<String> header = new ArrayList<>(List.of(m.get("column.contact")));
        names.ifPresent(n -> header.add(m.get("column.name")));
        header.addAll(List.of(m.get("column.purpose"), m.get("column.granted"), m.get("column.method"),
                m.get("column.evidence"), m.get("column.withdrawn")));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (ConsentRecord c : consents) {
            List<String> cells = new ArrayList<>(List.of(c.contactId()));
            names.ifPresent(n -> cells.add(LedgerCli.oneLine(n.getOrDefault(c.contactId(), ""))));
            cells.addAll(List.of(c.purpose().id(), f.dateTime(c.grantedAt(), zone), c.method().id(),
                    LedgerCli.oneLine(c.evidence().orElse("")),
                    c.withdrawnAt().map(t -> f.dateTime(t, zone)).orElse("")));
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    /** {@code vigie consent import FILE [--format F] [--zone Z]}: all rows or none. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    public static final class Import extends LedgerImportCommand.Zoned {

        public Import(CliContext context) {
            super(context, LedgerKind.CONSENTS);
        }
    }

    /** {@code vigie consent list [--contact ID] [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListConsents implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--contact", paramLabel = "ID", descriptionKey = "consent.list.contact")
        private String contact;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public ListConsents(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant now = time.now(context);
            List<ConsentRecord> consents = LedgerCli.ledger(context).consents(Optional.ofNullable(contact));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ArrayNode array = Json.mapper().createArrayNode();
                consents.forEach(c -> array.add(LedgerJson.consent(c, now, zone)));
                out.println(LedgerJson.write(array));
            } else if (consents.isEmpty()) {
                out.println(context.messages().get("consents.none"));
            } else {
                out.print(table(consents, Optional.of(LedgerCli.ledger(context).names()), new Formats(context.messages()),
                        zone).render());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie consent grant --contact ID --purpose P --method M [--evidence REF] [--at TIME]}. */
    @Command(name = "grant", mixinStandardHelpOptions = true)
    public static final class Grant implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "consent.contact")
        private String contact;

        @Option(names = "--purpose", paramLabel = "P", required = true, descriptionKey = "consent.purpose")
        private String purpose;

        @Option(names = "--method", paramLabel = "M", required = true, descriptionKey = "consent.method")
        private String method;

        @Option(names = "--evidence", paramLabel = "REF", descriptionKey = "consent.evidence")
        private String evidence;

        @Option(names = "--at", paramLabel = "TIME", descriptionKey = "consent.grant.at")
        private String at;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Grant(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant when = at == null ? time.now(context) : TimeOptions.parseTime(at, zone);
            ConsentRecord granted = LedgerCli.ledger(context).grant(contact, LedgerCli.purpose(purpose), when,
                    LedgerCli.method(method), Optional.ofNullable(evidence));
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("consent.granted", granted.contactId(), granted.purpose().id(),
                    new Formats(context.messages()).dateTime(granted.grantedAt(), zone)));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie consent withdraw --contact ID --purpose P [--at TIME]}. */
    @Command(name = "withdraw", mixinStandardHelpOptions = true)
    public static final class Withdraw implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "consent.contact")
        private String contact;

        @Option(names = "--purpose", paramLabel = "P", required = true, descriptionKey = "consent.purpose")
        private String purpose;

        @Option(names = "--at", paramLabel = "TIME", descriptionKey = "consent.withdraw.at")
        private String at;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Withdraw(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant when = at == null ? time.now(context) : TimeOptions.parseTime(at, zone);
            ConsentRecord withdrawn = LedgerCli.ledger(context).withdraw(contact, LedgerCli.purpose(purpose), when);
            PrintWriter out = spec.commandLine().getOut();
            Formats f = new Formats(context.messages());
            out.println(context.messages().get("consent.withdrawn", withdrawn.contactId(), withdrawn.purpose().id(),
                    f.dateTime(when, zone), f.dateTime(withdrawn.grantedAt(), zone)));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie consent export FILE [--format F] [--zone Z]}. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    public static final class Export extends LedgerExportCommand.Zoned {

        public Export(CliContext context) {
            super(context, LedgerKind.CONSENTS);
        }
    }
}
