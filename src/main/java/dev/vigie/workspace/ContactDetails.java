package dev.vigie.workspace;

import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import java.util.List;
import java.util.Objects;

/**
 * One contact's whole record: its consent history (every purpose, oldest grant first) and its erasure requests
 * (oldest first).
 */
public record ContactDetails(Contact contact, List<ConsentRecord> consents, List<ErasureRequest> erasures) {

    public ContactDetails {
        Objects.requireNonNull(contact, "contact");
        consents = List.copyOf(consents);
        erasures = List.copyOf(erasures);
    }
}
