package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.drill.Drill;
import dev.vigie.drill.DrillProgress;
import dev.vigie.i18n.Formats;
import dev.vigie.report.ChecklistFile;
import dev.vigie.report.DrillJson;
import dev.vigie.report.DrillSummary;
import dev.vigie.report.DrillText;
import dev.vigie.workspace.Drills;
import dev.vigie.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
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

/**
 * {@code vigie drill NAME}: restores a backup of a source into a sandbox, checks every file that came out, deletes
 * the sandbox and records the drill. Exit 0 restored and checked, 1 restored with problems, 2 bad input or no room.
 * With {@code --list}, the source's drills instead; with {@code --summary FILE.pdf}, the trainer's printable summary
 * of every drill (or the source's).
 */
@Command(name = "drill", mixinStandardHelpOptions = true)
public final class DrillCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", descriptionKey = "source.registered")
    private String name;

    @Option(names = "--backup", paramLabel = "latest|NAME", defaultValue = "latest", descriptionKey = "drill.backup")
    private String backup;

    @Option(names = "--sample", paramLabel = "N%", defaultValue = "100%", descriptionKey = "drill.sample")
    private String sample;

    @Option(names = "--into", paramLabel = "DIR", descriptionKey = "drill.into")
    private Path into;

    @Option(names = "--list", descriptionKey = "drill.list")
    private boolean list;

    @Option(names = "--summary", paramLabel = "FILE.pdf", descriptionKey = "drill.summary")
    private Path summary;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public DrillCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ZoneId zone = time.zone(context);
        Instant now = time.now(context);
        Workspace workspace = Targets.workspace(context);
        Drills drills = workspace.drills(context.freeSpace());
        PrintWriter out = spec.commandLine().getOut();
        Formats formats = new Formats(context.messages());
        if (summary != null) {
            List<Drill> all = name == null ? drills.all() : drills.list(name);
            ChecklistFile.write(summary, DrillSummary.document(all, zone, context.clock().instant(), formats),
                    ChecklistFile.Format.PDF, context.messages().locale());
            out.println(context.messages().get("drill.summary.written", summary.toAbsolutePath()));
            out.flush();
            return ExitCode.OK;
        }
        if (name == null) {
            throw new InputProblem("error.drill.name");
        }
        if (list) {
            List<Drill> all = drills.list(name);
            out.print(json ? DrillJson.render(all, zone, context.messages()) + System.lineSeparator()
                    : DrillText.list(all, zone, now, formats));
            out.flush();
            return ExitCode.OK;
        }
        int percent = percent(sample);
        Drills.Request request = new Drills.Request(Optional.of(backup), percent, Optional.ofNullable(into),
                context.clock().millis());
        Drill drill = drills.run(name, request, zone, now, progress(formats));
        out.print(json ? DrillJson.render(drill, zone, context.messages()) + System.lineSeparator()
                : DrillText.render(drill, percent, formats));
        out.flush();
        return drill.findings().isEmpty() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
    }

    /** "10%" or "10". */
    static int percent(String text) {
        String digits = text.strip();
        if (digits.endsWith("%")) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        try {
            int value = Integer.parseInt(digits);
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        throw new InputProblem("error.drill.sample", text);
    }

    /** What is restored and checked, on one line of stderr rewritten in place, only when a person is watching. */
    private DrillProgress progress(Formats formats) {
        if (System.console() == null) {
            return DrillProgress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return new DrillProgress() {
            private long lastShown;

            @Override
            public void restoring(String file, long done, long total) {
                show(context.messages().get("drill.progress.restoring", file, formats.size(done),
                        formats.size(total)), done == total);
            }

            /** At most ten redraws a second; the last one stays, on its own line. */
            private void show(String line, boolean last) {
                long t = System.nanoTime();
                if (t - lastShown > 100_000_000L || last) {
                    lastShown = t;
                    err.print("\r" + line + "\u001b[K" + (last ? System.lineSeparator() : ""));
                    err.flush();
                }
            }
        };
    }
}
