package dev.vigie.workspace;

import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.Contact;
import dev.vigie.consent.Purpose;
import java.util.List;
import java.util.Objects;

/**
 * A contact as the ledger's list shows it: where its consent stands for every purpose at a given time, and how many
 * of its erasure requests are still open.
 *
 * @param consents one status per {@link Purpose}, in the enum's order
 */
public record ContactOverview(Contact contact, List<ConsentStatus> consents, int openErasures) {

    public ContactOverview {
        Objects.requireNonNull(contact, "contact");
        consents = List.copyOf(consents);
    }

    public ConsentStatus consent(Purpose purpose) {
        return consents.stream().filter(s -> s.purpose() == purpose).findFirst().orElseThrow();
    }
}
