package dev.vigie.notify;

import dev.vigie.backup.InputProblem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code vigie watch install} registers: a command and how often to run it.
 *
 * @param every   between two runs: whole minutes that divide an hour, whole hours that divide a day, or whole days
 * @param command the program and its arguments, absolute paths
 */
public record WatchPlan(Duration every, List<String> command) {

    public WatchPlan {
        Objects.requireNonNull(every, "every");
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no command");
        }
        long minutes = every.toMinutes();
        boolean usable = every.equals(Duration.ofMinutes(minutes)) && minutes >= 5
                && (minutes < 60 ? 60 % minutes == 0
                        : minutes < 1440 ? minutes % 60 == 0 && 24 % (minutes / 60) == 0
                        : minutes % 1440 == 0);
        if (!usable) {
            throw new InputProblem("error.watch.every", every.toString());
        }
    }
}
