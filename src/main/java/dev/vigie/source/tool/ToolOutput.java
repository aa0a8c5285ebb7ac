package dev.vigie.source.tool;

import java.util.Objects;

/**
 * What one run of a tool printed.
 *
 * @param exitCode the process's exit code
 * @param stdout   standard output, as UTF-8 text
 * @param stderr   standard error, as UTF-8 text
 */
public record ToolOutput(int exitCode, String stdout, String stderr) {

    public ToolOutput {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}
