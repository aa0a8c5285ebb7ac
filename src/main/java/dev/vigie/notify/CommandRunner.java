package dev.vigie.notify;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Runs an operating-system command (notify-send, osascript, systemctl, crontab...) and says how it ended. The one
 * boundary between Vigie and those programs, so that tests put a recording or a scripted one in its place.
 */
public interface CommandRunner {

    /** How a command ended: its exit code and what it printed (stdout and stderr together). */
    record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * @param command     the program and its arguments, never through a shell
     * @param environment added to the process's environment (texts passed this way need no quoting)
     * @param input       written to the command's standard input ("" for none)
     * @throws IOException when the program cannot be started (not installed) or does not end in time
     */
    Result run(List<String> command, Map<String, String> environment, String input) throws IOException;
}
