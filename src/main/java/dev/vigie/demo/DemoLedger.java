package dev.vigie.demo;

import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo's consent ledger: five customers of the demo shop, so the Consent view, a checklist's scope and the access
 * check each have something true to show. One has a valid consent to open restored messages, one withdrew it, one
 * consented to archiving only, one gave nothing, and one asked to be erased, due within the week. Times are relative
 * to "now"; the phone numbers are made up (06 12 34 56 0x), as in the tests.
 */
public final class DemoLedger {

    /** A consent of the demo: for a purpose, given some days ago, perhaps withdrawn since. */
    public record DemoConsent(Purpose purpose, Instant grantedAt, ConsentMethod method, Optional<Instant> withdrawnAt) {
    }

    /** A contact of the demo, with its consents and, perhaps, the time its erasure request was received. */
    public record DemoContact(String name, String phone, String conversation, List<DemoConsent> consents,
                              Optional<Instant> erasureReceived) {
    }

    private DemoLedger() {
    }

    /** The five contacts, as of {@code now}. */
    public static List<DemoContact> contacts(Instant now) {
        return List.of(
                new DemoContact("Chloé Lefèvre", "06 12 34 56 01", "Chloé Lefèvre", List.of(
                        new DemoConsent(Purpose.RESTORE_ACCESS, daysAgo(now, 60), ConsentMethod.FORM,
                                Optional.empty())), Optional.empty()),
                new DemoContact("Marc Dubois", "06 12 34 56 02", "Marc Dubois", List.of(
                        new DemoConsent(Purpose.RESTORE_ACCESS, daysAgo(now, 90), ConsentMethod.WHATSAPP_MESSAGE,
                                Optional.of(daysAgo(now, 10)))), Optional.empty()),
                new DemoContact("Amina Benali", "06 12 34 56 03", "Amina Benali", List.of(
                        new DemoConsent(Purpose.ARCHIVE, daysAgo(now, 45), ConsentMethod.PAPER, Optional.empty())),
                        Optional.empty()),
                new DemoContact("Julien Moreau", "06 12 34 56 04", "Julien Moreau", List.of(), Optional.empty()),
                // Received 26 days ago, due a month after: within the week that "due soon" means.
                new DemoContact("Sophie Laurent", "06 12 34 56 05", "Sophie Laurent", List.of(),
                        Optional.of(daysAgo(now, 26))));
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
