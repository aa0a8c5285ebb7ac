package dev.vigie.cli;

import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.DenialReason;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.report.LedgerJson;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie access check}: whether the user may open a contact's restored or deleted messages now. */
@Command(name = "access", mixinStandardHelpOptions = true, subcommands = AccessCommand.Check.class)
public final class AccessCommand {

    /**
     * {@code vigie access check --contact ID --purpose P --reason TEXT [--now T] [--json]}: exit 0 allowed, 1 denied.
     * Every decision is recorded in the audit log.
     */
    @Command(name = "check", mixinStandardHelpOptions = true)
    public static final class Check implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "access.contact")
        private String contact;

        @Option(names = "--purpose", paramLabel = "P", required = true, descriptionKey = "access.purpose")
        private String purpose;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "access.reason")
        private String reason;

        @Option(names = "--json", descriptionKey = "json")
        private boolean json;

        @Mixin
        private TimeOptions time;

        @Spec
        private CommandSpec spec;

        public Check(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ZoneId zone = time.zone(context);
            // A decision is recorded only when taken now; --now is a what-if that records nothing.
            boolean whatIf = time.nowGiven();
            AccessDecision decision = whatIf
                    ? LedgerCli.ledger(context).previewAccess(contact, LedgerCli.purpose(purpose),
                            reason == null ? "" : reason, time.now(context))
                    : LedgerCli.ledger(context).checkAccess(contact, LedgerCli.purpose(purpose),
                            reason == null ? "" : reason, context.clock().instant());
            Messages m = context.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(LedgerJson.write(LedgerJson.decision(decision, zone, m).put("recorded", !whatIf)));
            } else {
                // People read names and the purpose's label; the id they typed stays in the JSON.
                String who = LedgerCli.ledger(context).contact(decision.contactId()).map(c -> c.contact().name())
                        .orElse(decision.contactId());
                String purposeWords = m.get("ui.purpose." + decision.purpose().id());
                out.println(m.get(decision.allowed() ? "access.allowed" : "access.denied", who, purposeWords));
            }
            if (!json && !decision.allowed()) {
                for (DenialReason r : decision.reasons()) {
                    out.println("  - " + LedgerJson.reason(r, decision.purpose(), zone, m));
                }
            }
            if (!json) {
                out.println(whatIf ? m.get("access.whatIf", new Formats(m).dateTime(decision.at(), zone))
                        : m.get("access.recorded"));
            }
            out.flush();
            return decision.allowed() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
        }
    }
}
