package dev.vigie.ui.dashboard;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.health.HealthReport;
import dev.vigie.health.MonitoringLevel;
import dev.vigie.health.ThreeTwoOneAssessment;
import dev.vigie.health.ThreeTwoOneRule;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.workspace.SourceHealth;
import java.util.Locale;
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

    @FXML
    private FlowPane cards;
    @FXML
    private Label emptyLabel;
    @FXML
    private Button checkAllButton;
    @FXML
    private VBox rulePane;

    /**
     * @param openTimeline shows a source's timeline (the shell switches view)
     */
    public DashboardController(UiContext context, DashboardViewModel model, Consumer<String> openTimeline) {
        this.context = context;
        this.model = model;
        this.openTimeline = openTimeline;
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
    }

    private VBox card(SourceHealth health) {
        String name = health.source().name();
        MonitoringLevel level = health.level();
        Label title = new Label(name);
        title.getStyleClass().add("title-4");
        Label badge = new Label(stateWord(health));
        badge.getStyleClass().addAll("state-badge", "state-" + stateClass(health));
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
                    line(i18n().get("dashboard.next", i18n().formats().longDateTime(r.nextExpected(),
                            context.zone()))),
                    line(i18n().get("dashboard.missed", r.missedRuns().last30Days())),
                    line(findingsText(r)));
            if (r.schedule().inferred()) {
                Label inferred = line(i18n().get(r.schedule().layoutDefault() ? "dashboard.default"
                        : "dashboard.inferred", r.schedule().expression()));
                inferred.getStyleClass().add("text-muted");
                lines.getChildren().add(inferred);
            }
        } else {
            Label problem = line(health.problem().map(p -> i18n().messages().problem(p)).orElse(""));
            problem.setWrapText(true);
            lines.getChildren().add(problem);
        }

        Button check = new Button(i18n().get("dashboard.check"));
        check.setOnAction(e -> model.checkOne(name));
        Button verify = new Button(i18n().get("dashboard.verify"));
        verify.setOnAction(e -> model.verifyFully(name));
        Button timeline = new Button(i18n().get("dashboard.timeline"));
        timeline.setOnAction(e -> openTimeline.accept(name));
        check.disableProperty().bind(model.checkingProperty());
        verify.disableProperty().bind(model.checkingProperty());
        HBox actions = new HBox(8, check, verify, timeline);

        VBox card = new VBox(10, head, lines, actions);
        card.getStyleClass().addAll("card", "source-card", "level-" + level.name().toLowerCase(Locale.ROOT));
        card.setPrefWidth(340);
        card.setAccessibleText(name + ", " + stateWord(health));
        card.setId("card-" + name);
        return card;
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
        Label about = new Label(i18n().get("rule.about", rule.backup().get().name()));
        about.getStyleClass().add("text-muted");
        about.setWrapText(true);
        rulePane.getChildren().add(about);
    }

    private String stateWord(SourceHealth health) {
        return health.report().map(r -> i18n().get("state." + r.status().name().toLowerCase(Locale.ROOT)))
                .orElse(i18n().get("state.unknown"));
    }

    private static String stateClass(SourceHealth health) {
        return health.report().map(r -> r.status().name().toLowerCase(Locale.ROOT)).orElse("unknown");
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
