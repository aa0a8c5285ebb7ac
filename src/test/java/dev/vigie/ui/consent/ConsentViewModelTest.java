package dev.vigie.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.consent.Purpose;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.FxWaits;
import dev.vigie.ui.UiContext;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.shell.StatusModel;
import dev.vigie.workspace.ContactDetails;
import dev.vigie.workspace.ContactOverview;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Consent view's words and rules without its window: the summary line, the chips, the detail line, the buttons'
 * enabling and the export's format. The toolkit runs only because a read of the ledger lands on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path temp;

    private UiContext context;
    private ConsentViewModel model;
    private final List<ConsentViewModel.Failure> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openLedger() throws Exception {
        Path dataDir = Files.createTempDirectory(temp, "data");
        context = new UiContext(dataDir, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.FRANCE, new LocalScanner(),
                new BackgroundTasks(), new I18n(Locale.ENGLISH), Preferences.load(dataDir), null);
        model = new ConsentViewModel(context, new Workspace(dataDir, new LocalScanner()).ledger(), new StatusModel());
        model.setOnFailure(failures::add);
    }

    @AfterEach
    void closeTasks() {
        context.tasks().close();
        assertThat(failures).isEmpty();
    }

    private static ContactOverview anna(int openErasures, ConsentStatus... consents) {
        List<ConsentStatus> all = new ArrayList<>(List.of(consents));
        for (Purpose p : Purpose.values()) {
            if (all.stream().noneMatch(s -> s.purpose() == p)) {
                all.add(new ConsentStatus(p, ConsentState.NONE, Optional.empty()));
            }
        }
        return new ContactOverview(new Contact("anna", "Anna Martin", "+33612345678", Optional.of("Boutique Lyon"),
                Optional.of("prefers mornings")), all, openErasures);
    }

    private static ErasureRequest erasure(Duration dueIn, Optional<Instant> done) {
        Instant due = NOW.plus(dueIn);
        return new ErasureRequest(7, "anna", due.minus(Duration.ofDays(30)), due, done, Optional.empty());
    }

    @Test
    void theSummarySaysNothingBeforeTheFirstReadThenAllClearAndOtherwiseBothCounts(FxRobot robot) throws Exception {
        assertThat(model.summary()).isEqualTo(new ConsentViewModel.Summary("", Optional.of("summary-clear"), "",
                Optional.empty()));
        assertThat(model.placeholder()).isEmpty();

        robot.interact(model::refresh);
        FxWaits.until("the empty ledger is read", () -> model.loadedProperty().get());
        assertThat(model.summary().overdue()).isEqualTo("No erasure request is overdue or due within 7 days.");
        assertThat(model.summary().overdueStyle()).contains("summary-clear");
        assertThat(model.placeholder()).isEqualTo("No contact yet. Add one, or import a CSV or JSON file of contacts.");

        robot.interact(() -> {
            model.overdueCountProperty().set(2);
            model.contacts().setAll(anna(2));
        });
        assertThat(model.summary()).isEqualTo(new ConsentViewModel.Summary("2 erasure requests overdue",
                Optional.of("summary-overdue"), "none due within 7 days", Optional.empty()));
        assertThat(model.placeholder()).isEqualTo("No contact matches the filter.");
        robot.interact(() -> {
            model.overdueCountProperty().set(0);
            model.dueSoonCountProperty().set(1);
        });
        assertThat(model.summary()).isEqualTo(new ConsentViewModel.Summary("No erasure request overdue",
                Optional.empty(), "1 due within 7 days", Optional.of("summary-due-soon")));
    }

    @Test
    void anErasureRequestReadsOverdueDueSoonOpenOrDoneAtTheTimeOfTheLastRead() {
        assertThat(model.erasureChip(erasure(Duration.ofDays(-8).minusHours(23), Optional.empty())))
                .isEqualTo(new ConsentViewModel.Chip("OVERDUE by 8 d", "chip-overdue"));
        assertThat(model.erasureChip(erasure(Duration.ofDays(5), Optional.empty())))
                .isEqualTo(new ConsentViewModel.Chip("Due soon: in 5 d", "chip-due-soon"));
        assertThat(model.erasureChip(erasure(Duration.ofDays(20), Optional.empty())))
                .isEqualTo(new ConsentViewModel.Chip("Open", "chip-open"));
        Instant done = Instant.parse("2026-09-01T08:00:00Z");
        ConsentViewModel.Chip doneChip = model.erasureChip(erasure(Duration.ofDays(-60), Optional.of(done)));
        assertThat(doneChip.text()).isEqualTo("Done 1 Sep 2026");
        assertThat(doneChip.style()).isEqualTo("chip-done");
        assertThat(doneChip.tip()).contains(model.dateTime(done));
    }

    @Test
    void aContactsChipsSayItsConsentPerPurposeAndItsOpenErasuresMarkedOverdueIfOneIs() {
        Instant since = Instant.parse("2026-10-01T08:00:00Z");
        ConsentStatus given = new ConsentStatus(Purpose.ARCHIVE, ConsentState.GIVEN, Optional.of(since));
        ConsentStatus withdrawn = new ConsentStatus(Purpose.RESTORE_ACCESS, ConsentState.WITHDRAWN, Optional.of(since));
        ContactOverview anna = anna(2, given, withdrawn);

        assertThat(model.statusChip(anna.consent(Purpose.ARCHIVE))).isEqualTo(new ConsentViewModel.Chip("Valid",
                "chip-given", Optional.of("Given on " + model.dateTime(since))));
        assertThat(model.statusChip(anna.consent(Purpose.RESTORE_ACCESS))).isEqualTo(new ConsentViewModel.Chip(
                "Withdrawn", "chip-withdrawn", Optional.of("Withdrawn on " + model.dateTime(since))));
        assertThat(model.statusChip(anna.consent(Purpose.QUALITY_ANALYSIS)))
                .isEqualTo(new ConsentViewModel.Chip("None", "chip-none"));

        assertThat(model.openErasuresChip(anna)).contains(new ConsentViewModel.Chip("2 open", "chip-open"));
        model.overdueContactsProperty().set(Set.of("anna"));
        assertThat(model.openErasuresChip(anna)).contains(new ConsentViewModel.Chip("2 open, overdue",
                "chip-overdue"));
        assertThat(model.openErasuresChip(anna(0))).isEmpty();
    }

    @Test
    void theDetailPaneSaysHowEachConsentWasGivenAndWhetherItStillHolds() {
        Instant granted = Instant.parse("2026-09-01T08:00:00Z");
        Instant withdrawn = Instant.parse("2026-10-01T08:00:00Z");
        ConsentRecord record = new ConsentRecord("anna", Purpose.ARCHIVE, granted, ConsentMethod.FORM,
                Optional.of("F-1"), Optional.of(withdrawn));
        ContactOverview anna = anna(0);

        assertThat(model.subtitle(new ContactDetails(anna.contact(), List.of(record), List.of())))
                .isEqualTo("+33 6 12 34 56 78 · conversation Boutique Lyon · prefers mornings");
        assertThat(model.howText(record)).isEqualTo("Form · F-1");
        assertThat(model.purposeName(record.purpose())).isEqualTo("Archive");
        assertThat(model.date(granted)).isEqualTo("1 Sep 2026");
        assertThat(model.withdrawnChip(record.withdrawnAt())).isEqualTo(new ConsentViewModel.Chip("1 Oct 2026",
                "chip-withdrawn", Optional.of("Withdrawn on " + model.dateTime(withdrawn))));
        assertThat(model.withdrawnChip(Optional.empty())).isEqualTo(new ConsentViewModel.Chip("Still valid",
                "chip-given"));
    }

    @Test
    void contactButtonsWaitForAContactAndOnlyAnOpenErasureRequestCanBeMarkedDone() {
        assertThat(model.noContactProperty().get()).isTrue();
        model.selectedProperty().set(anna(0));
        assertThat(model.noContactProperty().get()).isFalse();

        assertThat(model.cannotCompleteErasureProperty().get()).isTrue();
        model.selectedErasureProperty().set(erasure(Duration.ofDays(5), Optional.empty()));
        assertThat(model.cannotCompleteErasureProperty().get()).isFalse();
        model.selectedErasureProperty().set(erasure(Duration.ofDays(-60), Optional.of(NOW.minus(Duration.ofDays(70)))));
        assertThat(model.cannotCompleteErasureProperty().get()).isTrue();
    }

    @Test
    void theStatusFilterOffersEveryPurposeInEveryStateAfterEveryStatus() {
        List<Optional<ConsentViewModel.StatusFilter>> filters = ConsentViewModel.statusFilters();
        assertThat(filters).hasSize(1 + Purpose.values().length * ConsentState.values().length);
        assertThat(model.statusFilterText(filters.get(0))).isEqualTo("Every consent status");
        assertThat(model.statusFilterText(Optional.of(new ConsentViewModel.StatusFilter(Purpose.RESTORE_ACCESS,
                ConsentState.WITHDRAWN)))).isEqualTo("Restore access: Withdrawn");
    }

    @Test
    void anExportNamedWithoutCsvOrJsonTakesTheFormatOfTheFilterPickedElseCsv() {
        assertThat(ConsentViewModel.exportFormat("consents.json", Optional.of("*.csv"))).isEmpty();
        assertThat(ConsentViewModel.exportFormat("consents", Optional.of("*.json"))).contains(FileFormat.JSON);
        assertThat(ConsentViewModel.exportFormat("consents", Optional.of("*.csv"))).contains(FileFormat.CSV);
        assertThat(ConsentViewModel.exportFormat("consents", Optional.empty())).contains(FileFormat.CSV);
        assertThat(ConsentViewModel.exportFileName(LedgerKind.ERASURES)).isEqualTo("vigie-erasures.csv");
        assertThat(model.kindName(LedgerKind.ERASURES)).isEqualTo("_Erasure requests…");
        assertThat(model.chooserTitle("ui.consent.export.choose", LedgerKind.ERASURES))
                .isEqualTo("Export Erasure requests");
    }
}
