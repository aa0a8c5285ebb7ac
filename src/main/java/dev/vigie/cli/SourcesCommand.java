package dev.vigie.cli;

import picocli.CommandLine.Command;

/** {@code vigie sources}. (Skeleton.) */
@Command(name = "sources", mixinStandardHelpOptions = true)
public final class SourcesCommand implements Runnable {

    public SourcesCommand(CliContext context) {
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("sources not implemented yet");
    }
}
