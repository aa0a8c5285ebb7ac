package dev.vigie.ui.common;

import dev.vigie.io.WorkThreads;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * The one place the window runs work off the FX thread: a named daemon pool, and a small builder that wraps the
 * synchronous domain in a {@link Task} whose callbacks come back on the FX thread.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    private final ExecutorService pool;

    public BackgroundTasks() {
        this.pool = Executors.newCachedThreadPool(WorkThreads.factory("vigie-worker-", new AtomicInteger()));
    }

    /** Work that reports progress: it gets its task's {@link Progress} to update and to poll for cancel. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work may tell the window, from any thread. */
    public interface Progress {
        void message(String text);

        /** How much is done, from 0 to 1; below 0, not known (the bar moves without saying how far). */
        void fraction(double done);

        boolean isCancelled();
    }

    public <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(progress -> work.call());
    }

    public <T> Builder<T> create(Work<T> work) {
        return new Builder<>(work);
    }

    /** Waits a little for running work (a settings save on exit), then lets the daemon threads go. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects callbacks, then {@link #start() starts} the task. */
    public final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onError = error -> LOG.log(Level.WARNING, "background work failed", error);
        private Runnable onCancelled = () -> { };

        private Builder(Work<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> callback) {
            this.onSuccess = Objects.requireNonNull(callback);
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> callback) {
            this.onError = Objects.requireNonNull(callback);
            return this;
        }

        public Builder<T> onCancelled(Runnable callback) {
            this.onCancelled = Objects.requireNonNull(callback);
            return this;
        }

        /** Starts the work on the pool; the callbacks run on the FX thread. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    Task<T> self = this;
                    return work.run(new Progress() {
                        @Override
                        public void message(String text) {
                            updateMessage(text);
                        }

                        @Override
                        public void fraction(double done) {
                            if (done < 0) {
                                updateProgress(-1, 1);
                            } else {
                                updateProgress(Math.min(done, 1.0), 1.0);
                            }
                        }

                        @Override
                        public boolean isCancelled() {
                            return self.isCancelled();
                        }
                    });
                }
            };
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> onError.accept(task.getException()));
            task.setOnCancelled(e -> onCancelled.run());
            pool.execute(task);
            return task;
        }
    }
}
