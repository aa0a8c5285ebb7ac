package dev.vigie.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Layout;
import dev.vigie.backup.TimeSource;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Messages;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.SourcePlace;
import dev.vigie.simulation.Timeline;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Steps written from the source's layout and app: no phone steps for a NAS, the Business app's own names... */
class ChecklistStepsBySourceTest {

    private static final Schedule NIGHTLY = Schedules.parse("daily 02:00", Paris.ZONE, Duration.ofHours(2));
    private static final Instant NOW = Paris.at("2026-11-18T12:00");
    private static final Verification SOUND = new Verification(Verification.State.SOUND, NOW, List.of());

    private static List<BackupSet> nights(String prefix, String suffix, Map<String, Object> details) {
        List<BackupSet> sets = new ArrayList<>();
        for (int day = 10; day <= 18; day++) {
            String name = prefix + "2026-11-" + day + suffix;
            sets.add(new BackupSet(Paris.at("2026-11-" + day + "T02:00"), name, List.of(name), 1_000_000 + day, 1,
                    TimeSource.MTIME, details));
        }
        return sets;
    }

    private static Checklist checklist(Layout layout, List<BackupSet> sets, RetentionRules rules,
                                       ChecklistScenario scenario, LedgerFacts ledger) {
        List<ObservedBackup> observed = sets.stream().map(b -> new ObservedBackup(b.time(), b.name())).toList();
        Simulator simulator = new Simulator(Timeline.build(observed, NIGHTLY, RetentionPolicies.atEveryRun(rules),
                NOW), NOW, new SourcePlace(layout, false));
        ChecklistRequest request = new ChecklistRequest(scenario, "src", layout, false, "/backups/src",
                Optional.empty(), Optional.of(Paris.at("2026-11-17T10:00")), Optional.empty(),
                Purpose.RESTORE_ACCESS, NOW, Paris.ZONE);
        return Checklists.build(request, simulator, rules.describe(), sets, set -> SOUND, ledger);
    }

    private static List<String> words(Checklist checklist, Locale locale) {
        Messages m = Messages.of(locale);
        return checklist.steps().map(s -> m.get(s.key(), s.args().stream()
                .map(a -> a instanceof Instant ? "t" : a).toArray())).toList();
    }

    private static List<String> ids(Checklist checklist) {
        return checklist.steps().map(Step::id).toList();
    }

    @Test
    void aNasOfZipArchivesGetsNoPhoneStepsInEitherLanguage() {
        Checklist nas = checklist(Layout.DATED_SNAPSHOTS, nights("nas-", ".zip", Map.of()),
                RetentionRules.NONE.withLast(30), ChecklistScenario.RECOVER, LedgerFacts.EMPTY);

        assertThat(ids(nas)).contains("restore.files.copy", "preflight.space.files", "post.files")
                .doesNotContain("preflight.power", "preflight.space", "post.count", "post.media");
        assertThat(String.join(" ", words(nas, Locale.ENGLISH))).doesNotContainIgnoringCase("phone");
        assertThat(String.join(" ", words(nas, Locale.FRENCH))).doesNotContainIgnoringCase("téléphone");
    }

    @Test
    void aWhatsAppBusinessChecklistNamesItsOwnFolderAndApp() {
        Checklist business = checklist(Layout.WHATSAPP_BUSINESS_ANDROID, nights("msgstore-", ".1.db.crypt14",
                Map.of()), RetentionRules.NONE.withLast(7), ChecklistScenario.RECOVER, LedgerFacts.EMPTY);

        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String text = String.join("\n", words(business, locale));
            assertThat(text).contains("WhatsApp Business/Databases", "WhatsApp Business")
                    .doesNotContain("WhatsApp/Databases", "WhatsApp >", "WhatsApp,", "WhatsApp et");
        }
        assertThat(String.join("\n", words(business, Locale.ENGLISH)))
                .contains("Uninstall WhatsApp Business, then install it again");
    }

    @Test
    void theCopyStepAppearsOnceWhenProtectingTheBackupAlreadyCopiesIt() {
        Checklist local = checklist(Layout.WHATSAPP_ANDROID, nights("msgstore-", ".1.db.crypt14", Map.of()),
                RetentionRules.NONE.withLast(7), ChecklistScenario.RECOVER, LedgerFacts.EMPTY);

        assertThat(ids(local)).contains("protect.copy").doesNotContain("restore.whatsapp.copy");
        long copies = words(local, Locale.ENGLISH).stream().filter(w -> w.startsWith("Copy ")).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void theCopyStepNamesTheDatedCopyARunSinceTheScanHasRotatedTheBackupInto() {
        List<BackupSet> sets = new ArrayList<>(nights("msgstore-", ".1.db.crypt14", Map.of()).subList(0, 7));
        // Scanned on the 17th: its backup was the current file then; the run of the 18th has renamed it since.
        sets.add(new BackupSet(Paris.at("2026-11-17T02:00"), "msgstore.db.crypt14", List.of("msgstore.db.crypt14"),
                1_000_017, 1, TimeSource.MTIME, Map.of()));

        Checklist local = checklist(Layout.WHATSAPP_ANDROID, sets, RetentionRules.NONE.withLast(7),
                ChecklistScenario.RECOVER, LedgerFacts.EMPTY);

        Step copy = local.steps().filter(s -> s.id().equals("protect.copy")).findFirst().orElseThrow();
        assertThat(copy.args().get(0)).isEqualTo("msgstore-2026-11-17.1.db.crypt14");
        Step rename = local.steps().filter(s -> s.id().equals("restore.whatsapp.rename")).findFirst().orElseThrow();
        assertThat(rename.args()).startsWith("msgstore-2026-11-17.1.db.crypt14", "msgstore.db.crypt14");
    }

    @Test
    void anIphoneBackupKnownNotToBeEncryptedAsksForNoBackupPassword() {
        Checklist plain = checklist(Layout.IOS_DEVICE_BACKUP, nights("iphone-", "", Map.of("isEncrypted", false)),
                RetentionRules.NONE.withLast(7), ChecklistScenario.RECOVER, LedgerFacts.EMPTY);
        Checklist locked = checklist(Layout.IOS_DEVICE_BACKUP, nights("iphone-", "", Map.of("isEncrypted", true)),
                RetentionRules.NONE.withLast(7), ChecklistScenario.RECOVER, LedgerFacts.EMPTY);

        assertThat(ids(plain)).contains("preflight.apple.plain")
                .doesNotContain("restore.ios.password", "restore.ios.password.known", "preflight.apple");
        assertThat(String.join(" ", words(plain, Locale.ENGLISH))).doesNotContain("if the backup is encrypted");
        assertThat(ids(locked)).contains("restore.ios.password.known").doesNotContain("restore.ios.password");
    }

    @Test
    void practiceOnAnySourceNeverClaimsToUseDemoData() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Messages m = Messages.of(locale);
            assertThat(m.get("checklist.practice") + m.get("checklist.title.training"))
                    .doesNotContainIgnoringCase("demo").doesNotContainIgnoringCase("démonstration");
        }
    }

    @Test
    void theConsentSectionListsOnlyThePeopleOfTheSourcesConversations() {
        Contact anna = new Contact("anna", "Anna", "+33612345678", Optional.empty(), Optional.empty());
        Contact bruno = new Contact("bruno", "Bruno", "+33687654321", Optional.empty(), Optional.empty());
        ConsentRecord annaConsent = new ConsentRecord("anna", Purpose.RESTORE_ACCESS, Paris.at("2026-01-01T00:00"),
                ConsentMethod.FORM, Optional.empty(), Optional.empty());
        ConsentRecord brunoConsent = new ConsentRecord("bruno", Purpose.RESTORE_ACCESS,
                Paris.at("2026-01-01T00:00"), ConsentMethod.FORM, Optional.empty(), Optional.empty());
        LedgerFacts all = new LedgerFacts(List.of(anna, bruno), List.of(annaConsent, brunoConsent), List.of());

        Checklist checklist = checklist(Layout.WHATSAPP_ANDROID, nights("msgstore-", ".1.db.crypt14", Map.of()),
                RetentionRules.NONE.withLast(7), ChecklistScenario.RECOVER, all.limitedTo(Set.of("bruno")));

        assertThat(checklist.consent().inScope()).extracting(Contact::id).containsExactly("bruno");
        assertThat(checklist.consent().doNotOpen()).isEmpty();
        assertThat(all.limitedTo(Set.of()).contacts().stream().map(Contact::id).collect(Collectors.toSet()))
                .as("no conversation known: Vigie cannot tell, so nobody is left out").containsOnly("anna", "bruno");
    }
}
