package dev.vigie.source.tool;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import dev.vigie.schedule.Durations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs an installed backup tool as a process and collects what it printed. The one place Vigie starts restic or borg:
 * the arguments never carry a secret (passwords and repository addresses go through the environment), standard
 * input is empty so that a tool asking a question fails at once instead of waiting, and a run that outlasts its
 * timeout or is cancelled is killed with its children.
 */
public final class ToolRunner {

    private static final long POLL_MILLIS = 50;

    private final Duration timeout;

    /** @param timeout how long one run may take before it is killed */
    public ToolRunner(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code command} with exactly {@code environment} (nothing inherited beyond it).
     *
     * @param tool     how to name the tool in a message ({@code restic})
     * @param progress asked now and then whether to stop
     * @throws InputProblem {@code error.tool.missing} when the program cannot be started, {@code error.tool.timeout}
     *                      when it runs too long
     * @throws ScanCancelledException when {@code progress} says to stop; the process is killed first
     */
    public ToolOutput run(String tool, List<String> command, Map<String, String> environment, Path workDir,
                          ScanProgress progress) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new InputProblem(e, "error.tool.missing", tool, ToolVersions.installHint(tool));
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (progress.isCancelled()) {
                    kill(process);
                    throw new ScanCancelledException();
                }
                if (System.nanoTime() - deadline > 0) {
                    kill(process);
                    throw new InputProblem("error.tool.timeout", tool, Durations.format(timeout));
                }
            }
            return new ToolOutput(process.exitValue(), text(out.get()), text(err.get()));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new ScanCancelledException();
        } catch (ExecutionException e) {
            throw new InputProblem(e, "error.tool.failed", tool, String.valueOf(e.getCause().getMessage()));
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
