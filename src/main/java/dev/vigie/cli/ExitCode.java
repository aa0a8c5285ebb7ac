package dev.vigie.cli;

/** Exit codes shared by every command. */
public final class ExitCode {

    /** Ran, and found nothing wrong. */
    public static final int OK = 0;
    /** Ran, and found a problem the command defines (for scan: no backup at all). */
    public static final int PROBLEM_FOUND = 1;
    /** Bad usage or bad input: nothing was done. */
    public static final int BAD_INPUT = 2;
    /** A fault in Vigie itself; {@code --debug} shows the stack trace. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
