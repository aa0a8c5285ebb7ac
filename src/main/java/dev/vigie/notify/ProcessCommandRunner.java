package dev.vigie.notify;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs commands as child processes, each bounded by a timeout. */
public final class ProcessCommandRunner implements CommandRunner {

    private final Duration timeout;
    private final Optional<String> searchPath;

    /**
     * @param searchPath where to look for a program named without a folder (a {@code PATH} value); empty for the
     *                   process's own {@code PATH}
     */
    public ProcessCommandRunner(Duration timeout, Optional<String> searchPath) {
        this.timeout = timeout;
        this.searchPath = searchPath;
    }

    public ProcessCommandRunner() {
        this(Duration.ofSeconds(30), Optional.empty());
    }

    @Override
    public Result run(List<String> command, Map<String, String> environment, String input) throws IOException {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, resolve(command.get(0)));
        ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // A command that reads no input may close it early; its exit code tells whether it worked.
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), output.join().strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
    }

    /** The program found along the search path, else the name as given (the process's PATH finds it, or fails). */
    private String resolve(String program) {
        if (searchPath.isEmpty() || program.contains("/") || program.contains("\\")) {
            return program;
        }
        for (String folder : searchPath.get().split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return program;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
