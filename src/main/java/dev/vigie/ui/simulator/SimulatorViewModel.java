package dev.vigie.ui.simulator;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.report.SimulationText;
import dev.vigie.retention.RetentionDecision;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.retention.Snapshot;
import dev.vigie.schedule.Durations;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.EventOutcome;
import dev.vigie.simulation.LossOutcome;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.simulation.ScenarioOutcome;
import dev.vigie.simulation.SimulationResult;
import dev.vigie.simulation.WhatIfResult;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.simulator.SimulatorModel.Answer;
import dev.vigie.ui.simulator.SimulatorModel.ChatAsk;
import dev.vigie.ui.simulator.SimulatorModel.CustomRules;
import dev.vigie.ui.simulator.SimulatorModel.Kind;
import dev.vigie.ui.simulator.SimulatorModel.Request;
import dev.vigie.ui.simulator.SimulatorModel.ScenarioSpec;
import dev.vigie.ui.simulator.SimulatorModel.Simulation;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.SimulationSource;
import dev.vigie.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the Simulator view and its work, without the view: the form's values, the answer to its event and
 * whether it still matches the form, stepping through the runs, a batch of events, the what-if scenarios and what the
 * policy keeps today. Every simulation runs on the background pool and lands back on the FX thread. One per view: a
 * change of language builds a new view, given back its form by the window, and the source's answer comes again.
 */
final class SimulatorViewModel {

    /** Room left around the event when the chart is fitted to it. */
    static final Duration MARGIN = Duration.ofDays(3);

    /** One row of the what-if table: a scenario, and its figures once compared. */
    record ScenarioLine(String label, Optional<ScenarioOutcome> outcome) {
    }

    /** One backup seen, kept or removed by the policy today, and why. */
    record KeptRow(Snapshot snapshot, boolean kept, List<String> reasons) {
    }

    /**
     * Where an answer falls on the chart: the event (and a message's creation), the runs that hold the data
     * ({@code from} inclusive to {@code to} exclusive), the window it can be restored in, the span to fit, and the
     * runs the step slider goes through.
     */
    record Frame(long event, boolean loss, long created, int from, int to, long windowFrom, long windowTo, long now,
                 long fitFrom, long fitTo, int firstRun, int lastRun) {
    }

    private record Simulated(Answer answer, RetentionDecision kept) {
    }

    private final UiContext context;
    private final Workspace workspace;

    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty();
    private final ObjectProperty<RetentionPreset> preset = new SimpleObjectProperty<>(
            RetentionPresets.named(RetentionPresets.CUSTOM).orElseThrow());
    // A common restic policy as the starting point of one's own rules: 7 daily, 4 weekly, 12 monthly.
    private final List<StringProperty> counts = List.of(text("0"), text("0"), text("7"), text("4"), text("12"),
            text("0"));
    private final List<StringProperty> spans = List.of(text(""), text(""), text(""), text(""), text(""), text(""));
    private final StringProperty schedule = text("");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.MESSAGE);
    private final ObjectProperty<LocalDate> createdDate = new SimpleObjectProperty<>();
    private final StringProperty createdTime = text("");
    private final ObjectProperty<LocalDate> eventDate = new SimpleObjectProperty<>();
    private final StringProperty eventTime = text("");
    private final StringProperty zoneText = text("");
    private final StringProperty schedulePrompt = text("");
    private final StringProperty problem = text("");

    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>();
    private final StringProperty verdictTitle = text("");
    private final StringProperty verdict = text("");
    private final StringProperty advice = text("");
    private final StringProperty state = text("");

    private final BooleanProperty steppable = new SimpleBooleanProperty();
    private final BooleanProperty stepping = new SimpleBooleanProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty step = new SimpleDoubleProperty(0);
    private final DoubleProperty stepMin = new SimpleDoubleProperty(0);
    private final DoubleProperty stepMax = new SimpleDoubleProperty(100);
    private final IntegerProperty shownRun = new SimpleIntegerProperty(-1);
    private final StringProperty stepCaption = text("");

    private final ObservableList<EventOutcome> batch = FXCollections.observableArrayList();
    private final StringProperty batchFile = text("");
    private final StringProperty batchProblem = text("");
    private final StringProperty batchSummary = text("");

    private final ObjectProperty<RetentionPreset> scenarioPreset = new SimpleObjectProperty<>(
            RetentionPresets.all().get(0));
    private final StringProperty scenarioSchedule = text("");
    private final StringProperty delay = text("24h");
    private final List<ScenarioSpec> alternatives = new ArrayList<>();
    private final ObservableList<ScenarioLine> scenarios = FXCollections.observableArrayList();
    private final StringProperty whatIfProblem = text("");
    private final StringProperty whatIfPeriod = text("");

    private final ObservableList<KeptRow> kept = FXCollections.observableArrayList();
    private final StringProperty keptPolicy = text("");
    private final StringProperty keptSummary = text("");

    private SimulationSource loadedSource;
    private String loadedName;
    private Optional<String> answeredSource = Optional.empty();
    /** What {@link #fillNow} put in the event's fields: the present, not a time the user gave. */
    private Optional<LocalDateTime> prefilledEvent = Optional.empty();
    /** Counts the questions asked: an answer that comes back for an older one is dropped. */
    private int generation;
    /** A simulation was asked and its answer has not reached the FX thread yet. */
    private boolean awaited;
    private Task<?> running;

    /** The last simulation asked, for tests that hold the FX thread until its work is done. */
    Task<?> runningTask() {
        return running;
    }
    private Timeline player;
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onSourceRead = () -> { };
    private Runnable onAsked = () -> { };

    SimulatorViewModel(UiContext context, Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
        verdictTitle.set(i18n().get("simulator.verdict.none"));
        schedulePrompt.set(i18n().get("simulator.schedule.prompt"));
        fillNow(context.zone());
        // An answer stands only beside the form that asked it: any change to the event or the policy takes it down.
        // "Awaited", not the task's own isDone(): a task is done on its worker before its answer reaches this thread,
        // and a change in between let the old form's answer come up (seen on a busy machine).
        ChangeListener<Object> stale = (obs, old, now) -> {
            if (answer.get() != null || awaited) {
                clearAnswer();
            }
        };
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(eventDate, eventTime, createdDate, createdTime, kind,
                preset, schedule)) {
            p.addListener(stale);
        }
        source.addListener((obs, old, now) -> loadSource(now));
        stepping.addListener((obs, old, on) -> showStep());
        step.addListener((obs, old, now) -> showStep());
        playing.addListener((obs, old, on) -> play(on));
        showScenarios();
    }

    private static StringProperty text(String initial) {
        return new SimpleStringProperty(initial);
    }

    private I18n i18n() {
        return context.i18n();
    }

    private Formats formats() {
        return i18n().formats();
    }

    /** What to do with a failure that is not a problem with what the user gave: a bug, shown as one. */
    void setOnFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /** Runs once a source is read and its defaults are in the form, before it is answered. */
    void setOnSourceRead(Runnable handler) {
        this.onSourceRead = handler;
    }

    /** Runs when the form asks again (Simulate, another source): the chat section answers with it. */
    void setOnAsked(Runnable handler) {
        this.onAsked = handler;
    }

    // ---- the form ----------------------------------------------------------------------------------------------

    ObservableList<String> sources() {
        return sources;
    }

    StringProperty sourceProperty() {
        return source;
    }

    ObjectProperty<RetentionPreset> presetProperty() {
        return preset;
    }

    /** The custom counts as typed, committed or not (last, hourly, daily, weekly, monthly, yearly). */
    List<StringProperty> counts() {
        return counts;
    }

    /** The custom keep-within spans, in the same order as {@link #counts}, the first for any backup. */
    List<StringProperty> spans() {
        return spans;
    }

    StringProperty scheduleProperty() {
        return schedule;
    }

    ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    ObjectProperty<LocalDate> createdDateProperty() {
        return createdDate;
    }

    StringProperty createdTimeProperty() {
        return createdTime;
    }

    ObjectProperty<LocalDate> eventDateProperty() {
        return eventDate;
    }

    StringProperty eventTimeProperty() {
        return eventTime;
    }

    /** Names the zone of the form's times when it is not the user's own. */
    ReadOnlyStringProperty zoneTextProperty() {
        return zoneText;
    }

    ReadOnlyStringProperty schedulePromptProperty() {
        return schedulePrompt;
    }

    /** What is wrong with the form, said under it; empty when nothing is. */
    ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    String presetName(RetentionPreset preset) {
        return i18n().get("simulator.presetName." + preset.name());
    }

    // ---- the answer --------------------------------------------------------------------------------------------

    /** The answer to the form's event; null while none is asked, or once the form changed under it. */
    ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer;
    }

    ReadOnlyStringProperty verdictTitleProperty() {
        return verdictTitle;
    }

    ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    ReadOnlyStringProperty adviceProperty() {
        return advice;
    }

    /** {@code recoverable}, {@code never} or {@code lost}; empty without an answer. */
    ReadOnlyStringProperty stateProperty() {
        return state;
    }

    // ---- stepping through the runs -----------------------------------------------------------------------------

    /** Whether the answer has runs to step through. */
    BooleanProperty steppableProperty() {
        return steppable;
    }

    /** Whether the chart shows one run at a time. */
    BooleanProperty steppingProperty() {
        return stepping;
    }

    BooleanProperty playingProperty() {
        return playing;
    }

    /** The run stepped to, as the slider holds it. */
    DoubleProperty stepProperty() {
        return step;
    }

    DoubleProperty stepMinProperty() {
        return stepMin;
    }

    DoubleProperty stepMaxProperty() {
        return stepMax;
    }

    /** The run the chart draws alone; -1 for the whole timeline. */
    ReadOnlyIntegerProperty shownRunProperty() {
        return shownRun;
    }

    ReadOnlyStringProperty stepCaptionProperty() {
        return stepCaption;
    }

    // ---- a batch, what if, what is kept ------------------------------------------------------------------------

    ObservableList<EventOutcome> batch() {
        return batch;
    }

    ReadOnlyStringProperty batchFileProperty() {
        return batchFile;
    }

    ReadOnlyStringProperty batchProblemProperty() {
        return batchProblem;
    }

    ReadOnlyStringProperty batchSummaryProperty() {
        return batchSummary;
    }

    ObjectProperty<RetentionPreset> scenarioPresetProperty() {
        return scenarioPreset;
    }

    StringProperty scenarioScheduleProperty() {
        return scenarioSchedule;
    }

    StringProperty delayProperty() {
        return delay;
    }

    /** The what-if table: the form's policy first, then the scenarios added, with figures once compared. */
    ObservableList<ScenarioLine> scenarios() {
        return scenarios;
    }

    ReadOnlyStringProperty whatIfProblemProperty() {
        return whatIfProblem;
    }

    ReadOnlyStringProperty whatIfPeriodProperty() {
        return whatIfPeriod;
    }

    /** Every backup seen, newest first, kept or removed by the answered policy today. */
    ObservableList<KeptRow> kept() {
        return kept;
    }

    ReadOnlyStringProperty keptPolicyProperty() {
        return keptPolicy;
    }

    ReadOnlyStringProperty keptSummaryProperty() {
        return keptSummary;
    }

    // ---- the source --------------------------------------------------------------------------------------------

    /** Reads the sources; the first is chosen unless the form already names one of them. */
    void load() {
        context.tasks().create(workspace::sources).onSuccess(list -> {
            sources.setAll(list.stream().map(s -> s.source().name()).toList());
            if (list.isEmpty()) {
                problem.set(i18n().get("simulator.noSource"));
            } else if (source.get() == null || !sources.contains(source.get())) {
                source.set(list.get(0).source().name());
            }
        }).onError(this::fail).start();
    }

    private void loadSource(String name) {
        if (name == null) {
            return;
        }
        context.tasks().create(() -> workspace.simulationSource(name)).onSuccess(read -> {
            if (!name.equals(source.get())) {
                return;
            }
            boolean first = loadedSource == null;
            loadedSource = read;
            loadedName = name;
            ZoneId zone = zone();
            if (first) {
                fillNow(zone);
            } else {
                showZone(zone);
            }
            preset.set(defaultPreset(read.layout()));
            try {
                schedulePrompt.set(i18n().get("simulator.schedule.source",
                        formats().schedule(read.schedule(Optional.empty(), zone))));
            } catch (InputProblem p) {
                schedulePrompt.set(i18n().get("simulator.schedule.prompt"));
            }
            kept.clear();
            keptSummary.set("");
            onSourceRead.run();
            // A new source gets its own answer at once: the last one was about another source.
            simulate();
            if (!first) {
                onAsked.run();
            }
        }).onError(this::fail).start();
    }

    /** What a source's layout usually keeps: WhatsApp's dated copies, an iPhone's latest backup, else one's own. */
    static RetentionPreset defaultPreset(Layout layout) {
        String name = layout.isWhatsApp() ? "whatsapp-local-android"
                : layout.id().startsWith("ios") ? "icloud" : RetentionPresets.CUSTOM;
        return RetentionPresets.named(name).orElseThrow();
    }

    /** The zone the form's times are read and shown in: the source's, else the user's. */
    ZoneId zone() {
        return loadedSource == null ? context.zone() : SimulatorModel.zone(loadedSource, context.zone());
    }

    private void showZone(ZoneId zone) {
        zoneText.set(zone.equals(context.zone()) ? "" : i18n().get("simulator.zone", zone.getId()));
    }

    /** The event fields at the present, in the zone its times are read in. */
    private void fillNow(ZoneId zone) {
        LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), zone);
        eventDate.set(now.toLocalDate());
        eventTime.set(SimulatorModel.timeText(now.toLocalTime()));
        prefilledEvent = Optional.of(SimulatorModel.dateTime(eventDate.get(), eventTime.get()));
        showZone(zone);
    }

    /** The source the form's work runs on, once read. */
    Optional<String> loadedName() {
        return loadedSource == null ? Optional.empty() : Optional.of(loadedName);
    }

    /** The source the answer shown is about; empty when none is shown. */
    Optional<String> answeredSource() {
        return answer.get() == null ? Optional.empty() : answeredSource;
    }

    private boolean sourceReady(StringProperty problemText) {
        if (loadedSource == null || !loadedName.equals(source.get())) {
            problemText.set(i18n().get("simulator.noSource"));
            return false;
        }
        return true;
    }

    // ---- reading the form --------------------------------------------------------------------------------------

    /** @throws InputProblem when a count or span does not read, or no rule is set */
    RetentionRules rules() {
        return SimulatorModel.rules(preset.get().name(), customRules());
    }

    private CustomRules customRules() {
        return new CustomRules(count(0), count(1), count(2), count(3), count(4), count(5), spans.get(0).get(),
                spans.get(1).get(), spans.get(2).get(), spans.get(3).get(), spans.get(4).get(), spans.get(5).get());
    }

    /** A count as typed: what the user sees is what is simulated. */
    private int count(int i) {
        String text = counts.get(i).get() == null ? "" : counts.get(i).get().strip();
        try {
            int n = Integer.parseInt(text);
            if (n < RetentionRules.UNLIMITED) {
                throw new InputProblem("error.simulator.count", text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InputProblem("error.simulator.count", text);
        }
    }

    private Optional<String> formSchedule() {
        return Optional.ofNullable(schedule.get()).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Request request() {
        boolean loss = kind.get() == Kind.LOSS;
        Optional<LocalDateTime> created = loss || createdDate.get() == null && blank(createdTime.get())
                ? Optional.empty() : Optional.of(SimulatorModel.dateTime(createdDate.get(), createdTime.get()));
        LocalDateTime at = SimulatorModel.dateTime(eventDate.get(), eventTime.get());
        return new Request(loadedName, rules(), formSchedule(), loss ? Kind.LOSS : Kind.MESSAGE, created, at,
                i18n().get(loss ? "simulate.label.loss" : "simulate.label.message"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * What the chat export section asks: the policy of the form, as the main simulation uses it, and the event's
     * time as the deletion time when the event is a deleted message whose time the user gave.
     *
     * @throws InputProblem when the form does not read
     */
    ChatAsk chatAsk() {
        return new ChatAsk(rules(), SimulatorModel.chatDeleted(kind.get(), eventDate.get(), eventTime.get(),
                prefilledEvent, zone()));
    }

    // ---- one event ---------------------------------------------------------------------------------------------

    /** Reads the form and answers its event; a problem with the form is said under it, nothing else changes. */
    void simulate() {
        problem.set("");
        if (!sourceReady(problem)) {
            return;
        }
        onAsked.run();
        Request request;
        try {
            request = request();
        } catch (InputProblem p) {
            problem.set(i18n().messages().problem(p));
            return;
        }
        SimulationSource from = loadedSource;
        String sourceName = loadedName;
        Instant now = context.clock().instant();
        ZoneId userZone = context.zone();
        int mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        awaited = true;
        running = context.tasks().create(() -> new Simulated(SimulatorModel.answer(from, request, userZone, now),
                SimulatorModel.kept(from, request.rules(), userZone, now))).onSuccess(result -> {
                    if (mine == generation) {
                        awaited = false;
                        show(result.answer());
                        answeredSource = Optional.of(sourceName);
                        showKept(result.kept(), result.answer().simulation().rules(),
                                result.answer().simulation().zone());
                    }
                }).onError(e -> {
                    if (mine == generation) {
                        awaited = false;
                        inputOrFail(problem, e);
                    }
                }).start();
    }

    /** The answer no longer matches the form: it goes, rather than stand beside a form it does not answer. */
    private void clearAnswer() {
        // A simulation still running was asked by the old form: its answer must not come back up.
        generation++;
        awaited = false;
        if (running != null) {
            running.cancel();
        }
        playing.set(false);
        stepping.set(false);
        steppable.set(false);
        answer.set(null);
        verdictTitle.set(i18n().get("simulator.verdict.stale"));
        verdict.set("");
        advice.set("");
        state.set("");
        showStep();
    }

    private void show(Answer a) {
        // Still on the old answer's runs: the new one's are not yet the slider's.
        playing.set(false);
        stepping.set(false);
        ZoneId zone = a.simulation().zone();
        EventOutcome outcome = a.outcome();
        String text = SimulationText.verdict(outcome, zone, formats());
        Optional<String> tip = outcome instanceof MessageOutcome m
                ? m.advice().map(x -> SimulationText.advice(x, zone, formats())) : Optional.empty();
        // The verdict ends with the advice: shown apart, where it stands out.
        if (tip.isPresent() && text.endsWith(" " + tip.get())) {
            text = text.substring(0, text.length() - tip.get().length() - 1);
        }
        answer.set(a);
        verdict.set(text);
        advice.set(tip.orElse(""));
        state.set(outcome.recoverableNow() ? "recoverable" : outcome.neverCaptured() ? "never" : "lost");
        verdictTitle.set(outcome instanceof MessageOutcome m
                ? i18n().get("simulator.verdict.message", formats().dateTime(m.event().deleted(), zone))
                : i18n().get("simulator.verdict.loss", formats().dateTime(((LossOutcome) outcome).event().lost(),
                zone)));
        boolean steps = a.lifetimes().size() > 0;
        steppable.set(steps);
        if (steps) {
            Frame frame = frame(a);
            stepMin.set(frame.firstRun());
            stepMax.set(frame.lastRun());
            step.set(frame.firstRun());
        }
        showStep();
    }

    /** Where the answer falls on its chart: pure arithmetic over its lifetimes, testable without a window. */
    static Frame frame(Answer a) {
        LifetimeData data = a.lifetimes();
        EventOutcome outcome = a.outcome();
        long absent = LifetimeView.Overlay.ABSENT;
        long event;
        long created = absent;
        int from = 0;
        int to = 0;
        long windowFrom = absent;
        long windowTo = absent;
        if (outcome instanceof MessageOutcome m) {
            event = m.event().deleted().toEpochMilli();
            created = m.event().created().map(Instant::toEpochMilli).orElse(absent);
            if (m.captured()) {
                from = data.firstAtOrAfter(m.capturedBy().get(0).toEpochMilli());
                to = from + m.capturedBy().size();
                windowFrom = event;
                windowTo = m.keptBeyondHorizon() ? LifetimeData.KEPT
                        : m.recoverableUntil().map(Instant::toEpochMilli).orElse(event);
            }
        } else {
            LossOutcome l = (LossOutcome) outcome;
            event = l.event().lost().toEpochMilli();
            if (l.lastBackupBefore().isPresent()) {
                long backup = l.lastBackupBefore().get().toEpochMilli();
                from = data.firstAtOrAfter(backup);
                to = from + 1;
                windowFrom = backup;
                windowTo = event;
            }
        }
        long fitFrom = Math.min(event, windowFrom == absent ? event : windowFrom) - MARGIN.toMillis();
        long end = windowTo == absent || windowTo == LifetimeData.KEPT
                ? event + Duration.ofDays(7).toMillis() : Math.max(windowTo, event);
        long fitTo = end + MARGIN.toMillis();
        int lo = 0;
        int hi = 0;
        if (data.size() > 0) {
            lo = Math.min(data.firstAtOrAfter(fitFrom), data.size() - 1);
            hi = Math.max(lo, data.firstAtOrAfter(fitTo + 1) - 1);
            if (hi - lo < 10) {
                lo = Math.max(0, lo - 5);
                hi = Math.min(data.size() - 1, lo + 12);
            }
        }
        return new Frame(event, outcome instanceof LossOutcome, created, from, to, windowFrom, windowTo,
                a.simulation().now().toEpochMilli(), fitFrom, fitTo, lo, hi);
    }

    private void showStep() {
        Answer a = answer.get();
        if (a == null || !stepping.get()) {
            shownRun.set(-1);
            stepCaption.set(a == null ? "" : i18n().get("simulator.step.off"));
            return;
        }
        LifetimeData data = a.lifetimes();
        int run = (int) Math.round(step.get());
        shownRun.set(run);
        String when = formats().dateTime(Instant.ofEpochMilli(data.created(run)), a.simulation().zone(),
                context.zone());
        stepCaption.set(i18n().get("simulator.step.caption", when, data.keptAfter(run), data.removedAt(run),
                i18n().get(data.observed(run) ? "simulator.step.observed" : "simulator.step.projected")));
    }

    private void play(boolean on) {
        if (on) {
            if (step.get() >= stepMax.get()) {
                step.set(stepMin.get());
            }
            stepping.set(true);
            if (player == null) {
                player = new Timeline(new KeyFrame(javafx.util.Duration.millis(700), e -> nextRun()));
                player.setCycleCount(Timeline.INDEFINITE);
            }
            player.play();
        } else if (player != null) {
            player.stop();
        }
    }

    /** One beat of play: the next run, or a stop on the last. */
    void nextRun() {
        if (step.get() >= stepMax.get()) {
            playing.set(false);
        } else {
            step.set(Math.round(step.get()) + 1);
        }
    }

    private void showKept(RetentionDecision decision, RetentionRules rules, ZoneId zone) {
        Map<Snapshot, RetentionDecision.Reason> reasons = new IdentityHashMap<>();
        decision.reasons().forEach(r -> reasons.put(r.snapshot(), r));
        List<KeptRow> rows = new ArrayList<>();
        for (Snapshot s : decision.keep()) {
            rows.add(new KeptRow(s, true, Optional.ofNullable(reasons.get(s))
                    .map(RetentionDecision.Reason::matches).orElse(List.of())));
        }
        for (Snapshot s : decision.remove()) {
            rows.add(new KeptRow(s, false, List.of()));
        }
        rows.sort(Comparator.comparing((KeptRow r) -> r.snapshot().time().toInstant()).reversed());
        kept.setAll(rows);
        keptPolicy.set(i18n().get("retention.policy", rules.describe()));
        keptSummary.set(i18n().get("retention.summary", decision.keep().size(), rows.size(),
                decision.remove().size()));
    }

    /** What a restore checklist for the answered event asks: its source, scenario, times and the policy. */
    Optional<ChecklistAsk> checklistAsk() {
        Answer a = answer.get();
        if (a == null) {
            return Optional.empty();
        }
        RetentionRules rules = a.simulation().rules();
        if (a.outcome() instanceof MessageOutcome m) {
            return Optional.of(new ChecklistAsk(ChecklistScenario.RECOVER, loadedName, Optional.of(rules),
                    m.event().created(), Optional.of(m.event().deleted()), Optional.empty(), Purpose.RESTORE_ACCESS));
        }
        LossOutcome l = (LossOutcome) a.outcome();
        return Optional.of(new ChecklistAsk(ChecklistScenario.LOST, loadedName, Optional.of(rules), Optional.empty(),
                Optional.empty(), Optional.of(l.event().lost()), Purpose.RESTORE_ACCESS));
    }

    // ---- a batch of events -------------------------------------------------------------------------------------

    /**
     * Answers every event of a CSV under the form's source and policy. All or nothing: a line that does not read
     * is named, and the table is left empty.
     */
    void importEvents(Path file) {
        batchProblem.set("");
        batch.clear();
        batchSummary.set("");
        batchFile.set(file.toString());
        if (!sourceReady(batchProblem)) {
            return;
        }
        RetentionRules rules;
        try {
            rules = rules();
        } catch (InputProblem p) {
            batchProblem.set(i18n().messages().problem(p));
            return;
        }
        SimulationSource from = loadedSource;
        Optional<String> runs = formSchedule();
        Instant now = context.clock().instant();
        ZoneId userZone = context.zone();
        context.tasks().create(() -> {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputProblem(e, "error.simulate.events.read", file);
            }
            Simulation simulation = SimulatorModel.simulation(from, rules, runs, userZone, now);
            return SimulatorModel.batch(simulation, file.getFileName().toString(), text);
        }).onSuccess(this::showBatch).onError(e -> inputOrFail(batchProblem, e)).start();
    }

    private void showBatch(SimulationResult result) {
        batch.setAll(result.outcomes());
        SimulationResult.Summary s = result.summary();
        String summary = i18n().get("simulate.summary", s.events(), s.recoverableNow(), s.neverCaptured(), s.lost());
        batchSummary.set(s.medianTimeLeft().map(d -> summary + " " + i18n().get("simulate.summary.median",
                formats().duration(d))).orElse(summary));
    }

    // ---- what if -----------------------------------------------------------------------------------------------

    /** Adds the scenario the what-if fields describe; a problem with them is said under them. */
    void addScenario() {
        whatIfProblem.set("");
        RetentionPreset chosen = scenarioPreset.get();
        Optional<String> runs = Optional.ofNullable(scenarioSchedule.get()).map(String::strip)
                .filter(s -> !s.isEmpty());
        RetentionRules rules;
        try {
            rules = chosen.isCustom() ? SimulatorModel.rules(RetentionPresets.CUSTOM, customRules())
                    : chosen.rules();
            runs.ifPresent(s -> Schedules.parse(s, zone(), Optional.empty()));
        } catch (InputProblem p) {
            whatIfProblem.set(i18n().messages().problem(p));
            return;
        }
        String policy = chosen.isCustom() ? rules.describe() : presetName(chosen);
        String label = runs.map(s -> i18n().get("simulator.whatif.label", policy, s)).orElse(policy);
        alternatives.add(new ScenarioSpec(label, rules, runs));
        scenarioSchedule.set("");
        showScenarios();
    }

    /** Removes the scenario on a row of the what-if table; the first row, the form's own policy, stays. */
    void removeScenario(int row) {
        if (row > 0 && row - 1 < alternatives.size()) {
            alternatives.remove(row - 1);
            showScenarios();
        }
    }

    private void showScenarios() {
        List<ScenarioLine> lines = new ArrayList<>();
        lines.add(new ScenarioLine(i18n().get("simulator.whatif.current"), Optional.empty()));
        alternatives.forEach(a -> lines.add(new ScenarioLine(a.label(), Optional.empty())));
        scenarios.setAll(lines);
        whatIfPeriod.set("");
    }

    /** Compares the backups as observed, under the form's policy, with the scenarios added. */
    void compare() {
        whatIfProblem.set("");
        if (!sourceReady(whatIfProblem)) {
            return;
        }
        RetentionRules rules;
        Duration after;
        try {
            rules = rules();
            after = Durations.parse(delay.get());
        } catch (InputProblem p) {
            whatIfProblem.set(i18n().messages().problem(p));
            return;
        }
        SimulationSource from = loadedSource;
        Optional<String> runs = formSchedule();
        List<ScenarioSpec> specs = List.copyOf(alternatives);
        String current = i18n().get("simulator.whatif.currentRules", rules.describe());
        Instant now = context.clock().instant();
        ZoneId userZone = context.zone();
        context.tasks().create(() -> SimulatorModel.compare(from, current, rules, specs, runs, after, userZone, now))
                .onSuccess(this::showComparison).onError(e -> inputOrFail(whatIfProblem, e)).start();
    }

    private void showComparison(WhatIfResult result) {
        scenarios.setAll(result.outcomes().stream()
                .map(o -> new ScenarioLine(o.scenario().label(), Optional.of(o))).toList());
        whatIfPeriod.set(i18n().get("simulator.whatif.period", formats().dateTime(result.from(), zone()),
                formats().dateTime(result.to(), zone()), formats().duration(result.delay())));
    }

    // ---- the tables' texts: times in the source's zone -------------------------------------------------------

    /** A message's backups that held it; for a loss, the last backup before it. */
    String capturedText(EventOutcome o) {
        if (o instanceof MessageOutcome m) {
            return String.valueOf(m.capturedBy().size());
        }
        return ((LossOutcome) o).lastBackupBefore().map(t -> formats().dateTime(t, zone())).orElse("-");
    }

    String untilText(EventOutcome o) {
        if (o instanceof MessageOutcome m) {
            return m.keptBeyondHorizon() ? i18n().get("simulate.beyondHorizon")
                    : m.recoverableUntil().map(t -> formats().dateTime(t, zone())).orElse("-");
        }
        return "-";
    }

    String timeLeftText(EventOutcome o) {
        return o instanceof MessageOutcome m ? m.timeLeft().map(formats()::duration).orElse("-") : "-";
    }

    String adviceText(EventOutcome o) {
        return o instanceof MessageOutcome m
                ? m.advice().map(a -> SimulationText.advice(a, zone(), formats())).orElse("") : "";
    }

    String percent(double share) {
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(i18n().locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** Restic's words for why a backup is kept, in the user's language when the window knows them. */
    String reasonsText(KeptRow row) {
        return String.join(", ", row.reasons().stream().map(r -> RetentionReasons.words(r, i18n().messages()))
                .toList());
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /** A problem with what the user gave is said where they gave it; anything else is a bug, shown as one. */
    private void inputOrFail(StringProperty where, Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof InputProblem) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InputProblem p) {
            where.set(i18n().messages().problem(p));
        } else {
            fail(error);
        }
    }

    private void fail(Throwable error) {
        onFailure.accept(error);
    }
}
