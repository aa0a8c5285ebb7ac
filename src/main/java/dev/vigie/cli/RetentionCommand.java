package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.SeenBackup;
import dev.vigie.report.ResticSnapshots;
import dev.vigie.report.RetentionJson;
import dev.vigie.report.RetentionText;
import dev.vigie.retention.CalendarSpan;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.retention.Snapshot;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie retention}: which snapshots a restic {@code forget} policy keeps, and why, over restic's own list or a
 * registered source's history. Nothing is deleted: it only answers.
 */
@Command(name = "retention", mixinStandardHelpOptions = true)
public final class RetentionCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--snapshots", paramLabel = "FILE|-", descriptionKey = "retention.snapshots")
    private String snapshotsFile;

    @Option(names = "--source", paramLabel = "NAME", descriptionKey = "retention.source")
    private String source;

    @Option(names = "--preset", paramLabel = "P", descriptionKey = "retention.preset")
    private String preset;

    @Option(names = "--keep-last", paramLabel = "N", descriptionKey = "retention.keep-last")
    private String keepLast;

    @Option(names = "--keep-hourly", paramLabel = "N", descriptionKey = "retention.keep-hourly")
    private String keepHourly;

    @Option(names = "--keep-daily", paramLabel = "N", descriptionKey = "retention.keep-daily")
    private String keepDaily;

    @Option(names = "--keep-weekly", paramLabel = "N", descriptionKey = "retention.keep-weekly")
    private String keepWeekly;

    @Option(names = "--keep-monthly", paramLabel = "N", descriptionKey = "retention.keep-monthly")
    private String keepMonthly;

    @Option(names = "--keep-yearly", paramLabel = "N", descriptionKey = "retention.keep-yearly")
    private String keepYearly;

    @Option(names = "--keep-within", paramLabel = "D", descriptionKey = "retention.keep-within")
    private String keepWithin;

    @Option(names = "--keep-within-hourly", paramLabel = "D", descriptionKey = "retention.keep-within-hourly")
    private String keepWithinHourly;

    @Option(names = "--keep-within-daily", paramLabel = "D", descriptionKey = "retention.keep-within-daily")
    private String keepWithinDaily;

    @Option(names = "--keep-within-weekly", paramLabel = "D", descriptionKey = "retention.keep-within-weekly")
    private String keepWithinWeekly;

    @Option(names = "--keep-within-monthly", paramLabel = "D", descriptionKey = "retention.keep-within-monthly")
    private String keepWithinMonthly;

    @Option(names = "--keep-within-yearly", paramLabel = "D", descriptionKey = "retention.keep-within-yearly")
    private String keepWithinYearly;

    @Option(names = "--keep-tag", paramLabel = "T", descriptionKey = "retention.keep-tag")
    private List<String> keepTags = new ArrayList<>();

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public RetentionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((snapshotsFile == null) == (source == null)) {
            throw new InputProblem("error.retention.input");
        }
        RetentionPolicy policy = RetentionPolicies.restic(rules(), time.now(context));
        RetentionDecision decision;
        PrintWriter out = spec.commandLine().getOut();
        if (snapshotsFile != null) {
            ResticSnapshots snapshots = readSnapshots();
            decision = policy.apply(snapshots.snapshots());
            out.println(json ? RetentionJson.render(decision, snapshots::echo) : text(decision, policy));
        } else {
            decision = policy.apply(history(time.zone(context)));
            out.println(json ? RetentionJson.render(decision) : text(decision, policy));
        }
        out.flush();
        return ExitCode.OK;
    }

    private String text(RetentionDecision decision, RetentionPolicy policy) {
        return RetentionText.render(decision, policy.describe(), context.messages()).stripTrailing();
    }

    /** A preset's rules, or the flags'; both at once would leave the user guessing which won. */
    private RetentionRules rules() {
        RetentionRules flags = flagRules();
        if (preset == null) {
            return flags;
        }
        RetentionPreset named = RetentionPresets.named(preset).orElseThrow(() -> new InputProblem(
                "error.retention.preset", preset, RetentionPresets.all().stream().map(RetentionPreset::name)
                        .collect(Collectors.joining(", "))));
        if (named.isCustom()) {
            return flags;
        }
        if (!flags.isEmpty()) {
            throw new InputProblem("error.retention.presetAndRules", preset);
        }
        return named.rules();
    }

    private RetentionRules flagRules() {
        RetentionRules rules = RetentionRules.NONE
                .withLast(count("--keep-last", keepLast))
                .withHourly(count("--keep-hourly", keepHourly))
                .withDaily(count("--keep-daily", keepDaily))
                .withWeekly(count("--keep-weekly", keepWeekly))
                .withMonthly(count("--keep-monthly", keepMonthly))
                .withYearly(count("--keep-yearly", keepYearly))
                .withWithin(span(keepWithin))
                .withWithinHourly(span(keepWithinHourly))
                .withWithinDaily(span(keepWithinDaily))
                .withWithinWeekly(span(keepWithinWeekly))
                .withWithinMonthly(span(keepWithinMonthly))
                .withWithinYearly(span(keepWithinYearly));
        for (String tag : keepTags) {
            rules = rules.withTag(tag);
        }
        return rules;
    }

    /** A count as restic takes it: a whole number, or {@code unlimited} (also -1). */
    private static int count(String option, String text) {
        if (text == null) {
            return 0;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("unlimited")) {
            return RetentionRules.UNLIMITED;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= RetentionRules.UNLIMITED) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, with the option named
        }
        throw new InputProblem("error.retention.count", option, text);
    }

    private static CalendarSpan span(String text) {
        return text == null ? CalendarSpan.NONE : CalendarSpan.parse(text);
    }

    private ResticSnapshots readSnapshots() {
        if (snapshotsFile.equals("-")) {
            return ResticSnapshots.read(context.stdin(), context.messages().get("retention.stdin"));
        }
        Path file = Path.of(snapshotsFile);
        if (Files.isDirectory(file)) {
            throw new InputProblem("error.retention.read", file, context.messages().get("retention.isFolder"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ResticSnapshots.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputProblem(e, "error.retention.read", file, context.messages().get("retention.noFile"));
        } catch (IOException e) {
            throw new InputProblem(e, "error.retention.read", file, String.valueOf(e.getMessage()));
        }
    }

    /** Each backup of the source, at the offset the user's zone had then: its wall clock buckets it. */
    private List<Snapshot> history(ZoneId zone) {
        Workspace workspace = new Workspace(context.dataDir(), context.scanner());
        workspace.find(source).orElseThrow(() -> new InputProblem("error.source.unknown", source));
        List<Snapshot> snapshots = new ArrayList<>();
        for (SeenBackup seen : workspace.history(source)) {
            snapshots.add(new Snapshot(seen.backup().name(), seen.backup().time().atZone(zone).toOffsetDateTime(),
                    List.of(), seen.backup().paths()));
        }
        return snapshots;
    }
}
