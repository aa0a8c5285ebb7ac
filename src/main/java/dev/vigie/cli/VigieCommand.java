package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

// The verbs are not listed in the annotation but in VERBS, added by Cli.create: a command line that names one verb
// builds only that verb's model, which saves picocli about 200 ms of reflection over all the others at each start.
/** The top command: global options and the list of verbs. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class VigieCommand implements Runnable {

    /** Every verb by its name, in the order the help lists them. */
    static final Map<String, Class<?>> VERBS = verbs(ScanCommand.class, "scan", CheckCommand.class, "check",
            SourcesCommand.class, "sources", HistoryCommand.class, "history", DemoCommand.class, "demo",
            RetentionCommand.class, "retention", SimulateCommand.class, "simulate", WhatIfCommand.class, "whatif",
            DriveCommand.class, "drive", ContactsCommand.class, "contacts", ConsentCommand.class, "consent",
            ErasureCommand.class, "erasure", AccessCommand.class, "access", AuditCommand.class, "audit",
            ChecklistCommand.class, "checklist", ChatCommand.class, "chat", DrillCommand.class, "drill",
            AlertsCommand.class, "alerts", WatchCommand.class, "watch");

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    public VigieCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "data-dir")
    void setDataDir(Path dir) {
        context.setDataDirFlag(dir);
    }

    // Hidden: for scripts and tests, documented in the README; every command's help stays as it was.
    @Option(names = "--drive-root-url", paramLabel = "URL", scope = ScopeType.INHERIT, hidden = true,
            descriptionKey = "drive-root-url")
    void setDriveRootUrl(String url) {
        if (!isHttpUrl(url)) {
            InputProblem problem = new InputProblem("error.driveRootUrl", url);
            throw new ParameterException(spec.commandLine(), context.messages().problem(problem), problem, null, url);
        }
        context.setDriveRootUrl(url);
    }

    /** An absolute http or https address with a host: the only kind Drive requests can be sent to. */
    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
    void setDebug(boolean debug) {
        context.setDebug(debug);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Map<String, Class<?>> verbs(Object... classAndName) {
        Map<String, Class<?>> verbs = new LinkedHashMap<>();
        for (int i = 0; i < classAndName.length; i += 2) {
            verbs.put((String) classAndName[i + 1], (Class<?>) classAndName[i]);
        }
        return Collections.unmodifiableMap(verbs);
    }
}
