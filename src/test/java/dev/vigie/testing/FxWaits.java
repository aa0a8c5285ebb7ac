package dev.vigie.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in window tests for work that runs off the FX thread, with a failure that says what was awaited. */
public final class FxWaits {

    private FxWaits() {
    }

    /**
     * Waits up to 30 s for {@code condition}; fails naming {@code what} when it never holds. The condition is read
     * from the test's thread, so it can hold half-way through an FX update (a view's cards added, its headline not
     * yet): the FX events pending then are let finish before the test reads the scene.
     */
    public static void until(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
