package dev.vigie.io;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for Vigie's work (walking folders, verifying files, the window's background tasks): daemons, so that they
 * never keep a closing program alive, named for thread dumps, and at {@link Thread#MIN_PRIORITY}, so that where the
 * JVM maps priorities to the OS (the installed app's runtime does: installer/linux/vm-options) the window's threads
 * come first when both want a core. Elsewhere the priority changes nothing.
 */
public final class WorkThreads {

    private WorkThreads() {
    }

    /** Threads named {@code prefix} and the next number of {@code numbers}: "vigie-scan-" gives vigie-scan-1, ... */
    public static ThreadFactory factory(String prefix, AtomicInteger numbers) {
        return work -> {
            Thread thread = new Thread(work, prefix + numbers.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
    }
}
