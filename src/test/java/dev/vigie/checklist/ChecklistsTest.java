package dev.vigie.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.TimeSource;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.Purpose;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.Advice;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.SourcePlace;
import dev.vigie.simulation.Timeline;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checklists for nightly WhatsApp backups at 02:00 Paris, 10 to 18 November 2026, seen on Wednesday 18 at noon. */
class ChecklistsTest {

    private static final Schedule NIGHTLY = Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofHours(2));
    private static final Instant NOW = Paris.at("2026-11-18T12:00");
    private static final Verification SOUND = new Verification(Verification.State.SOUND, NOW, List.of());

    private final List<BackupSet> nights = new ArrayList<>();

    ChecklistsTest() {
        for (int day = 10; day <= 18; day++) {
            nights.add(new BackupSet(Paris.at("2026-11-" + day + "T02:00"), "msgstore-2026-11-" + day + ".1.db.crypt14",
                    List.of("msgstore-2026-11-" + day + ".1.db.crypt14"), 1_000_000 + day, 1, TimeSource.MTIME,
                    Map.of()));
        }
    }

    private Checklist checklist(ChecklistScenario scenario, boolean cloud, RetentionRules rules,
                                Optional<Instant> created, Optional<Instant> deleted, Optional<Instant> lost,
                                LedgerFacts ledger) {
        List<ObservedBackup> observed = nights.stream().map(b -> new ObservedBackup(b.time(), b.name())).toList();
        Simulator simulator = new Simulator(Timeline.build(observed, NIGHTLY, RetentionPolicies.atEveryRun(rules),
                NOW), NOW, new SourcePlace(Layout.WHATSAPP_ANDROID, cloud));
        ChecklistRequest request = new ChecklistRequest(scenario, "phone", Layout.WHATSAPP_ANDROID, cloud,
                "/backups/phone", created, deleted, lost, Purpose.RESTORE_ACCESS, NOW, Paris.ZONE);
        return Checklists.build(request, simulator, rules.describe(), nights, set -> SOUND, ledger);
    }

    private Checklist wednesday(boolean cloud, LedgerFacts ledger) {
        return checklist(ChecklistScenario.RECOVER, cloud, RetentionRules.NONE.withLast(1),
                Optional.of(Paris.at("2026-11-16T15:00")), Optional.of(Paris.at("2026-11-18T10:00")), Optional.empty(),
                ledger);
    }

    private static List<String> stepIds(Checklist checklist) {
        return checklist.steps().map(Step::id).toList();
    }

    @Test
    void deletedWednesdayTenIsRestoredFromEighteenNovemberBeforeThursdayTwo() {
        Checklist checklist = wednesday(true, LedgerFacts.EMPTY);

        assertThat(checklist.backup()).isPresent();
        assertThat(checklist.backup().get().time()).isEqualTo(Paris.at("2026-11-18T02:00"));
        assertThat(checklist.backup().get().name()).isEqualTo("msgstore-2026-11-18.1.db.crypt14");
        assertThat(checklist.deadline()).contains(Paris.at("2026-11-19T02:00"));
        assertThat(checklist.restoringLoses()).contains(Duration.ofHours(10));
        // Fourteen hours left: protecting the backup comes first, and for a Google copy it means stopping the run.
        assertThat(checklist.sections().get(0).id()).isEqualTo("protect");
        assertThat(checklist.protect().map(Advice::action)).contains(Advice.Action.TURN_OFF_AUTOMATIC_BACKUP);
        assertThat(checklist.sections().get(0).steps().get(0).args()).containsExactly(Paris.at("2026-11-19T02:00"),
                "WhatsApp");
        assertThat(stepIds(checklist)).contains("restore.google.latestOnly", "restore.google.account",
                "preflight.google").doesNotContain("restore.whatsapp.rename");
    }

    @Test
    void aLocalFolderIsRestoredByRenamingTheDatedCopy() {
        Checklist checklist = wednesday(false, LedgerFacts.EMPTY);

        assertThat(checklist.protect().map(Advice::action)).contains(Advice.Action.COPY_BACKUP);
        Step rename = checklist.steps().filter(s -> s.id().equals("restore.whatsapp.rename")).findFirst().orElseThrow();
        assertThat(rename.args()).containsExactly("msgstore-2026-11-18.1.db.crypt14", "msgstore.db.crypt14",
                "WhatsApp/Databases");
        assertThat(stepIds(checklist)).doesNotContain("restore.google.latestOnly");
    }

    @Test
    void withTimeToSpareProtectingTheBackupIsAPreflightStep() {
        Checklist checklist = checklist(ChecklistScenario.RECOVER, false, RetentionRules.NONE.withLast(1)
                        .withWithinDaily(new dev.vigie.retention.CalendarSpan(0, 0, 7, 0)), Optional.empty(),
                Optional.of(Paris.at("2026-11-14T10:00")), Optional.empty(), LedgerFacts.EMPTY);

        assertThat(checklist.backup().get().time()).isEqualTo(Paris.at("2026-11-14T02:00"));
        assertThat(checklist.sections().get(0).id()).isEqualTo("preflight");
        assertThat(checklist.sections().get(0).steps().get(0).id()).isEqualTo("protect.copy");
    }

    @Test
    void aMessageNoBackupHoldsAnyMoreGetsNoBackupAndNoRestoreSection() {
        Checklist checklist = checklist(ChecklistScenario.RECOVER, true, RetentionRules.NONE.withLast(1),
                Optional.of(Paris.at("2026-11-11T09:00")), Optional.of(Paris.at("2026-11-12T10:00")), Optional.empty(),
                LedgerFacts.EMPTY);

        assertThat(checklist.backup()).isEmpty();
        assertThat(checklist.sections()).extracting(Section::id).doesNotContain("restore", "protect", "preflight",
                "postrestore").contains("unrecoverable");
    }

    @Test
    void aLostPhoneRestoresTheLastBackupBeforeTheLossAndSecuresThePhoneFirst() {
        Checklist checklist = checklist(ChecklistScenario.LOST, false, RetentionRules.NONE.withLast(3),
                Optional.empty(), Optional.empty(), Optional.of(Paris.at("2026-11-17T20:00")), LedgerFacts.EMPTY);

        assertThat(checklist.backup().get().time()).isEqualTo(Paris.at("2026-11-17T02:00"));
        assertThat(checklist.restoringLoses()).contains(Duration.ofHours(18));
        // Pruned by the run of Friday 02:00, 38 h away: protecting it comes even before securing the phone.
        assertThat(checklist.deadline()).contains(Paris.at("2026-11-20T02:00"));
        assertThat(checklist.sections()).extracting(Section::id)
                .containsExactly("protect", "secure", "preflight", "restore", "postrestore");
    }

    @Test
    void aMigrationMakesAndChecksAFreshBackupAndWipesTheOldPhoneLast() {
        Checklist checklist = checklist(ChecklistScenario.MIGRATE, false, RetentionRules.NONE.withLast(1),
                Optional.empty(), Optional.empty(), Optional.empty(), LedgerFacts.EMPTY);

        assertThat(checklist.sections()).extracting(Section::id)
                .containsExactly("prepare", "preflight", "transfer", "postrestore", "wipe");
        assertThat(checklist.deadline()).isEmpty();
        assertThat(stepIds(checklist)).startsWith("prepare.backup.whatsapp", "prepare.verify");
    }

    @Test
    void trainingIsMarkedAsPractice() {
        Checklist checklist = checklist(ChecklistScenario.TRAINING, false, RetentionRules.NONE.withLast(1),
                Optional.empty(), Optional.of(Paris.at("2026-11-18T10:00")), Optional.empty(), LedgerFacts.EMPTY);

        assertThat(checklist.practice()).isTrue();
        assertThat(checklist.sections().get(0).id()).isEqualTo("practice");
    }

    @Test
    void onlyContactsWithValidConsentForThePurposeAreInScope() {
        Contact anna = new Contact("anna", "Anna", "+33612345678", Optional.empty(), Optional.empty());
        Contact bruno = new Contact("bruno", "Bruno", "+33687654321", Optional.empty(), Optional.empty());
        Contact chloe = new Contact("chloe", "Chloé", "+33611223344", Optional.empty(), Optional.empty());
        Contact david = new Contact("david", "David", "+33699887766", Optional.empty(), Optional.empty());
        LedgerFacts ledger = new LedgerFacts(List.of(david, chloe, bruno, anna), List.of(
                consent("anna", Purpose.RESTORE_ACCESS, "2026-01-01T00:00", null),
                consent("bruno", Purpose.RESTORE_ACCESS, "2026-01-01T00:00", "2026-11-01T00:00"),
                consent("chloe", Purpose.ARCHIVE, "2026-01-01T00:00", null),
                consent("david", Purpose.RESTORE_ACCESS, "2026-12-01T00:00", null)), List.of());

        ConsentScope scope = wednesday(true, ledger).consent();

        assertThat(scope.inScope()).extracting(Contact::name).containsExactly("Anna");
        assertThat(scope.doNotOpen()).extracting(Contact::name).containsExactly("Bruno", "Chloé", "David");
    }

    @Test
    void erasuresCompletedAfterTheBackupMustBeAppliedAgainButNotThoseBefore() {
        Contact anna = new Contact("anna", "Anna", "+33612345678", Optional.empty(), Optional.empty());
        Contact bruno = new Contact("bruno", "Bruno", "+33687654321", Optional.empty(), Optional.empty());
        ErasureRequest before = ErasureRequest.received("anna", Paris.at("2026-11-01T09:00"), Paris.ZONE,
                Optional.of(Paris.at("2026-11-17T09:00")), Optional.empty());
        ErasureRequest after = ErasureRequest.received("bruno", Paris.at("2026-11-10T09:00"), Paris.ZONE,
                Optional.of(Paris.at("2026-11-18T09:00")), Optional.empty());
        ErasureRequest open = ErasureRequest.received("bruno", Paris.at("2026-11-15T09:00"), Paris.ZONE,
                Optional.empty(), Optional.empty());

        Checklist checklist = wednesday(true, new LedgerFacts(List.of(anna, bruno), List.of(),
                List.of(before, after, open)));

        assertThat(checklist.consent().applyAgain()).extracting(e -> e.request()).containsExactly(after);
        Step reminder = checklist.steps().filter(s -> s.id().equals("post.erasures")).findFirst().orElseThrow();
        assertThat(reminder.args()).containsExactly(1);
    }

    @Test
    void aRecoveryWithoutADeletionTimeIsRefused() {
        assertThatThrownBy(() -> new ChecklistRequest(ChecklistScenario.RECOVER, "phone", Layout.GENERIC, false,
                "/x", Optional.empty(), Optional.empty(), Optional.empty(), Purpose.RESTORE_ACCESS, NOW, Paris.ZONE))
                .isInstanceOf(InputProblem.class);
    }

    @Test
    void theDatedCopyIsRestoredUnderTheCurrentName() {
        assertThat(Checklists.currentName("msgstore-2026-11-18.1.db.crypt15")).isEqualTo("msgstore.db.crypt15");
        assertThat(Checklists.currentName("msgstore.db.crypt15")).isEqualTo("msgstore.db.crypt15");
    }

    @Test
    void everyStepOfEveryScenarioAndLayoutIsWordedInBothLanguages() {
        List<ObservedBackup> observed = nights.stream().map(b -> new ObservedBackup(b.time(), b.name())).toList();
        for (Layout layout : Layout.values()) {
            for (boolean cloud : new boolean[] {false, true}) {
                Simulator simulator = new Simulator(Timeline.build(observed, NIGHTLY,
                        RetentionPolicies.atEveryRun(RetentionRules.NONE.withLast(2)), NOW), NOW,
                        new SourcePlace(layout, cloud));
                for (ChecklistScenario scenario : ChecklistScenario.values()) {
                    ChecklistRequest request = new ChecklistRequest(scenario, "s", layout, cloud, "/s",
                            Optional.empty(), Optional.of(Paris.at("2026-11-17T10:00")),
                            Optional.of(Paris.at("2026-11-17T10:00")), Purpose.RESTORE_ACCESS, NOW, Paris.ZONE);
                    Checklist checklist = Checklists.build(request, simulator, "keep-last 2", nights, set -> SOUND,
                            LedgerFacts.EMPTY);
                    for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH,
                        java.util.Locale.FRENCH}) {
                        java.util.ResourceBundle bundle = dev.vigie.i18n.Messages.of(locale).bundle();
                        checklist.steps().forEach(step -> assertThat(bundle.containsKey(step.key()))
                                .as("%s %s %s %s", step.key(), layout, scenario, locale).isTrue());
                        checklist.sections().forEach(section -> assertThat(bundle.containsKey(section.titleKey()))
                                .as(section.titleKey()).isTrue());
                    }
                }
            }
        }
    }

    private static ConsentRecord consent(String contact, Purpose purpose, String granted, String withdrawn) {
        return new ConsentRecord(contact, purpose, Paris.at(granted), ConsentMethod.FORM, Optional.empty(),
                Optional.ofNullable(withdrawn).map(Paris::at));
    }
}
