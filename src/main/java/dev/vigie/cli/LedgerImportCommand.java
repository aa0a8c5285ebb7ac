package dev.vigie.cli;

import dev.vigie.consent.LedgerKind;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code vigie contacts|consent|erasure import FILE [--format F]} share: their file, its format, and the
 * import itself (all rows or none, {@link LedgerCli#importFile}). Each subclass names its {@link LedgerKind}, keeps
 * its own {@code @Command} and constructor taking the {@link CliContext} (as {@link Cli}'s factory calls it), and
 * says which zone and region its rows are read in. Picocli reads the annotated fields of this class too.
 */
abstract class LedgerImportCommand implements Callable<Integer> {

    /** For the ledger files whose times are read in a zone: adds {@code --now} and {@code --zone}. */
    abstract static class Zoned extends LedgerImportCommand {

        @Mixin
        private TimeOptions time;

        Zoned(CliContext context, LedgerKind kind) {
            super(context, kind);
        }

        @Override
        ZoneId zone() {
            return time.zone(context);
        }
    }

    protected final CliContext context;
    private final LedgerKind kind;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "ledger.import.file")
    private Path file;

    @Option(names = "--format", paramLabel = "F", descriptionKey = "ledger.format")
    private String format;

    @Spec
    private CommandSpec spec;

    LedgerImportCommand(CliContext context, LedgerKind kind) {
        this.context = context;
        this.kind = kind;
    }

    /** The zone bare dates are read in, and erasures' due dates decided in: the user's, unless a subclass says. */
    ZoneId zone() {
        return context.zone();
    }

    /** The region of national phone numbers; none but for contacts. */
    Optional<String> region() {
        return Optional.empty();
    }

    @Override
    public Integer call() {
        return LedgerCli.importFile(context, spec, kind, file, format, zone(), region());
    }
}
