package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options and the list of verbs. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ScanCommand.class, CheckCommand.class, SourcesCommand.class, HistoryCommand.class,
            DemoCommand.class, RetentionCommand.class, SimulateCommand.class, WhatIfCommand.class,
            DriveCommand.class, ContactsCommand.class, ConsentCommand.class, ErasureCommand.class,
            AccessCommand.class, AuditCommand.class,
            ChecklistCommand.class,
            ChatCommand.class,
            DrillCommand.class,
            AlertsCommand.class,
            WatchCommand.class})
public final class VigieCommand implements Runnable {

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
}
