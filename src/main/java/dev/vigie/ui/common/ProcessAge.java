package dev.vigie.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long ago this process started, for the start-up figure in the log. {@link ProcessHandle.Info#startInstant()}
 * is off by up to a second on Linux (it adds the process's start, in clock ticks since boot, to the boot time, which
 * {@code /proc/stat} gives in whole seconds): on the machine the benchmark ran on it added 255 ms to every start.
 * Here both ends come from the same clock since boot, {@code /proc/self/stat} and {@code /proc/uptime}, within 10 ms.
 */
public final class ProcessAge {

    /** Linux's USER_HZ, the unit of /proc's times: 100 on every architecture Vigie runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessAge() {
    }

    /** The process's age now; empty when neither /proc nor the JDK can tell. */
    public static Optional<Duration> now() {
        Optional<Duration> proc = fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
        return proc.isPresent() ? proc
                : ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, Instant.now()));
    }

    /** The age from a process's stat line and the system's uptime file; empty when they cannot be read. */
    static Optional<Duration> fromProc(Path stat, Path uptime) {
        try {
            String line = Files.readString(stat, StandardCharsets.US_ASCII);
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3,
            // starttime field 22.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double up = Double.parseDouble(Files.readString(uptime, StandardCharsets.US_ASCII).split(" ")[0]);
            long millis = Math.round((up - startTicks / TICKS_PER_SECOND) * 1000);
            return millis >= 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
