package dev.vigie.ui.dashboard;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.drill.Drill;
import dev.vigie.health.HealthReport;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.health.ThreeTwoOneAssessment;
import dev.vigie.health.ThreeTwoOneRule;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.common.WholeText;
import dev.vigie.ui.drill.DrillCardLine;
import dev.vigie.ui.drill.DrillDialog;
import dev.vigie.workspace.SourceHealth;
import dev.vigie.workspace.Workspace;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dashboard: a card per source with its state, freshness, missed runs and findings, and the checks to run. */
public final class DashboardController {

    private final UiContext context;
    private final DashboardViewModel model;
    private final Consumer<String> openTimeline;
    private final Consumer<String> openSettings;

    @FXML
    private FlowPane cards;
    @FXML
    private Label emptyLabel;
    @FXML
    private Button checkAllButton;
    @FXML
    private VBox rulePane;
    @FXML
    private Label headline;

    /**
     * @param openTimeline shows a source's timeline (the shell switches view)
     */
    public DashboardController(UiContext context, DashboardViewModel model, Consumer<String> openTimeline) {
        this(context, model, openTimeline, name -> { });
    }

    /** @param openSettings opens a source's settings (schedule, zone, media...), where a card's fix is made */
    public DashboardController(UiContext context, DashboardViewModel model, Consumer<String> openTimeline,
                               Consumer<String> openSettings) {
        this.context = context;
        this.model = model;
        this.openTimeline = openTimeline;
        this.openSettings = openSettings;
    }

    private I18n i18n() {
        return context.i18n();
    }

    @FXML
    private void initialize() {
        checkAllButton.disableProperty().bind(model.checkingProperty());
        emptyLabel.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.healths())));
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        model.healths().addListener((ListChangeListener<SourceHealth>) c -> render());
        model.setOnFailure(e -> ErrorDialog.show(cards.getScene() == null ? null : cards.getScene().getWindow(),
                i18n(), i18n().get("dashboard.fail"), e));
        model.threeTwoOneProperty().addListener((obs, old, now) -> showRule(now));
        showRule(model.threeTwoOneProperty().get());
        render();
        if (!model.loadedProperty().get() && !model.checkingProperty().get()) {
            model.checkAll();
        }
    }

    @FXML
    private void checkAll() {
        model.checkAll();
    }

    private void render() {
        cards.getChildren().setAll(model.healths().stream().map(this::card).toList());
        showHeadline();
    }

    /** One sentence over the cards: all fine, or how many sources need the user. */
    private void showHeadline() {
        long total = model.healths().size();
        long needing = model.healths().stream().filter(h -> h.level() != MonitoringLevel.OK).count();
        boolean show = total > 0;
        headline.setVisible(show);
        headline.setManaged(show);
        headline.setText(needing == 0 ? i18n().get("dashboard.headline.fine", total)
                : i18n().get("dashboard.headline.needs", needing));
        headline.getStyleClass().removeAll("success", "warning", "danger");
        headline.getStyleClass().add(needing == 0 ? "success" : model.healths().stream()
                .anyMatch(h -> h.level() == MonitoringLevel.CRITICAL) ? "danger" : "warning");
    }

    private VBox card(SourceHealth health) {
        String name = health.source().name();
        MonitoringLevel level = health.level();
        Label title = WholeText.wrap(new Label(name));
        title.getStyleClass().add("title-4");
        Label badge = new Label(stateWord(health));
        badge.getStyleClass().addAll("state-badge", "state-" + stateClass(health));
        WholeText.keep(badge);
        badge.setId("badge-" + name);
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, badge);

        VBox lines = new VBox(4);
        if (health.report().isPresent()) {
            HealthReport r = health.report().get();
            var now = context.clock().instant();
            lines.getChildren().addAll(
                    line(r.latest().map(t -> i18n().get("dashboard.latest", i18n().formats().age(t, now)))
                            .orElse(i18n().get("dashboard.latest.none"))),
                    line(i18n().get("dashboard.next", i18n().formats().dateTime(r.nextExpected(),
                            context.zone()))),
                    line(i18n().get("dashboard.missed", r.missedRuns().last30Days())),
                    line(findingsText(r)));
            worst(r).ifPresent(f -> {
                Label finding = line(i18n().messages().finding(f));
                finding.setId("worst-" + name);
                finding.getStyleClass().add(f.severity() == Severity.CRITICAL ? "danger" : "warning");
                lines.getChildren().add(finding);
            });
            model.verified(name).ifPresent(v -> {
                Label when = line(i18n().get("dashboard.verified", i18n().formats().age(v.at(), now),
                        i18n().get(v.depth() == dev.vigie.verify.VerifyDepth.FULL ? "dashboard.verified.full"
                                : "dashboard.verified.quick")));
                when.setId("verified-" + name);
                when.getStyleClass().add("text-muted");
                lines.getChildren().add(when);
            });
            if (r.schedule().inferred()) {
                Label inferred = line(i18n().get(r.schedule().layoutDefault() ? "dashboard.default"
                        : "dashboard.inferred", i18n().formats().scheduleWords(r.schedule().expression())));
                inferred.getStyleClass().add("text-muted");
                lines.getChildren().add(inferred);
            }
        } else {
            Label problem = line(health.problem().map(p -> i18n().messages().problem(p)).orElse(""));
            problem.setWrapText(true);
            lines.getChildren().add(problem);
        }

        // The restore test on a row of its own, with its button, so the card's other actions keep their room.
        Label drillLine = line(DrillCardLine.text(lastRestoreTest(name), context.clock().instant(), i18n()));
        drillLine.setId("drill-line-" + name);
        drillLine.setWrapText(true);
        drillLine.setMaxWidth(Double.MAX_VALUE);
        drillLine.setPrefWidth(0);
        drillLine.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(drillLine, javafx.scene.layout.Priority.ALWAYS);
        Button drill = new Button(i18n().get("dashboard.drill"));
        drill.setId("drill-" + name);
        drill.setMinWidth(Region.USE_PREF_SIZE);
        drill.setOnAction(e -> DrillDialog.open(cards.getScene() == null ? null : cards.getScene().getWindow(),
                context, name, () -> model.checkOne(name)));
        HBox drillRow = new HBox(8, drillLine, drill);
        drillRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button check = new Button(i18n().get("dashboard.check"));
        check.setOnAction(e -> model.checkOne(name));
        Button verify = new Button(i18n().get("dashboard.verify"));
        verify.setOnAction(e -> model.verifyFully(name));
        Button timeline = new Button(i18n().get("dashboard.timeline"));
        timeline.setOnAction(e -> openTimeline.accept(name));
        check.disableProperty().bind(model.checkingProperty());
        verify.disableProperty().bind(model.checkingProperty());
        WholeText.keep(check, verify, timeline);
        // The buttons go on a second line when the card is narrow (French, training mode) rather than shrink.
        FlowPane actions = new FlowPane(8, 8, check, verify, timeline);
        // A guessed schedule is the fix a card can offer itself: set the real one.
        if (health.report().filter(r -> r.schedule().inferred()).isPresent()) {
            Button schedule = new Button(i18n().get("dashboard.setSchedule"));
            schedule.setId("schedule-" + name);
            schedule.setOnAction(e -> openSettings.accept(name));
            WholeText.keep(schedule);
            actions.getChildren().add(schedule);
        }

        VBox card = new VBox(10, head, lines, drillRow, actions);
        card.getStyleClass().addAll("card", "source-card", "level-" + level.name().toLowerCase(Locale.ROOT));
        card.setPrefWidth(340);
        card.setAccessibleText(name + ", " + stateWord(health));
        card.setId("card-" + name);
        return card;
    }

    /** The source's newest drill, practice included; a short read of the database, as the card is drawn. */
    private Optional<Drill> lastRestoreTest(String name) {
        return new Workspace(context.dataDir(), context.scanner()).drills().list(name).stream().findFirst();
    }

    /** The 3-2-1 rule as met and missing parts, each with a sign that is not only a colour. */
    private void showRule(ThreeTwoOneAssessment rule) {
        boolean show = rule != null && rule.backup().isPresent();
        rulePane.setVisible(show);
        rulePane.setManaged(show);
        rulePane.getChildren().retainAll(rulePane.getChildren().get(0));
        if (!show) {
            return;
        }
        String media = rule.media().stream().map(m -> i18n().get("media." + m.id()))
                .collect(java.util.stream.Collectors.joining(", "));
        for (ThreeTwoOneRule part : ThreeTwoOneRule.values()) {
            boolean met = rule.met().contains(part);
            String text = switch (part) {
                case THREE_COPIES -> i18n().get("rule.copies", rule.copies(), String.join(", ", rule.holders()));
                case TWO_MEDIA -> i18n().get("rule.media", rule.media().size(), media);
                case ONE_OFF_SITE -> i18n().get(rule.offSite() ? "rule.offsite.yes" : "rule.offsite.no");
            };
            Label line = new Label((met ? "\u2713 " : "\u2717 ") + text);
            line.getStyleClass().add(met ? "success" : "danger");
            line.setWrapText(true);
            line.setAccessibleText(i18n().get(met ? "rule.met" : "rule.missing") + ": " + text);
            rulePane.getChildren().add(line);
        }
        Label about = new Label(i18n().get("rule.about.words",
                i18n().formats().dateTime(rule.backup().get().time(), context.zone())));
        about.getStyleClass().add("text-muted");
        about.setWrapText(true);
        rulePane.getChildren().add(about);
    }

    private String stateWord(SourceHealth health) {
        if (health.level() == MonitoringLevel.WARNING && health.report()
                .filter(r -> r.status().name().equals("UP")).isPresent()) {
            return i18n().get("state.lookAt");
        }
        return health.report().map(r -> i18n().get("state." + r.status().name().toLowerCase(Locale.ROOT)))
                .orElse(i18n().get("state.unknown"));
    }

    /**
     * The badge's colour follows the card's level, so badge and border always agree: an UP source with a warning
     * finding is amber, and its badge says it needs a look.
     */
    static String stateClass(SourceHealth health) {
        return switch (health.level()) {
            case OK -> health.report().map(r -> r.status().name().toLowerCase(Locale.ROOT)).orElse("unknown");
            case WARNING -> "late";
            case CRITICAL -> "down";
            case UNKNOWN -> "unknown";
        };
    }

    /** The most serious finding of a report, the one the card names. */
    static java.util.Optional<Finding> worst(HealthReport r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .min(java.util.Comparator.comparing(f -> f.severity() == Severity.CRITICAL ? 0 : 1));
    }

    private String findingsText(HealthReport r) {
        long critical = r.findings().stream().map(Finding::severity).filter(s -> s == Severity.CRITICAL).count();
        return i18n().get("dashboard.findings", r.findings().size(), critical);
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
