package dev.vigie.ui.timeline;

import dev.vigie.backup.Finding;
import dev.vigie.backup.SeenBackup;
import dev.vigie.health.HealthReport;
import dev.vigie.schedule.Schedule;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.IconButtons;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The timeline of one source: its backups, expected runs and gaps over time, read off the FX thread. */
public final class TimelineController {

    private final UiContext context;
    private final Workspace workspace;
    private final ObjectProperty<String> source;
    private final TimelineView view;

    @FXML
    private ComboBox<String> sourceBox;
    @FXML
    private Button zoomInButton;
    @FXML
    private Button zoomOutButton;
    @FXML
    private Button fitButton;
    @FXML
    private Label legendBackup;
    @FXML
    private Label legendFlagged;
    @FXML
    private Label legendSlot;
    @FXML
    private Label legendGap;
    @FXML
    private VBox canvasBox;
    @FXML
    private Label summaryLabel;

    /**
     * @param source the source shown, shared with the dashboard so that "Timeline" on a card opens this one
     */
    public TimelineController(UiContext context, Workspace workspace, ObjectProperty<String> source) {
        this.context = context;
        this.workspace = workspace;
        this.source = source;
        Instant now = context.clock().instant();
        this.view = new TimelineView(now.minus(Duration.ofDays(30)).toEpochMilli(), Duration.ofDays(31).toMillis());
    }

    private I18n i18n() {
        return context.i18n();
    }

    @FXML
    private void initialize() {
        view.setId("timeline");
        canvasBox.getChildren().add(0, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        view.setFontSize(axisFontSize(context.appearance().trainingProperty().get()));
        context.appearance().trainingProperty().addListener((obs, old, now) -> view.setFontSize(axisFontSize(now)));
        IconButtons.dress(zoomInButton, Material2OutlinedMZ.ZOOM_IN, i18n(), "timeline.zoomIn");
        IconButtons.dress(zoomOutButton, Material2OutlinedMZ.ZOOM_OUT, i18n(), "timeline.zoomOut");
        IconButtons.dress(fitButton, Material2OutlinedAL.FULLSCREEN, i18n(), "timeline.fit");
        legendBackup.setGraphic(new javafx.scene.shape.Rectangle(4, 14, TimelineView.BACKUP));
        legendFlagged.setGraphic(new javafx.scene.shape.Rectangle(4, 14, TimelineView.FLAGGED));
        legendSlot.setGraphic(new javafx.scene.shape.Rectangle(2, 10, TimelineView.SLOT));
        legendGap.setGraphic(new javafx.scene.shape.Rectangle(14, 14, TimelineView.GAP));
        view.textColorProperty().set(textColor(context.appearance().themeProperty().get()));
        context.appearance().themeProperty().addListener((obs, old, now) -> view.textColorProperty()
                .set(textColor(now)));

        sourceBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(source.get())) {
                source.set(now);
            }
        });
        source.addListener((obs, old, now) -> load(now));
        context.tasks().create(workspace::sources).onSuccess(list -> {
            sourceBox.getItems().setAll(list.stream().map(s -> s.source().name()).toList());
            if (source.get() == null && !list.isEmpty()) {
                source.set(list.get(0).source().name());
            } else {
                load(source.get());
            }
        }).start();
    }

    /** The charts' text grows with the window's in training mode (17 px over 13). */
    public static double axisFontSize(boolean training) {
        return training ? TimeAxis.FONT_SIZE * 17 / 13 : TimeAxis.FONT_SIZE;
    }

    private static Color textColor(Preferences.Theme theme) {
        return theme == Preferences.Theme.DARK ? Color.web("#c9d1d9") : Color.web("#57606a");
    }

    /** What the timeline shows for a source: its history and the analysis of it. */
    private record Loaded(List<SeenBackup> history, HealthReport report) {
    }

    private void load(String name) {
        if (name == null) {
            return;
        }
        sourceBox.setValue(name);
        Instant now = context.clock().instant();
        context.tasks().create(() -> new Loaded(workspace.history(name), workspace.analyse(name, context.zone(), now)))
                .onSuccess(loaded -> show(loaded, now))
                .onError(e -> ErrorDialog.show(view.getScene() == null ? null : view.getScene().getWindow(), i18n(),
                        i18n().get("timeline.fail", name), e))
                .start();
    }

    private void show(Loaded loaded, Instant now) {
        HealthReport report = loaded.report();
        long[] backups = loaded.history().stream().mapToLong(b -> b.backup().time().toEpochMilli()).toArray();
        Map<Long, SeenBackup> byTime = new HashMap<>();
        Map<Long, List<Finding>> findingsByTime = new HashMap<>();
        for (SeenBackup b : loaded.history()) {
            long t = b.backup().time().toEpochMilli();
            byTime.put(t, b);
            List<Finding> about = report.findings().stream().filter(f -> concerns(f, b)).toList();
            if (!about.isEmpty()) {
                findingsByTime.put(t, about);
            }
        }
        long[] flagged = findingsByTime.keySet().stream().mapToLong(Long::longValue).toArray();
        view.setDescriber(hover -> describe(hover, byTime, findingsByTime, now));
        Schedule schedule = report.schedule();
        long period = Math.max(1, schedule.nominalPeriod().toMillis());
        TimelineData.SlotSource slots = (from, to, limit) -> {
            if ((to - from) / period >= limit) {
                return new long[limit]; // too dense to draw one by one: the view draws a band
            }
            return schedule.slots(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)).stream()
                    .mapToLong(Instant::toEpochMilli).limit(limit).toArray();
        };
        view.setData(new TimelineData(backups, flagged, report.gaps(), slots), context.zone(), i18n().locale());
        view.setHorizon(report.nextExpected().toEpochMilli());
        view.fitAll();
        summaryLabel.setText(i18n().get("timeline.summary", backups.length, report.gaps().size(),
                report.missedRuns().last30Days(), i18n().formats().schedule(schedule)));
    }

    /**
     * Whether a finding is about this backup: by its name, or by the file or folder it names (a layout may name
     * the backup by its folder and the finding by a file in it).
     */
    static boolean concerns(Finding f, SeenBackup b) {
        if (f.backup().map(n -> n.equals(b.backup().name())).orElse(false)) {
            return true;
        }
        String path = f.path();
        return !path.isEmpty() && b.backup().paths().stream()
                .anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** The tooltip of what the pointer is over: time, size, state and what it means. */
    private String describe(TimelineView.Hover hover, Map<Long, SeenBackup> byTime,
                            Map<Long, List<Finding>> findings, Instant now) {
        var f = i18n().formats();
        if (hover instanceof TimelineView.Hover.Backup b) {
            SeenBackup seen = byTime.get(b.time());
            if (seen == null) {
                return "";
            }
            StringBuilder text = new StringBuilder(i18n().get("timeline.hover.backup",
                    f.dateTime(seen.backup().time(), context.zone()), f.age(seen.backup().time(), now),
                    f.size(seen.backup().sizeBytes()), seen.backup().fileCount(),
                    i18n().get(seen.inLatestScan() ? "timeline.hover.present" : "timeline.hover.rotated")));
            for (Finding finding : findings.getOrDefault(b.time(), List.of())) {
                text.append('\n').append(i18n().get("timeline.hover.finding", i18n().messages().finding(finding)));
            }
            return text.toString();
        }
        if (hover instanceof TimelineView.Hover.Slot s) {
            Instant t = Instant.ofEpochMilli(s.time());
            return i18n().get("timeline.hover.slot", f.dateTime(t, context.zone()));
        }
        if (hover instanceof TimelineView.Hover.InGap g) {
            return i18n().get("timeline.hover.gap", f.dateTime(g.gap().from(), context.zone()),
                    f.dateTime(g.gap().to(), context.zone()), g.gap().missedSlots());
        }
        return "";
    }

    @FXML
    private void zoomIn() {
        view.zoomIn();
    }

    @FXML
    private void zoomOut() {
        view.zoomOut();
    }

    @FXML
    private void fit() {
        view.fitAll();
    }
}
