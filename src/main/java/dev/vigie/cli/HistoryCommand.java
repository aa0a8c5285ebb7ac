package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceRef;
import dev.vigie.i18n.Formats;
import dev.vigie.report.HistoryJson;
import dev.vigie.report.HistoryText;
import dev.vigie.store.RecordedScan;
import dev.vigie.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie history NAME}: every backup set ever seen in a registered source, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true)
public final class HistoryCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "source.registered")
    private String name;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ZoneId zone = time.zone(context);
        Instant now = time.now(context);
        SourceRef source;
        List<SeenBackup> history;
        Optional<Instant> lastScan;
        try (Store store = Store.open(context.dataDir())) {
            source = store.sources().find(name).orElseThrow(() -> new InputProblem("error.source.unknown", name));
            history = store.history().history(name);
            lastScan = store.history().latestScan(name).map(RecordedScan::scannedAt);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(HistoryJson.render(source, history, lastScan, zone));
        } else {
            out.print(HistoryText.render(source, history, lastScan, zone, now, new Formats(context.messages())));
        }
        out.flush();
        return ExitCode.OK;
    }
}
