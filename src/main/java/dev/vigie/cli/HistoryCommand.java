package dev.vigie.cli;

import picocli.CommandLine.Command;

/** {@code vigie history}. (Skeleton.) */
@Command(name = "history", mixinStandardHelpOptions = true)
public final class HistoryCommand implements Runnable {

    public HistoryCommand(CliContext context) {
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("history not implemented yet");
    }
}
