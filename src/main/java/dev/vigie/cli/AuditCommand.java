package dev.vigie.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.audit.AuditBreak;
import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditHead;
import dev.vigie.audit.AuditVerification;
import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.Json;
import dev.vigie.report.LedgerJson;
import dev.vigie.report.TextTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie audit list|verify|export}: the append-only, hash-chained record of changes and decisions. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.ListEntries.class, AuditCommand.Verify.class, AuditCommand.Export.class,
            AuditCommand.Head.class})
public final class AuditCommand {

    /** {@code vigie audit list [--json] [--zone Z]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListEntries implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public ListEntries(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<AuditEntry> entries = LedgerCli.ledger(context).auditLog();
            PrintWriter out = spec.commandLine().getOut();
            Messages m = context.messages();
            if (json) {
                ArrayNode array = Json.mapper().createArrayNode();
                entries.forEach(e -> array.add(LedgerJson.auditEntry(e)));
                out.println(LedgerJson.write(array));
            } else if (entries.isEmpty()) {
                out.println(m.get("audit.none"));
            } else {
                ZoneId zone = time.zone(context);
                Formats f = new Formats(m);
                TextTable table = new TextTable(m.get("column.number"), m.get("column.time"), m.get("column.actor"),
                        m.get("column.action"), m.get("column.subject"), m.get("column.details"));
                table.alignRight(0);
                for (AuditEntry e : entries) {
                    table.row(String.valueOf(e.seq()), f.dateTime(e.time(), zone), LedgerCli.oneLine(e.actor()),
                            e.action(), LedgerCli.oneLine(e.subject()), LedgerCli.oneLine(e.details()));
                }
                out.print(table.render());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie audit verify [--json]}: exit 0 intact, 1 broken. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    public static final class Verify implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Option(names = "--head", paramLabel = "N:HASH", descriptionKey = "audit.verify.head")
        private List<String> heads = new ArrayList<>();

        @Spec
        private CommandSpec spec;

        public Verify(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<AuditHead> pinned = heads.stream().map(h -> AuditHead.parse(h)
                    .orElseThrow(() -> new InputProblem("error.audit.head", h))).toList();
            AuditVerification result = LedgerCli.ledger(context).verifyAudit(pinned);
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(LedgerJson.write(LedgerJson.verification(result)));
            } else {
                if (result.firstBreak().isPresent()) {
                    AuditBreak b = result.firstBreak().get();
                    String key = "audit.break." + b.kind().name().toLowerCase(Locale.ROOT)
                            + (b.kind() == AuditBreak.Kind.DELETED && b.lastEntry() > b.entry() ? "Many" : "");
                    out.println(m.get(key, b.entry(), b.lastEntry()));
                    out.println(m.get("audit.broken", result.entries()));
                } else if (result.missingHeads().isEmpty()) {
                    out.println(m.get("audit.intact", result.entries(), result.head()));
                }
                for (AuditHead h : result.missingHeads()) {
                    out.println(m.get("audit.headMissing", h.seq(), h.hash()));
                }
                if (!result.guarded()) {
                    out.println(m.get("audit.unguarded"));
                }
                if (!result.keyed() && result.firstBreak().isPresent()) {
                    out.println(m.get("audit.keyMissing"));
                }
            }
            out.flush();
            return result.sound() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
        }
    }

    /** {@code vigie audit head [--json]}: the newest entry's number and hash, to write down elsewhere. */
    @Command(name = "head", mixinStandardHelpOptions = true)
    public static final class Head implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Spec
        private CommandSpec spec;

        public Head(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<AuditHead> head = LedgerCli.ledger(context).auditHead();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("seq", head.map(AuditHead::seq).orElse(0L));
                node.put("hash", head.map(AuditHead::hash).orElse(null));
                out.println(LedgerJson.write(node));
            } else {
                out.println(head.map(AuditHead::toString).orElse(context.messages().get("audit.none")));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie audit export FILE}: JSON lines, one entry per line. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    public static final class Export implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "audit.export.file")
        private Path file;

        @Spec
        private CommandSpec spec;

        public Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            int entries = LedgerCli.ledger(context).exportAudit(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("audit.exported", entries, file.toString()));
            out.flush();
            return ExitCode.OK;
        }
    }
}
