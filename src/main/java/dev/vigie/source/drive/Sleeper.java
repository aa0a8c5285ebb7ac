package dev.vigie.source.drive;

import java.time.Duration;

/** Waits between attempts; tests give one that only counts, so they never wait. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
