package dev.vigie.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        context.setDriveRootUrl(url);
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
