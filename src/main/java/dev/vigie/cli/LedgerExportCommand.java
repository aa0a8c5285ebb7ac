package dev.vigie.cli;

import dev.vigie.consent.LedgerKind;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code vigie contacts|consent|erasure export FILE [--format F]} share: their file, its format, and the
 * export itself ({@link LedgerCli#export}). Each subclass names its {@link LedgerKind}, keeps its own
 * {@code @Command} and constructor taking the {@link CliContext} (as {@link Cli}'s factory calls it), and says which
 * zone times are written in. Picocli reads the annotated fields of this class too.
 */
abstract class LedgerExportCommand implements Callable<Integer> {

    /** For the ledger files that hold times: adds {@code --now} and {@code --zone}, the zone they are written in. */
    abstract static class Zoned extends LedgerExportCommand {

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

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "ledger.export.file")
    private Path file;

    @Option(names = "--format", paramLabel = "F", descriptionKey = "ledger.format")
    private String format;

    @Spec
    private CommandSpec spec;

    LedgerExportCommand(CliContext context, LedgerKind kind) {
        this.context = context;
        this.kind = kind;
    }

    /** The zone the file's times are written in: the user's, unless a subclass says. */
    ZoneId zone() {
        return context.zone();
    }

    @Override
    public Integer call() {
        return LedgerCli.export(context, spec, kind, file, format, zone());
    }
}
