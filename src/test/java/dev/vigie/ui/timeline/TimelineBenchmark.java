package dev.vigie.ui.timeline;

import dev.vigie.health.Gap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Frame time of the timeline with 100,000 backups (hourly, eleven years, 500 gaps), at full zoom-out, at one
 * month, and while panning; software rendering, headless. Run with {@code bench/timeline-bench.sh}.
 */
public final class TimelineBenchmark {

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long hour = Duration.ofHours(1).toMillis();
        long start = Instant.parse("2016-01-01T00:00:00Z").toEpochMilli();
        long[] backups = new long[100_000];
        for (int i = 0; i < backups.length; i++) {
            backups[i] = start + i * hour;
        }
        long[] flagged = Arrays.stream(backups).filter(t -> (t / hour) % 97 == 0).toArray();
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            long from = start + i * 190L * hour;
            gaps.add(new Gap(Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + 5 * hour), 4));
        }
        TimelineData data = new TimelineData(backups, flagged, gaps, (from, to, limit) -> {
            long first = Math.max(from, start) / hour * hour;
            int n = (int) Math.min(limit, Math.max(0, (to - first) / hour + 1));
            long[] slots = new long[n];
            for (int i = 0; i < n; i++) {
                slots[i] = first + i * hour;
            }
            return slots;
        });

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            TimelineView view = new TimelineView(start, backups[backups.length - 1] - start);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(view), 1200, 300));
            stage.show();
            view.setData(data, ZoneId.of("Europe/Paris"), Locale.ENGLISH);
            view.fitAll();
            double all = median(view, 200, () -> { });
            view.scale().fit(start + 5000 * hour, start + 5000 * hour + Duration.ofDays(30).toMillis());
            double month = median(view, 200, () -> { });
            view.fitAll();
            double panning = median(view, 200, () -> view.scale().pan(3));
            result.set(String.format(Locale.ROOT, "timeline, 100,000 backups, 1200 px wide: median frame "
                    + "%.2f ms all eleven years, %.2f ms one month, %.2f ms while panning", all, month, panning));
            stage.close();
            done.countDown();
        });
        done.await();
        System.out.println(result.get());
        Platform.exit();
    }

    private static double median(TimelineView view, int frames, Runnable before) {
        for (int i = 0; i < 50; i++) {
            before.run();
            view.draw();
        }
        double[] ms = new double[frames];
        for (int i = 0; i < frames; i++) {
            before.run();
            long t = System.nanoTime();
            view.draw();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[frames / 2];
    }
}
