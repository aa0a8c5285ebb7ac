package dev.vigie.bench;

import dev.vigie.source.local.LocalScanner;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.VigieWindow;
import dev.vigie.ui.shell.View;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;

/**
 * Whether the window stutters while long work runs: the real window (headless, Monocle) scans a 100,000-file source
 * and then fully verifies a 1 GB one, and an {@link AnimationTimer} measures the gaps between pulses on the FX
 * thread meanwhile. A pulse is due every 16.7 ms; a longer gap is a frame the window could not draw. Prints the worst
 * gap and how many passed 50 ms, for the machine idle first (what the load alone does), then for each piece of work.
 * Not a test: run it with {@code bench/fx-stutter-bench.sh}. System properties (JAVA_OPTS of the script):
 * {@code stutter.explain=true} samples the FX thread every 5 ms and names what it was doing during each worst gap
 * ({@code stutter.deep=true}, {@code stutter.depth=N} for more frames); {@code stutter.again=true} runs the
 * verification twice more, the second time from an empty table, to tell first-time costs from lasting ones;
 * {@code stutter.scannedBefore=true} scans both sources before the window opens, as for a returning user;
 * {@code stutter.firstUse=true} opens the window on its welcome (no source yet) and adds the 100,000-file folder
 * there, as a new user would. A worst gap over 50 ms also says how much of it the FX thread and the renderer ran;
 * {@code stutter.tasks=true} adds every thread's time on a core in it (Linux), JIT and GC threads included: on 2
 * cores, the rest of such a gap is mostly the JIT compilers holding both.
 */
public final class FxStutterBenchmark {

    private static final int FOLDERS = 100;
    private static final int FILES_PER_FOLDER = 1_000;

    private final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
    /** Pulse times (nanoTime) paired with the gaps, to find what the FX thread did during the worst one. */
    private final List<Long> pulses = Collections.synchronizedList(new ArrayList<>());
    /** CPU time the FX thread and the renderer used between two frames, beside each gap: what the gap was made of. */
    private final List<long[]> cpu = Collections.synchronizedList(new ArrayList<>());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** With -Dstutter.explain=true: the FX thread's stack every 5 ms, to say what ran during the worst gap. */
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean measuring;
    private volatile Thread fxThread;
    private volatile Stage stage;

    private record Sample(long at, StackTraceElement[] stack) {
    }

    private FxStutterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args.length > 0 ? args[0] : "target/fx-stutter-tree").toAbsolutePath();
        Path crypt = Path.of(args.length > 1 ? args[1] : "target/verify-bench/crypt4").toAbsolutePath();
        if (!Files.isDirectory(crypt)) {
            throw new IllegalStateException(crypt + " is missing: bench/verify-bench.sh builds it");
        }
        build(tree);
        Path data = Files.createTempDirectory("vigie-fx-stutter");
        Workspace setup = new Workspace(data, new LocalScanner());
        boolean firstUse = Boolean.getBoolean("stutter.firstUse");
        if (!firstUse) {
            setup.add("hundred-thousand", tree, Optional.empty());
            setup.add("crypt", crypt, Optional.empty());
        }
        if (Boolean.getBoolean("stutter.scannedBefore")) {
            // A returning user: both sources were scanned in an earlier session, so the window opens on their
            // backups instead of empty tables.
            for (String name : List.of("hundred-thousand", "crypt")) {
                setup.scan(name, Optional.empty(), ZoneId.of("Europe/Paris"), java.time.Instant.now(),
                        dev.vigie.backup.ScanProgress.NONE);
            }
        }
        new FxStutterBenchmark().run(data, tree, () -> {
            if (firstUse) {
                setup.add("crypt", crypt, Optional.empty());
            }
        });
        System.exit(0);
    }

    private void run(Path data, Path tree, Runnable beforeVerification) throws Exception {
        // The Sources table's rehearsal of its first rows (TableRehearsal), a second after it first shows: printed
        // with its time on the FX thread, a one-time frame of its own (with nothing running) the idle line includes.
        java.util.logging.Logger rehearsal = java.util.logging.Logger.getLogger(
                dev.vigie.ui.common.TableRehearsal.class.getName());
        rehearsal.setLevel(java.util.logging.Level.FINE);
        rehearsal.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                System.out.println("  the window " + record.getMessage() + " (once, a second after it first showed)");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        VigieWindow window = onFx(() -> {
            Preferences preferences = Preferences.load(data);
            UiContext context = new UiContext(data, Clock.systemUTC(), ZoneId.of("Europe/Paris"), Locale.ENGLISH,
                    new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                    new Appearance(preferences));
            VigieWindow w = new VigieWindow(context);
            stage = new Stage();
            w.show(stage);
            new AnimationTimer() {
                private long last;
                private long lastFx;
                private long lastRenderer;

                @Override
                public void handle(long now) {
                    long fx = THREADS.getCurrentThreadCpuTime();
                    long renderer = rendererCpu();
                    if (measuring && last != 0) {
                        gaps.add(now - last);
                        pulses.add(System.nanoTime());
                        cpu.add(new long[] {fx - lastFx, renderer - lastRenderer});
                        if (Boolean.getBoolean("stutter.tasks")) {
                            tasks.add(taskTimes());
                        }
                    }
                    last = now;
                    lastFx = fx;
                    lastRenderer = renderer;
                }
            }.start();
            return w;
        });
        fxThread = onFx(Thread::currentThread);
        if (Boolean.getBoolean("stutter.explain")) {
            Thread sampler = new Thread(() -> {
                while (true) {
                    if (measuring) {
                        samples.add(new Sample(System.nanoTime(), fxThread.getStackTrace()));
                    }
                    sleep(5);
                }
            }, "stutter-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        Thread.sleep(500); // the window settles: first layout, list of sources read
        // Nothing runs, but the window's first seconds hold a one-time piece of its own: the table's rehearsal.
        measure("window's first 3 s, nothing running", () -> sleep(2_000));
        measure("idle, 3 s (the machine's own noise)", () -> sleep(3_000));
        // Each piece of work with the view it is started from in front: a scan from Sources, a verification from
        // its Dashboard card (-Dstutter.verifyView=sources: the user went to Sources while it ran).
        onFx(() -> {
            window.shell().show(View.SOURCES);
            return null;
        });
        sleep(1_000); // the user's going to Sources is not the scan's
        if (Boolean.getBoolean("stutter.firstUse")) {
            // A new user: the window opens on its welcome, the first folder is added there and scanned at once.
            measure("first folder added from the welcome, scanned", () -> {
                await(onFx(() -> window.sources().add("hundred-thousand", tree, Optional.empty())));
                long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while (onFx(() -> window.sources().backups().size()) < FOLDERS && System.nanoTime() < until) {
                    sleep(20);
                }
            });
        } else {
            measure("scan of 100,000 files", () -> await(onFx(() -> window.sources().scan("hundred-thousand"))));
        }
        beforeVerification.run();
        View verifyView = View.fromId(System.getProperty("stutter.verifyView", "dashboard")).orElseThrow();
        // The user's click, measured on its own: a view shown for the first time is styled and laid out whole.
        measure("going to the " + verifyView.id() + " view (a click)", () -> onFx(() -> {
            window.shell().show(verifyView);
            return null;
        }));
        if (Boolean.getBoolean("stutter.explain")) {
            System.out.println("  shown: " + onFx(() -> window.shell().current() + ", source "
                    + window.sources().selectedProperty().get().source().name() + " with "
                    + window.sources().backups().size() + " backups"));
        }
        measure("full verification of 4 x 256 MB crypt15, " + verifyView.id() + " shown", () -> await(onFx(() ->
                window.dashboard().verifyFully("crypt"))));
        if (Boolean.getBoolean("stutter.again")) {
            measure("the same verification again", () -> await(onFx(() -> window.dashboard().verifyFully("crypt"))));
            onFx(() -> {
                window.sources().backups().clear();
                return null;
            });
            Thread.sleep(500);
            measure("again, from an empty table", () -> await(onFx(() -> window.dashboard().verifyFully("crypt"))));
        }
        Platform.exit();
    }

    /** CPU time of JavaFX's render thread so far, or 0 when it is not found. */
    private static long rendererCpu() {
        if (renderer == null) {
            renderer = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        }
        return renderer == null ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderer.getId()));
    }

    private static Thread renderer;
    /** With -Dstutter.tasks=true: every thread's time on a core so far (JIT and GC included), at each frame. */
    private final List<Map<String, Long>> tasks = Collections.synchronizedList(new ArrayList<>());

    /** Each thread of this process (Linux: /proc/self/task, JVM threads too) with its time on a core so far, in ns. */
    private static Map<String, Long> taskTimes() {
        Map<String, Long> times = new HashMap<>();
        try (var all = Files.list(Path.of("/proc/self/task"))) {
            all.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim() + " #" + task.getFileName();
                    times.put(name, Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split(" ")[0]));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            // not Linux: no breakdown
        }
        return times;
    }

    private void measure(String what, Runnable work) {
        gaps.clear();
        pulses.clear();
        cpu.clear();
        tasks.clear();
        samples.clear();
        measuring = true;
        long start = System.nanoTime();
        work.run();
        long took = System.nanoTime() - start;
        // What the work sets off in the window after its task ends (the list of sources read again, the selected
        // source's backups) counts as the work's: one more second is measured before the next piece starts.
        sleep(1_000);
        measuring = false;
        List<Long> copy;
        synchronized (gaps) {
            copy = new ArrayList<>(gaps);
        }
        long worst = copy.stream().mapToLong(Long::longValue).max().orElse(0);
        long over = copy.stream().filter(g -> g > 50_000_000L).count();
        System.out.printf(Locale.ROOT, "%-42s %6.1f s, %5d frames, worst gap %5.0f ms, %3d gaps over 50 ms%n", what,
                took / 1e9, copy.size(), worst / 1e6, over);
        if (worst > 50_000_000L) {
            // What the worst gap was made of: the FX thread's own work, the renderer's, and the rest (waiting for a
            // core the other threads held, or a garbage collection pause).
            long[] used = cpu.get(copy.indexOf(worst));
            System.out.printf(Locale.ROOT, "  in the worst gap the FX thread ran %.0f ms, the renderer %.0f ms%n",
                    used[0] / 1e6, used[1] / 1e6);
            int i = copy.indexOf(worst);
            if (Boolean.getBoolean("stutter.tasks") && i > 0) {
                var before = tasks.get(i - 1);
                var after = tasks.get(i);
                after.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                        .filter(e -> e.getValue() > 1_000_000L)
                        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                        .forEach(e -> System.out.printf(Locale.ROOT, "    %-30s %5.1f ms%n", e.getKey(), e.getValue() / 1e6));
            }
        }
        if (Boolean.getBoolean("stutter.explain") && worst > 50_000_000L) {
            explain(copy.indexOf(worst), worst);
        }
    }

    /** The Vigie frames (else the top frames) the FX thread was seen in during the worst gap, most seen first. */
    private void explain(int index, long worst) {
        long end;
        synchronized (pulses) {
            end = pulses.get(index);
        }
        long start = end - worst;
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        int n = 0;
        synchronized (samples) {
            for (Sample sample : samples) {
                if (sample.at() < start || sample.at() > end) {
                    continue;
                }
                n++;
                // Named by the outermost Vigie frame (what Vigie asked for), else by the outermost frame below
                // the event loop (a pulse: CSS, layout, drawing).
                String where = "other";
                StackTraceElement[] stack = sample.stack();
                for (int i = stack.length - 1; i >= 0; i--) {
                    if (stack[i].getClassName().startsWith("dev.vigie")) {
                        where = stack[i].getClassName().replaceAll(".*\\.", "") + "." + stack[i].getMethodName()
                                + ":" + stack[i].getLineNumber();
                        break;
                    }
                    if (stack[i].getMethodName().equals("pulse") || stack[i].getMethodName().equals("firePulse")) {
                        where = "pulse: " + (i > 0 ? stack[i - 1].getClassName().replaceAll(".*\\.", "") + "."
                                + stack[i - 1].getMethodName() : "");
                    }
                }
                if (Boolean.getBoolean("stutter.deep")) {
                    StringBuilder top = new StringBuilder(where).append("  ::");
                    for (int i = 0; i < Math.min(Integer.getInteger("stutter.depth", 4), stack.length); i++) {
                        top.append(' ').append(stack[i].getClassName().replaceAll(".*\\.", "")).append('.')
                                .append(stack[i].getMethodName());
                    }
                    where = top.toString();
                }
                seen.merge(where, 1, Integer::sum);
            }
        }
        long endWall = System.currentTimeMillis() - (System.nanoTime() - end) / 1_000_000;
        System.out.println("  the worst gap ended at " + java.time.Instant.ofEpochMilli(endWall) + " (UTC)");
        System.out.println("  during the worst gap, " + n + " samples of the FX thread:");
        seen.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .limit(Boolean.getBoolean("stutter.deep") ? 40 : 12)
                .forEach(e -> System.out.println("    " + e.getValue() + "  " + e.getKey()));
    }

    private static void await(Task<?> task) {
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (task.isDone()) {
                done.complete(task.getException());
            } else {
                task.runningProperty().addListener((o, was, running) -> {
                    if (!running) {
                        done.complete(task.getException());
                    }
                });
            }
        });
        Throwable failure;
        try {
            failure = done.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 100 folders of 1,000 small files, once; a marker beside it says it is complete. */
    private static void build(Path tree) throws IOException {
        Path marker = tree.resolveSibling(tree.getFileName() + ".complete");
        if (Files.exists(marker)) {
            return;
        }
        byte[] content = new byte[100];
        for (int d = 0; d < FOLDERS; d++) {
            Path folder = Files.createDirectories(tree.resolve(String.format(Locale.ROOT, "set-%03d", d)));
            for (int f = 0; f < FILES_PER_FOLDER; f++) {
                Files.write(folder.resolve(String.format(Locale.ROOT, "file-%04d.dat", f)), content);
            }
        }
        Files.writeString(marker, "");
    }
}
