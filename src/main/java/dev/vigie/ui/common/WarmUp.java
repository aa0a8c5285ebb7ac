package dev.vigie.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work done once, off the FX thread, after the window shows its content, so that the FX thread does not pay for it
 * in the middle of a frame later: the first date or number formatted in a language loads its locale data, which
 * made the first table a scan or verification filled freeze the window for tens of milliseconds more.
 *
 * <p>Only plain Java belongs here. Laying out controls off the FX thread is not: JavaFX measures text with one shared
 * layout object, and a table laid out here broke a text measurement on the FX thread (tried).
 */
public final class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

    private WarmUp() {
    }

    /** Runs {@code work} on a low-priority daemon thread; a failure is only a missed speed-up. */
    public static Thread start(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the warm-up failed", e);
            }
        }, "vigie-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }
}
