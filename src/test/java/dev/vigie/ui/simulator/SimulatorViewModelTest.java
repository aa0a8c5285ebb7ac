package dev.vigie.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.simulator.SimulatorModel.Answer;
import dev.vigie.ui.simulator.SimulatorModel.Kind;
import dev.vigie.ui.simulator.SimulatorModel.Request;
import dev.vigie.ui.simulator.SimulatorViewModel.Frame;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The simulator's state and rules without its view: when an answer stands, stepping through the runs, the what-if
 * scenarios, where an answer falls on the chart. The FX toolkit runs only to land background work on its thread.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String WHATSAPP = "whatsapp-business";

    @TempDir
    static Path temp;

    private static Workspace workspace;
    private UiContext context;

    @BeforeAll
    static void openDemo() throws Exception {
        workspace = new Workspace(Files.createTempDirectory(temp, "data"), new LocalScanner());
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
    }

    @BeforeEach
    void newContext() throws Exception {
        Path dataDir = Files.createTempDirectory(temp, "ui");
        Preferences preferences = Preferences.load(dataDir);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH,
                new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences,
                new Appearance(preferences));
    }

    @AfterEach
    void closePool() {
        context.tasks().close();
    }

    /** A view model that has read the demo's sources, chosen the first and answered the present. */
    private SimulatorViewModel loaded(FxRobot robot) throws Exception {
        SimulatorViewModel model = new SimulatorViewModel(context, workspace);
        robot.interact(() -> {
            model.load();
            model.sourceProperty().set(WHATSAPP);
        });
        FxWaits.until("the source is answered", () -> model.answeredSource().equals(Optional.of(WHATSAPP)));
        return model;
    }

    @Test
    void aChangedFormTakesTheAnswerDownAndAnAnswerStillComingNeverShows(FxRobot robot) throws Exception {
        SimulatorViewModel model = loaded(robot);
        assertThat(model.presetProperty().get().name()).isEqualTo("whatsapp-local-android");
        assertThat(model.stateProperty().get()).isEqualTo("recoverable");
        assertThat(model.steppableProperty().get()).isTrue();
        assertThat(model.kept()).isNotEmpty();

        robot.interact(() -> model.eventTimeProperty().set("11:30"));

        assertThat(model.answerProperty().get()).isNull();
        assertThat(model.answeredSource()).isEmpty();
        assertThat(model.verdictTitleProperty().get()).isEqualTo("The form changed: Simulate (Enter) to answer again.");
        assertThat(model.verdictProperty().get()).isEmpty();
        assertThat(model.stateProperty().get()).isEmpty();
        assertThat(model.steppableProperty().get()).isFalse();
        assertThat(model.stepCaptionProperty().get()).isEmpty();

        // The worst moment: the simulation's work is done on its worker, its answer not yet delivered to the FX
        // thread (held here), when the form changes.
        robot.interact(() -> {
            model.simulate();
            long until = System.nanoTime() + 10_000_000_000L;
            while (!model.runningTask().isDone() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertThat(model.runningTask().isDone()).isTrue();
            model.kindProperty().set(Kind.LOSS);
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.answerProperty().get()).as("the answer to the form before the change").isNull();

        robot.interact(model::simulate);
        FxWaits.until("the loss is answered", () -> model.answerProperty().get() != null);
        assertThat(model.verdictTitleProperty().get()).startsWith("A device lost on");
    }

    @Test
    void steppingShowsOneRunAtATimeAndPlayingStopsOnTheLast(FxRobot robot) throws Exception {
        SimulatorViewModel model = loaded(robot);
        assertThat(model.shownRunProperty().get()).isEqualTo(-1);
        assertThat(model.stepCaptionProperty().get()).startsWith("Tick ");

        robot.interact(() -> model.steppingProperty().set(true));
        int first = (int) model.stepMinProperty().get();
        assertThat(model.shownRunProperty().get()).isEqualTo(first);
        assertThat(model.stepCaptionProperty().get()).startsWith("Run of ").contains("kept ").contains("removed ");

        // Play from the last run starts again from the first.
        robot.interact(() -> {
            model.stepProperty().set(model.stepMaxProperty().get());
            model.playingProperty().set(true);
            model.playingProperty().set(false);
        });
        assertThat(model.stepProperty().get()).isEqualTo(first);
        robot.interact(model::nextRun);
        assertThat(model.shownRunProperty().get()).isEqualTo(first + 1);

        robot.interact(() -> {
            model.playingProperty().set(true);
            model.stepProperty().set(model.stepMaxProperty().get());
            model.nextRun();
        });
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.steppingProperty().get()).isTrue();
    }

    @Test
    void scenariosAreAddedAndRemovedButTheFormsOwnPolicyStays(FxRobot robot) {
        SimulatorViewModel model = new SimulatorViewModel(context, workspace);
        assertThat(model.scenarios()).hasSize(1);

        robot.interact(() -> {
            model.scenarioPresetProperty().set(RetentionPresets.named("icloud").orElseThrow());
            model.scenarioScheduleProperty().set("hourly");
            model.addScenario();
        });
        assertThat(model.scenarios()).hasSize(2);
        assertThat(model.scenarios().get(1).label()).contains("iCloud").contains("hourly");
        assertThat(model.scenarioScheduleProperty().get()).isEmpty();

        robot.interact(() -> {
            model.scenarioScheduleProperty().set("now and then");
            model.addScenario();
        });
        assertThat(model.whatIfProblemProperty().get()).contains("now and then");
        assertThat(model.scenarios()).hasSize(2);

        robot.interact(() -> model.removeScenario(0));
        assertThat(model.scenarios()).hasSize(2);
        robot.interact(() -> model.removeScenario(1));
        assertThat(model.scenarios()).hasSize(1);
    }

    @Test
    void nothingIsAskedBeforeASourceIsRead(FxRobot robot) {
        SimulatorViewModel model = new SimulatorViewModel(context, workspace);

        robot.interact(() -> {
            model.simulate();
            model.compare();
            model.importEvents(temp.resolve("events.csv"));
        });

        String noSource = "No source to simulate on yet.";
        assertThat(model.problemProperty().get()).startsWith(noSource);
        assertThat(model.whatIfProblemProperty().get()).startsWith(noSource);
        assertThat(model.batchProblemProperty().get()).startsWith(noSource);
        assertThat(model.batchFileProperty().get()).endsWith("events.csv");
        assertThat(model.answerProperty().get()).isNull();
    }

    @Test
    void aDeletedMessageIsFramedFromItsDeletionToTheEndOfItsWindow() {
        LocalDateTime deleted = LocalDateTime.of(2026, 11, 20, 10, 0);
        Answer answer = SimulatorModel.answer(workspace.simulationSource(WHATSAPP), new Request(WHATSAPP,
                RetentionPresets.named("whatsapp-local-android").orElseThrow().rules(), Optional.empty(),
                Kind.MESSAGE, Optional.empty(), deleted, "m"), PARIS, NOW);
        MessageOutcome outcome = (MessageOutcome) answer.outcome();

        Frame frame = SimulatorViewModel.frame(answer);

        long event = deleted.atZone(PARIS).toInstant().toEpochMilli();
        long until = outcome.recoverableUntil().orElseThrow().toEpochMilli();
        long margin = Duration.ofDays(3).toMillis();
        assertThat(frame.loss()).isFalse();
        assertThat(frame.event()).isEqualTo(event);
        assertThat(frame.to() - frame.from()).isEqualTo(outcome.capturedBy().size()).isPositive();
        assertThat(frame.windowFrom()).isEqualTo(event);
        assertThat(frame.windowTo()).isEqualTo(until);
        assertThat(frame.fitFrom()).isEqualTo(event - margin);
        assertThat(frame.fitTo()).isEqualTo(Math.max(until, event) + margin);
        assertThat(frame.now()).isEqualTo(NOW.toEpochMilli());
        assertThat(frame.lastRun() - frame.firstRun()).isGreaterThanOrEqualTo(Math.min(10,
                answer.lifetimes().size() - 1));
    }
}
