package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.ImportError;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import dev.vigie.ledger.PhoneNumbers;
import dev.vigie.workspace.ImportResult;
import dev.vigie.workspace.Ledger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** What the ledger's commands share: reading their option values, importing and exporting, wording errors. */
final class LedgerCli {

    private LedgerCli() {
    }

    static Ledger ledger(CliContext context) {
        return Targets.workspace(context).ledger();
    }

    static Purpose purpose(String text) {
        return Purpose.fromId(text).orElseThrow(() -> new InputProblem("error.purpose", text,
                Arrays.stream(Purpose.values()).map(Purpose::id).collect(Collectors.joining(", "))));
    }

    static ConsentMethod method(String text) {
        return ConsentMethod.fromId(text).orElseThrow(() -> new InputProblem("error.method", text,
                Arrays.stream(ConsentMethod.values()).map(ConsentMethod::id).collect(Collectors.joining(", "))));
    }

    static Optional<FileFormat> format(String text) {
        return Optional.ofNullable(text).map(t -> FileFormat.fromId(t)
                .orElseThrow(() -> new InputProblem("error.format.unknown", t)));
    }

    /** The region given, else the user's locale's country; empty when neither names one. */
    static Optional<String> region(String given, CliContext context) {
        return given != null ? Optional.of(PhoneNumbers.region(given))
                : Ledger.defaultRegion(context.messages().locale());
    }

    /**
     * Imports a file and says how many rows it added; or, when any row is wrong, says every error on standard error
     * and adds nothing.
     *
     * @return {@link ExitCode#OK} or {@link ExitCode#BAD_INPUT}
     */
    static int importFile(CliContext context, CommandSpec spec, LedgerKind kind, Path file, String format,
                          ZoneId zone, Optional<String> region) {
        ImportResult result = ledger(context).importFile(kind, file, format(format), zone, region);
        Messages m = context.messages();
        if (!result.accepted()) {
            PrintWriter err = spec.commandLine().getErr();
            for (ImportError error : result.errors()) {
                err.println(error(error, zone, m));
            }
            err.println(m.get("import.rejected", result.file(), result.errors().size()));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("import.done." + kind.id(), result.added(), result.file()));
        out.flush();
        return ExitCode.OK;
    }

    static int export(CliContext context, CommandSpec spec, LedgerKind kind, Path file, String format, ZoneId zone) {
        int rows = ledger(context).export(kind, file, format(format), zone);
        PrintWriter out = spec.commandLine().getOut();
        out.println(context.messages().get("export.done", rows, file.toString()));
        out.flush();
        return ExitCode.OK;
    }

    /** A value in one table cell: line breaks and tabs, which CSV files may hold, become spaces. */
    static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    /** Compiled once: a list of 100,000 contacts compiled it 100,000 times. */
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n\\t]+");

    /** One import error on one line: "FILE, line N: what is wrong and what to write instead". */
    static String error(ImportError error, ZoneId zone, Messages m) {
        Formats formats = new Formats(m);
        Object[] args = error.messageArgs();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Instant instant) {
                args[i] = formats.dateTime(instant, zone);
            }
        }
        return m.get(error.messageKey(), args);
    }
}
