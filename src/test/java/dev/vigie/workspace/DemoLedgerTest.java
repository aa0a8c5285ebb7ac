package dev.vigie.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.consent.ConsentState;
import dev.vigie.consent.Purpose;
import dev.vigie.backup.ScanProgress;
import dev.vigie.source.local.LocalScanner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo brings a small consent ledger, so Consent, a checklist's scope and the access check show something true. */
class DemoLedgerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void theDemoBringsFiveContactsOneOfEachKind() {
        Workspace workspace = new Workspace(tmp.resolve("data"), new LocalScanner(), Clock.fixed(NOW, ZoneOffset.UTC),
                "trainer");
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        Ledger ledger = workspace.ledger();

        Map<String, ContactOverview> byName = ledger.contacts(NOW).stream()
                .collect(Collectors.toMap(c -> c.contact().name(), Function.identity()));
        assertThat(byName).hasSize(5);
        assertThat(byName.get("Chloé Lefèvre").consent(Purpose.RESTORE_ACCESS).state()).isEqualTo(ConsentState.GIVEN);
        assertThat(byName.get("Marc Dubois").consent(Purpose.RESTORE_ACCESS).state())
                .isEqualTo(ConsentState.WITHDRAWN);
        assertThat(byName.get("Amina Benali").consent(Purpose.ARCHIVE).state()).isEqualTo(ConsentState.GIVEN);
        assertThat(byName.get("Amina Benali").consent(Purpose.RESTORE_ACCESS).state()).isEqualTo(ConsentState.NONE);
        assertThat(byName.get("Julien Moreau").consents()).allSatisfy(c ->
                assertThat(c.state()).isEqualTo(ConsentState.NONE));
        assertThat(ledger.dueSoon(NOW)).singleElement()
                .satisfies(e -> assertThat(e.contactId()).isEqualTo(byName.get("Sophie Laurent").contact().id()));
        assertThat(ledger.checkAccess(byName.get("Chloé Lefèvre").contact().id(), Purpose.RESTORE_ACCESS,
                "restore after a lost phone", NOW).allowed()).isTrue();
        assertThat(ledger.checkAccess(byName.get("Amina Benali").contact().id(), Purpose.RESTORE_ACCESS,
                "restore after a lost phone", NOW).allowed()).isFalse();
    }

    @Test
    void openingTheDemoAgainAddsNoContactTwice() {
        Workspace workspace = new Workspace(tmp.resolve("data"), new LocalScanner(), Clock.fixed(NOW, ZoneOffset.UTC),
                "trainer");
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        workspace.openDemo(NOW.plusSeconds(3600), PARIS, ScanProgress.NONE);
        assertThat(workspace.ledger().contacts(NOW)).hasSize(5);
    }
}
