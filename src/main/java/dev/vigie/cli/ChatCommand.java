package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.chat.ChatImportRefused;
import dev.vigie.chat.DateOrder;
import dev.vigie.chat.ImportedChat;
import dev.vigie.consent.DenialReason;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.ChatJson;
import dev.vigie.report.ChatText;
import dev.vigie.report.LedgerJson;
import dev.vigie.workspace.ChatExports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie chat import|list|remove|simulate}: WhatsApp chat exports as evidence of deleted messages. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        subcommands = {ChatCommand.Import.class, ChatCommand.ListChats.class, ChatCommand.Remove.class,
            ChatCommand.Simulate.class})
public final class ChatCommand {

    private static ChatExports chats(CliContext context) {
        return Targets.workspace(context).chats();
    }

    /**
     * {@code vigie chat import FILE --contact ID [--source S] [--date-order O] [--zone Z] [--now T] [--json]}: only
     * with the contact's consent for restore-access; exit 0 imported, 2 refused or bad input.
     */
    @Command(name = "import", mixinStandardHelpOptions = true)
    public static final class Import implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "chat.file")
        private Path file;

        @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "chat.contact")
        private String contact;

        @Option(names = "--source", paramLabel = "NAME", descriptionKey = "chat.source")
        private String source;

        @Option(names = "--date-order", paramLabel = "O", descriptionKey = "chat.date-order")
        private String dateOrder;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (time.nowGiven()) {
                throw new InputProblem("error.now.recorded", "chat import");
            }
            ZoneId zone = time.zone(context);
            Optional<DateOrder> order = Optional.ofNullable(dateOrder).map(o -> DateOrder.fromId(o)
                    .orElseThrow(() -> new InputProblem("error.chat.dateOrderValue", o, Arrays.stream(
                            DateOrder.values()).map(DateOrder::id).collect(Collectors.joining(", ")))));
            Messages m = context.messages();
            ChatExports.Imported imported;
            try {
                imported = chats(context).importFile(file, contact, Optional.ofNullable(source), order, zone);
            } catch (ChatImportRefused refused) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(m.get(refused.messageKey(), refused.args().toArray()));
                for (DenialReason r : refused.decision().reasons()) {
                    err.println("  - " + LedgerJson.reason(r, refused.decision().purpose(), zone, m));
                }
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            ImportedChat chat = imported.chat();
            if (json) {
                out.println(ChatJson.imported(chat, imported.export(), zone));
            } else {
                Formats formats = new Formats(m);
                out.println(m.get("chat.import.done", chat.id(), chat.messages(), chat.deleted(), chat.contactId()));
                out.println(m.get("chat.import.span", formats.dateTime(chat.first(), zone),
                        formats.dateTime(chat.last(), zone), chat.dateOrder().id()));
                out.println(m.get("chat.import.recorded"));
                imported.export().warnings().forEach(w -> out.println(w.describe(m)));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie chat list [--json] [--zone Z]}: the imported chats, newest first. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListChats implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "zone")
        private String zone;

        @Spec
        private CommandSpec spec;

        public ListChats(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId z = zone == null ? context.zone() : TimeOptions.zoneOf(zone);
            List<ImportedChat> all = chats(context).list();
            PrintWriter out = spec.commandLine().getOut();
            Messages m = context.messages();
            if (json) {
                out.println(ChatJson.list(all, z));
            } else if (all.isEmpty()) {
                out.println(m.get("chat.list.none"));
            } else {
                Formats formats = new Formats(m);
                for (ImportedChat chat : all) {
                    out.println(m.get("chat.list.line", chat.id(), chat.contactId(), chat.fileName(), chat.messages(),
                            chat.deleted(), formats.dateTime(chat.first(), z), formats.dateTime(chat.last(), z),
                            chat.source().orElse("-")));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie chat remove ID}: the chat and its messages; the audit log keeps the import and the removal. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    public static final class Remove implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "chat.id")
        private long id;

        @Spec
        private CommandSpec spec;

        public Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ImportedChat chat = chats(context).remove(id);
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("chat.remove.done", chat.id(), chat.fileName()));
            out.flush();
            return ExitCode.OK;
        }
    }

    /**
     * {@code vigie chat simulate ID [--source S] [--deleted T] [--preset P | --keep-...] [--now T] [--zone Z]
     * [--json]}: which of the chat's deleted messages the source's backups hold now; exit 0 all of them, 1 not all.
     */
    @Command(name = "simulate", mixinStandardHelpOptions = true)
    public static final class Simulate implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "chat.id")
        private long id;

        @Option(names = "--source", paramLabel = "NAME", descriptionKey = "chat.simulate.source")
        private String source;

        @Option(names = "--deleted", paramLabel = "TIME", descriptionKey = "chat.deleted")
        private String deleted;

        @Mixin
        private RetentionOptions retention;

        @Mixin
        private TimeOptions time;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Spec
        private CommandSpec spec;

        public Simulate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            // --deleted is read in the source's zone, as simulate and checklist read theirs, unless --zone says.
            Optional<String> sourceName = Optional.ofNullable(source)
                    .or(() -> chats(context).find(id).flatMap(ImportedChat::source));
            ZoneId zone = time.givenZone().orElseGet(() -> sourceName
                    .map(s -> Targets.workspace(context).zoneOf(s, context.zone())).orElse(context.zone()));
            Optional<Instant> when = Optional.ofNullable(deleted).map(d -> TimeOptions.parseTime(d, zone));
            ChatExports.Recovery recovery = chats(context).recovery(id, Optional.ofNullable(source), when,
                    retention.isEmpty() ? Optional.empty() : Optional.of(retention.rules()), time.now(context),
                    zone);
            PrintWriter out = spec.commandLine().getOut();
            ZoneId shown = time.givenZone().orElse(recovery.zone());
            if (json) {
                out.println(ChatJson.recovery(recovery.result(), recovery.source(), recovery.policy(), shown));
            } else {
                Messages m = context.messages();
                out.println(m.get("chat.simulate.head", recovery.chat().fileName(), recovery.source(),
                        recovery.policy()));
                ChatText.lines(recovery.result(), shown, new Formats(m)).forEach(out::println);
            }
            out.flush();
            var late = recovery.result().late();
            return late.inBackup() + late.elsewhere() == late.total() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
        }
    }
}
