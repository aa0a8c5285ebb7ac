package dev.vigie.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.InputProblem;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.LedgerKind;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.Json;
import dev.vigie.report.LedgerJson;
import dev.vigie.report.TextTable;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.Ledger;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
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

/** {@code vigie contacts import|list|show|add|edit|remove|export}: the customers of the consent ledger. */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        subcommands = {ContactsCommand.Import.class, ContactsCommand.ListContacts.class, ContactsCommand.Show.class,
            ContactsCommand.Add.class, ContactsCommand.Edit.class, ContactsCommand.Remove.class,
            ContactsCommand.Export.class})
public final class ContactsCommand {

    /** {@code vigie contacts import FILE [--format F] [--region CC]}: all rows or none. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    public static final class Import extends LedgerImportCommand {

        @Option(names = "--region", paramLabel = "CC", descriptionKey = "ledger.region")
        private String region;

        public Import(CliContext context) {
            super(context, LedgerKind.CONTACTS);
        }

        @Override
        Optional<String> region() {
            return LedgerCli.region(region, context);
        }
    }

    /** {@code vigie contacts list [--json] [--now T]}: every contact with its consent per purpose. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListContacts implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public ListContacts(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            List<ContactOverview> contacts = LedgerCli.ledger(context).contacts(time.now(context));
            PrintWriter out = spec.commandLine().getOut();
            Messages m = context.messages();
            if (json) {
                ArrayNode array = Json.mapper().createArrayNode();
                contacts.forEach(c -> array.add(LedgerJson.contact(c.contact(), c.consents(), c.openErasures(),
                        zone)));
                out.println(LedgerJson.write(array));
            } else if (contacts.isEmpty()) {
                out.println(m.get("contacts.none"));
            } else {
                TextTable table = new TextTable(m.get("column.id"), m.get("column.contact"), m.get("column.phone"),
                        m.get("column.archive"), m.get("column.restoreAccess"), m.get("column.qualityAnalysis"),
                        m.get("column.erasures"));
                table.alignRight(6);
                for (ContactOverview c : contacts) {
                    table.row(c.contact().id(), LedgerCli.oneLine(c.contact().name()), c.contact().phone(),
                            state(c.consents().get(0), m), state(c.consents().get(1), m),
                            state(c.consents().get(2), m), String.valueOf(c.openErasures()));
                }
                out.print(table.render());
            }
            out.flush();
            return ExitCode.OK;
        }

        private static String state(ConsentStatus status, Messages m) {
            return m.get("consent.state." + status.state().name().toLowerCase(Locale.ROOT));
        }
    }

    /** {@code vigie contacts show ID [--json]}: one contact, its consent history and its erasure requests. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    public static final class Show implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "contacts.id")
        private String id;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            Instant now = time.now(context);
            ContactDetails details = LedgerCli.ledger(context).contact(id)
                    .orElseThrow(() -> new InputProblem("error.contact.unknown", id));
            PrintWriter out = spec.commandLine().getOut();
            Messages m = context.messages();
            if (json) {
                List<ConsentStatus> statuses = ConsentStatus.forEveryPurpose(details.consents(), now);
                int open = (int) details.erasures().stream().filter(ErasureRequest::isOpen).count();
                ObjectNode node = LedgerJson.contact(details.contact(), statuses, open, zone);
                ArrayNode consents = node.putArray("consentHistory");
                details.consents().forEach(c -> consents.add(LedgerJson.consent(c, now, zone)));
                ArrayNode erasures = node.putArray("erasures");
                details.erasures().forEach(e -> erasures.add(LedgerJson.erasure(e, now, zone)));
                out.println(LedgerJson.write(node));
            } else {
                Formats f = new Formats(m);
                Contact c = details.contact();
                out.println(m.get("contacts.show.title", c.id(), c.name(), c.phone()));
                c.conversation().ifPresent(v -> out.println(m.get("contacts.show.conversation", v)));
                c.notes().ifPresent(v -> out.println(m.get("contacts.show.notes", v)));
                out.println(m.get("contacts.show.consents"));
                if (details.consents().isEmpty()) {
                    out.println(m.get("consents.none"));
                } else {
                    out.print(ConsentCommand.table(details.consents(), f, zone).render());
                }
                out.println(m.get("contacts.show.erasures"));
                if (details.erasures().isEmpty()) {
                    out.println(m.get("erasures.none"));
                } else {
                    out.print(ErasureCommand.table(details.erasures(), now, f, zone).render());
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie contacts add --name N --phone P [--id ID] [--conversation C] [--notes TEXT] [--region CC]}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--id", paramLabel = "ID", descriptionKey = "contacts.add.id")
        private String id;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "contacts.name")
        private String name;

        @Option(names = "--phone", paramLabel = "PHONE", required = true, descriptionKey = "contacts.phone")
        private String phone;

        @Option(names = "--conversation", paramLabel = "LABEL", descriptionKey = "contacts.conversation")
        private String conversation;

        @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "contacts.notes")
        private String notes;

        @Option(names = "--region", paramLabel = "CC", descriptionKey = "ledger.region")
        private String region;

        @Spec
        private CommandSpec spec;

        public Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Contact added = LedgerCli.ledger(context).addContact(new ContactDraft(Optional.ofNullable(id), name,
                    phone, Optional.ofNullable(conversation), Optional.ofNullable(notes)),
                    LedgerCli.region(region, context));
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("contacts.added", added.id(), added.name(), added.phone()));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie contacts edit ID [--name N] [--phone P] [--conversation C] [--notes TEXT] [--region CC]}. */
    @Command(name = "edit", mixinStandardHelpOptions = true)
    public static final class Edit implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "contacts.id")
        private String id;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "contacts.name")
        private String name;

        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "contacts.phone")
        private String phone;

        @Option(names = "--conversation", paramLabel = "LABEL", descriptionKey = "contacts.edit.conversation")
        private String conversation;

        @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "contacts.edit.notes")
        private String notes;

        @Option(names = "--region", paramLabel = "CC", descriptionKey = "ledger.region")
        private String region;

        @Spec
        private CommandSpec spec;

        public Edit(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Ledger ledger = LedgerCli.ledger(context);
            Contact current = ledger.contact(id).map(ContactDetails::contact)
                    .orElseThrow(() -> new InputProblem("error.contact.unknown", id));
            ContactDraft draft = new ContactDraft(Optional.of(id), name == null ? current.name() : name,
                    phone == null ? current.phone() : phone,
                    conversation == null ? current.conversation() : Optional.of(conversation),
                    notes == null ? current.notes() : Optional.of(notes));
            Contact edited = ledger.editContact(id, draft, LedgerCli.region(region, context));
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("contacts.edited", edited.id(), edited.name(), edited.phone()));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie contacts remove ID}: the contact and its consents; erasure requests and the audit log stay. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    public static final class Remove implements Callable<Integer> {

        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "contacts.id")
        private String id;

        @Spec
        private CommandSpec spec;

        public Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LedgerCli.ledger(context).removeContact(id);
            PrintWriter out = spec.commandLine().getOut();
            out.println(context.messages().get("contacts.removed", id));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code vigie contacts export FILE [--format F]}. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    public static final class Export extends LedgerExportCommand {

        public Export(CliContext context) {
            super(context, LedgerKind.CONTACTS);
        }
    }
}
