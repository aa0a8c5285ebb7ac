package dev.vigie.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkThreadsTest {

    @Test
    void workRunsOnNumberedDaemonThreadsAtTheLowestPriority() throws Exception {
        AtomicInteger numbers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, WorkThreads.factory("vigie-test-", numbers));
        try {
            Thread first = pool.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

            assertThat(first.getName()).isEqualTo("vigie-test-1");
            assertThat(first.isDaemon()).as("a daemon: it never keeps a closing program alive").isTrue();
            assertThat(first.getPriority()).as("below the window's threads").isEqualTo(Thread.MIN_PRIORITY);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numbersGoOnAcrossFactoriesSharingACounter() {
        AtomicInteger numbers = new AtomicInteger();

        Thread one = WorkThreads.factory("vigie-scan-", numbers).newThread(() -> { });
        Thread two = WorkThreads.factory("vigie-scan-", numbers).newThread(() -> { });

        assertThat(one.getName()).isEqualTo("vigie-scan-1");
        assertThat(two.getName()).isEqualTo("vigie-scan-2");
    }
}
