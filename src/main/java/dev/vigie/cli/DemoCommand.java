package dev.vigie.cli;

import picocli.CommandLine.Command;

/** {@code vigie demo}. (Skeleton.) */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Runnable {

    public DemoCommand(CliContext context) {
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("demo not implemented yet");
    }
}
