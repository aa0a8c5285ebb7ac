package dev.vigie.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanProgress;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Progress;
import dev.vigie.consent.Purpose;
import dev.vigie.report.ChecklistFile;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.checklist.ChecklistModel.RetentionChoice;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.workspace.ChecklistAsk;
import dev.vigie.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The checklist view's state and actions without its window: the form, writing, ticks, sign-off and export over the
 * demo workspace. The toolkit runs only because answers from the background pool land on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String WHATSAPP = "whatsapp-business";
    private static final LocalDateTime DELETED = LocalDateTime.of(2026, 11, 20, 10, 0);

    @TempDir
    static Path temp;

    private Path dataDir;
    private UiContext context;
    private Workspace workspace;
    private ChecklistViewModel model;
    private final List<ChecklistViewModel.Failure> failures = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openDemo() throws Exception {
        dataDir = Files.createTempDirectory(temp, "data");
        workspace = new Workspace(dataDir, new LocalScanner());
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH,
                new LocalScanner(), new BackgroundTasks(), new I18n(Locale.ENGLISH), Preferences.load(dataDir), null);
        model = new ChecklistViewModel(context, workspace);
        model.setOnFailure(failures::add);
    }

    @AfterEach
    void closeTasks() {
        context.tasks().close();
        assertThat(failures).isEmpty();
        assertThat(errors).isEmpty();
    }

    private String words(String key, Object... args) {
        return context.i18n().get(key, args);
    }

    /** Chooses the demo's WhatsApp source and waits until its zone is read, as the view does before a write. */
    private void chooseWhatsApp(FxRobot robot) throws Exception {
        robot.interact(() -> model.sourceProperty().set(WHATSAPP));
        FxWaits.until("the source's zone is read", model::sourceRead);
    }

    /** Writes a recover checklist for a message deleted on 20 November at 10:00, Paris time. */
    private Checklist writeRecover(FxRobot robot) throws Exception {
        chooseWhatsApp(robot);
        robot.interact(() -> {
            model.eventDateProperty().set(DELETED.toLocalDate());
            model.eventTimeProperty().set("10:00");
            model.write();
        });
        FxWaits.until("the checklist is shown", () -> model.checklist() != null);
        return model.checklist();
    }

    @Test
    void aNewFormAsksToRecoverAMessageDeletedNowWithTheUsualRules() {
        assertThat(model.scenarioProperty().get()).isEqualTo(ChecklistScenario.RECOVER);
        assertThat(model.purposeProperty().get()).isEqualTo(Purpose.RESTORE_ACCESS);
        assertThat(model.retentionProperty().get()).isEqualTo(RetentionChoice.USUAL);
        assertThat(model.retentionHintProperty().get()).isEqualTo(words("checklist.ui.retention.usual.hint"));
        assertThat(model.eventDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(model.eventTimeProperty().get()).isEqualTo("10:00");
        assertThat(model.formZoneProperty().get()).isEqualTo(PARIS);
        assertThat(model.retentionChoices()).first().isEqualTo(RetentionChoice.USUAL);
        assertThat(model.retentionChoices()).hasSizeGreaterThan(1);
        assertThat(model.checklist()).isNull();
        assertThat(model.hasChecklist()).isFalse();
    }

    @Test
    void writingWithoutASourceSaysToChooseOne() {
        model.write();

        assertThat(model.problemProperty().get())
                .isEqualTo(context.i18n().messages().problem(new InputProblem("error.checklist.ui.source")));
        assertThat(model.writingProperty().get()).isFalse();
    }

    @Test
    void rulesNoChoiceHasAreAddedOnceAsBroughtFromTheSimulator() {
        RetentionRules preset = RetentionPresets.named("whatsapp-local-android").orElseThrow().rules();
        int before = model.retentionChoices().size();

        assertThat(model.choice(Optional.empty())).isEqualTo(RetentionChoice.USUAL);
        assertThat(model.choice(Optional.of(preset)).key()).isEqualTo("simulator.presetName.whatsapp-local-android");
        RetentionChoice first = model.choice(Optional.of(RetentionRules.parse("--keep-last 3")));
        RetentionChoice second = model.choice(Optional.of(RetentionRules.parse("--keep-last 5 --keep-daily 9")));

        assertThat(first.key()).isEqualTo("checklist.ui.retention.simulator");
        assertThat(model.retentionChoices()).hasSize(before + 1).contains(second).doesNotContain(first);
        model.retentionProperty().set(second);
        assertThat(model.retentionHintProperty().get()).startsWith("Rules: ");
    }

    @Test
    void loadingChoosesTheFirstSourceAndListsTheSaved(FxRobot robot) throws Exception {
        robot.interact(model::load);

        FxWaits.until("a source is chosen and read", model::sourceRead);
        assertThat(model.sources()).contains(WHATSAPP);
        assertThat(model.sourceProperty().get()).isEqualTo(model.sources().get(0));
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aPrefillFillsTheTimesInTheSourcesZoneOnceItIsRead(FxRobot robot) throws Exception {
        Instant created = LocalDateTime.of(2026, 11, 1, 8, 30).atZone(PARIS).toInstant();
        ChecklistAsk ask = new ChecklistAsk(ChecklistScenario.RECOVER, WHATSAPP,
                Optional.of(RetentionRules.parse("--keep-last 3")), Optional.of(created),
                Optional.of(DELETED.atZone(PARIS).toInstant()), Optional.empty(), Purpose.RESTORE_ACCESS);

        robot.interact(() -> {
            model.load();
            model.prefill(ask);
        });

        FxWaits.until("the source's zone is read", model::sourceRead);
        assertThat(model.sourceProperty().get()).isEqualTo(WHATSAPP);
        assertThat(model.eventDateProperty().get()).isEqualTo(DELETED.toLocalDate());
        assertThat(model.eventTimeProperty().get()).isEqualTo("10:00");
        assertThat(model.createdDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(model.createdTimeProperty().get()).isEqualTo("08:30");
        assertThat(model.retentionProperty().get().rules()).contains(RetentionRules.parse("--keep-last 3"));
    }

    @Test
    void aFormGivenBackIsPutBackAgainOnceTheSourcesZoneIsRead(FxRobot robot) throws Exception {
        List<Map<String, Object>> putBack = new CopyOnWriteArrayList<>();
        Map<String, Object> form = Map.of("eventTime", "10:40");

        robot.interact(() -> model.restoreForm(form, putBack::add));
        assertThat(putBack).containsExactly(form);
        chooseWhatsApp(robot);

        assertThat(putBack).containsExactly(form, form);
    }

    @Test
    void aWrittenChecklistIsShownTickedAndSignedOff(FxRobot robot) throws Exception {
        Checklist checklist = writeRecover(robot);
        String stepId = checklist.steps().findFirst().orElseThrow().id();
        long steps = checklist.steps().count();
        assertThat(model.progressWords()).isEqualTo("0 of " + steps + " steps done.");
        assertThat(model.timeLeft()).isPresent();

        List<Progress> stored = new ArrayList<>();
        robot.interact(() -> model.tick(stepId, true, stored::add, errors::add));

        FxWaits.until("the tick is stored", () -> model.progressProperty().get().ticks().containsKey(stepId));
        assertThat(workspace.checklists().progress(checklist.id()).ticks()).containsKey(stepId);
        assertThat(model.progressWords()).isEqualTo("1 of " + steps + " steps done.");
        assertThat(model.doneFraction()).isEqualTo(1.0 / steps);
        assertThat(model.tickedBy(stepId)).hasValueSatisfying(t -> assertThat(t).startsWith("Ticked by "));
        assertThat(stored).hasSize(1);

        assertThat(model.signOffProblem("Alice Martin", "  ")).contains(words("error.checklist.signoff"));
        assertThat(model.signOffProblem("Alice Martin", "Bruno Petit")).isEmpty();
        ChecklistViewModel.Opened before = model.shownProperty().get();
        robot.interact(() -> model.signOff("Alice Martin ", "Bruno Petit", Optional.empty(), t -> { },
                errors::add));

        FxWaits.until("the signed checklist is shown", () -> model.shownProperty().get() != before);
        Progress.SignOff signOff = model.progressProperty().get().signOff().orElseThrow();
        assertThat(signOff.performedBy()).isEqualTo("Alice Martin");
        assertThat(model.progressWords()).startsWith("1 of " + steps + " steps done. Signed off ");
    }

    @Test
    void anExportWritesTheTicksOfNowUnderASafeNameAndSaysWhere(FxRobot robot) throws Exception {
        Checklist checklist = writeRecover(robot);
        String stepId = checklist.steps().findFirst().orElseThrow().id();
        robot.interact(() -> model.tick(stepId, true, p -> { }, errors::add));
        FxWaits.until("the tick is stored", () -> model.progressProperty().get().ticks().containsKey(stepId));
        Path md = Files.createTempDirectory(temp, "export").resolve("checklist.md");

        assertThat(model.exportName(ChecklistFile.Format.MARKDOWN)).matches("[A-Za-z0-9._-]+\\.md");
        robot.interact(() -> model.export(ChecklistFile.Format.MARKDOWN, md));

        FxWaits.until("the view says where", () -> model.messageProperty().get()
                .equals(words("checklist.ui.exported", md.toString())));
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("- [x] ")).count()).isEqualTo(1);
        try (var files = Files.list(md.getParent())) {
            assertThat(files).containsExactly(md);
        }
    }

    @Test
    void aPrintSaysHowItWent() {
        model.printed(ChecklistViewModel.PrintOutcome.NO_PRINTER);
        assertThat(model.messageProperty().get()).isEqualTo(words("checklist.ui.noPrinter"));
        model.printed(ChecklistViewModel.PrintOutcome.PRINTED);
        assertThat(model.messageProperty().get()).isEqualTo(words("checklist.ui.printed"));
    }
}
